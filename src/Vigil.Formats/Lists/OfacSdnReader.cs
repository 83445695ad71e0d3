using System.Collections.Immutable;
using System.Text;
using Vigil.Domain;
using Vigil.Formats.Csv;
using Vigil.Formats.Diagnostics;

namespace Vigil.Formats.Lists;

/// <summary>Reads OFAC's Specially Designated Nationals list in its legacy CSV layout (format <c>ofac-csv</c>).</summary>
/// <remarks>
/// <para>
/// The main stream is <c>sdn.csv</c> (12 fields: ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign, Vess_type,
/// Tonnage, GRT, Vess_flag, Vess_owner, Remarks). The companions <c>alt.csv</c> (alternate names),
/// <c>add.csv</c> (addresses) and <c>sdn_comments.csv</c> (the continuation of Remarks longer than the main file
/// holds) are optional and are joined by ent_num. There is no header row; <c>-0-</c> means empty.
/// </para>
/// <para>
/// Individuals are <see cref="SubjectKind.Person"/>, vessels and aircraft are what they say, and records of type
/// <c>-0-</c> are organizations. An individual's name "LAST, First Middle" gives the family name and the given
/// names; <see cref="PersonName.Full"/> keeps it as written. alt.csv names are strong aliases (fka and nka with a
/// note saying so); the "a.k.a. 'X'" items of Remarks are OFAC's weak aliases.
/// </para>
/// <para>
/// Remarks are split at semicolons and the items Vigil understands become data: DOB, POB, nationality and
/// citizen(ship), passports and national, tax, residency and driving documents, gender, weak aliases. The whole
/// remarks text, continuation included, is kept in <see cref="Subject.Remarks"/> whatever was understood. The vessel
/// columns (call sign, type, tonnage, flag, owner) have no place in <see cref="Subject"/> and are not read.
/// </para>
/// <para>
/// Positions are in the file where the problem is: line and column of the record or field (columns in UTF-16
/// characters from 1). Problems inside Remarks point at the start of the Remarks field of the sdn.csv row.
/// <see cref="ListReadOptions.MaxBytes"/> bounds all four files together.
/// </para>
/// </remarks>
public sealed partial class OfacSdnReader : IListReader
{
    private const string EmptyMarker = "-0-";
    private const int SdnFieldCount = 12;
    private const int AltFieldCount = 5;
    private const int AddFieldCount = 6;
    private const int CommentsFieldCount = 2;

    /// <inheritdoc />
    public string Format => "ofac-csv";

    /// <inheritdoc />
    public ListReadResult Read(ListInput input, ListReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        ReadState state = new(options);

        Dictionary<string, List<(int Line, string Text)>> comments = new(StringComparer.Ordinal);
        Dictionary<string, List<AltRow>> alternates = new(StringComparer.Ordinal);
        Dictionary<string, List<(int Line, Address Address)>> addresses = new(StringComparer.Ordinal);
        (string Source, bool Present) commentsFile = ReadCompanion(input, "sdn_comments.csv", CommentsFieldCount, state, (fields, line, source) =>
        {
            if (TryEntNum(fields, 0, state, source, line, out string entNum))
            {
                GetList(comments, entNum).Add((line, fields[1]));
            }
        });
        (string Source, bool Present) altFile = ReadCompanion(input, "alt.csv", AltFieldCount, state, (fields, line, source) =>
        {
            if (TryEntNum(fields, 0, state, source, line, out string entNum))
            {
                GetList(alternates, entNum).Add(new AltRow(line, fields[2].Trim(), fields[3], NullIfEmpty(fields[4])));
            }
        });
        state.AltSource = altFile.Source;
        (string Source, bool Present) addFile = ReadCompanion(input, "add.csv", AddFieldCount, state, (fields, line, source) =>
        {
            if (TryEntNum(fields, 0, state, source, line, out string entNum) && ToAddress(fields) is { } address)
            {
                GetList(addresses, entNum).Add((line, address));
            }
        });

        List<Subject> subjects = [];
        Dictionary<string, int> seen = new(StringComparer.Ordinal);
        if (!state.Stopped)
        {
            ReadCsv(input.Main, options.SourceName, SdnFieldCount, state, (fields, reader) =>
            {
                string source = options.SourceName;
                int line = reader.RecordLine;
                if (!TryEntNum(fields, 0, state, source, line, out string entNum))
                {
                    return;
                }

                if (!seen.TryAdd(entNum, line))
                {
                    (int l, int c) = reader.FieldPosition(0);
                    state.Diagnostics.Add(OfacDiagnostics.DuplicateEntNum(source, l, c, entNum, seen[entNum]));
                    return;
                }

                string remarks = fields[11];
                if (comments.Remove(entNum, out List<(int Line, string Text)>? more))
                {
                    StringBuilder joined = new(remarks);
                    foreach ((int _, string text) in more)
                    {
                        // OFAC cuts long remarks at a fixed length, mid-word: the continuation follows with no separator.
                        joined.Append(text);
                    }

                    remarks = joined.ToString();
                }

                alternates.Remove(entNum, out List<AltRow>? alts);
                addresses.Remove(entNum, out List<(int Line, Address Address)>? adds);
                if (ToSubject(entNum, fields, remarks, alts, adds, reader, state) is { } subject)
                {
                    subjects.Add(subject);
                }
            });
        }

        if (!state.Stopped)
        {
            ReportOrphans(comments, c => c.Line, commentsFile.Source, state);
            ReportOrphans(alternates, a => a.Line, altFile.Source, state);
            ReportOrphans(addresses, a => a.Line, addFile.Source, state);
        }

        ResolveLinks(subjects, state);
        options.Progress?.Report(state.BytesRead);
        return new ListReadResult([.. subjects], [.. state.Diagnostics]);
    }

    private static (string Source, bool Present) ReadCompanion(
        ListInput input, string name, int fieldCount, ReadState state, Action<List<string>, int, string> onRow)
    {
        if (state.Stopped || !input.Companions.TryGetValue(name, out (Stream Stream, string SourceName) companion))
        {
            return (name, false);
        }

        ReadCsv(companion.Stream, companion.SourceName, fieldCount, state, (fields, reader) => onRow(fields, reader.RecordLine, companion.SourceName));
        return (companion.SourceName, true);
    }

    /// <summary>Reads one CSV stream, checking field counts and quoting, and calls <paramref name="onRow"/> for each good row.</summary>
    private static void ReadCsv(Stream stream, string source, int fieldCount, ReadState state, Action<List<string>, CsvReader> onRow)
    {
        MeteredStream metered = new(stream, state.Options.MaxBytes, state.Options.Progress, state.BytesRead);
        using StreamReader text = new(metered, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true);
        CsvReader reader = new(text, EmptyMarker);
        List<string> fields = new(SdnFieldCount);
        string[] names = FieldNames(fieldCount);
        while (reader.TryRead(fields))
        {
            if (metered.LimitExceeded)
            {
                break;
            }

            bool broken = false;
            foreach (CsvProblem problem in reader.Problems)
            {
                string field = problem.FieldIndex < names.Length ? names[problem.FieldIndex] : $"field {problem.FieldIndex + 1}";
                if (problem.Kind == CsvProblemKind.UnterminatedQuote)
                {
                    state.Diagnostics.Add(OfacDiagnostics.UnterminatedQuote(source, problem.Line, problem.Column, field));
                    broken = true;
                }
                else
                {
                    state.Diagnostics.Add(OfacDiagnostics.StrayQuote(source, problem.Line, problem.Column, field));
                }
            }

            if (broken)
            {
                continue;
            }

            if (fields.Count != fieldCount)
            {
                state.Diagnostics.Add(OfacDiagnostics.WrongFieldCount(source, reader.RecordLine, fields.Count, fieldCount, FileKind(fieldCount)));
                continue;
            }

            onRow(fields, reader);
        }

        state.BytesRead = metered.BytesRead;
        if (metered.LimitExceeded)
        {
            state.Diagnostics.Add(OfacDiagnostics.TooLarge(source, state.Options.MaxBytes));
            state.Stopped = true;
        }
    }

    private static Subject? ToSubject(
        string entNum,
        List<string> fields,
        string remarks,
        List<AltRow>? alternates,
        List<(int Line, Address Address)>? addresses,
        CsvReader reader,
        ReadState state)
    {
        string source = state.Options.SourceName;
        string name = fields[1].Trim();
        if (name.Length == 0)
        {
            (int l, int c) = reader.FieldPosition(1);
            state.Diagnostics.Add(OfacDiagnostics.MissingName(source, l, c, entNum));
            return null;
        }

        string type = fields[2].Trim();
        SubjectKind kind;
        switch (type)
        {
            case "individual":
                kind = SubjectKind.Person;
                break;
            case "vessel":
                kind = SubjectKind.Vessel;
                break;
            case "aircraft":
                kind = SubjectKind.Aircraft;
                break;
            case "":
                kind = SubjectKind.Organization;
                break;
            default:
                (int l, int c) = reader.FieldPosition(2);
                state.Diagnostics.Add(OfacDiagnostics.UnknownSdnType(source, l, c, type));
                kind = SubjectKind.Organization;
                break;
        }

        bool person = kind == SubjectKind.Person;
        RecordBuilder record = new(entNum, person);
        record.Names.Add(ToName(name, person, NameQuality.Primary, null));
        foreach (AltRow alt in alternates ?? [])
        {
            string? note;
            switch (alt.Type)
            {
                case "aka":
                    note = null;
                    break;
                case "fka":
                    note = "f.k.a.";
                    break;
                case "nka":
                    note = "n.k.a.";
                    break;
                default:
                    state.Diagnostics.Add(OfacDiagnostics.UnknownAltType(state.AltSource, alt.Line, 1, alt.Type));
                    note = alt.Type.Length == 0 ? null : alt.Type;
                    break;
            }

            if (alt.Remarks is not null)
            {
                note = note is null ? alt.Remarks : note + "; " + alt.Remarks;
            }

            if (alt.Name.Trim().Length > 0)
            {
                record.Names.Add(ToName(alt.Name.Trim(), person, NameQuality.StrongAlias, note));
            }
        }

        (int remarksLine, int remarksColumn) = reader.FieldPosition(11);
        ParseRemarks(remarks, record, state, remarksLine, remarksColumn);

        Listing listing = new(state.Options.ListName, entNum, state.Options.DefaultCategory)
        {
            Programmes = SplitProgrammes(fields[3]),
            Provenance = state.Options.Provenance,
        };
        string title = fields[4].Trim();
        return new Subject(SubjectId.For(state.Options.ListName, entNum), kind, listing)
        {
            Names = [.. record.Names],
            DatesOfBirth = [.. record.DatesOfBirth],
            PlacesOfBirth = [.. record.PlacesOfBirth],
            Nationalities = [.. record.Nationalities],
            Gender = record.Gender,
            Documents = [.. record.Documents],
            Addresses = addresses is null ? [] : [.. addresses.Select(a => a.Address)],
            Titles = title.Length == 0 ? [] : [title],
            Remarks = remarks.Trim().Length == 0 ? null : remarks,
        };
    }

    /// <summary>An OFAC name; an individual's "LAST, First Middle" is split at the first comma.</summary>
    private static PersonName ToName(string text, bool person, NameQuality quality, string? note)
    {
        string? family = null, given = null;
        int comma = text.IndexOf(',', StringComparison.Ordinal);
        if (person && comma > 0)
        {
            family = text[..comma].Trim();
            given = text[(comma + 1)..].Trim();
            if (given.Length == 0)
            {
                given = null;
            }
        }

        return new PersonName(text, given, family, null, NameScripts.Detect(text), quality) { Note = note };
    }

    /// <summary>"SDGT", or "SDGT] [IFSR" (the legacy CSV drops the outer brackets of "[SDGT] [IFSR]").</summary>
    private static ImmutableArray<string> SplitProgrammes(string text)
    {
        string trimmed = text.Trim().Trim('[', ']').Trim();
        if (trimmed.Length == 0)
        {
            return [];
        }

        ImmutableArray<string>.Builder programmes = ImmutableArray.CreateBuilder<string>();
        foreach (string part in trimmed.Split(']'))
        {
            string programme = part.Trim().TrimStart('[').Trim();
            if (programme.Length > 0 && !programmes.Contains(programme))
            {
                programmes.Add(programme);
            }
        }

        return programmes.ToImmutable();
    }

    private static Address? ToAddress(List<string> fields)
    {
        string? street = NullIfEmpty(fields[2]);
        string? city = NullIfEmpty(fields[3]);
        string? country = NullIfEmpty(fields[4]);
        string? note = NullIfEmpty(fields[5]);
        if (street is null && city is null && country is null && note is null)
        {
            return null;
        }

        return new Address
        {
            Street = street,

            // OFAC's second address column is "City/State/Province/Postal Code" in one text.
            City = city,
            Country = ResolveAddressCountry(country),
            CountryText = country,
            Note = note,
        };
    }

    /// <summary>A country of add.csv; "Region: Gaza" names a region, resolved when it is a country's.</summary>
    private static CountryCode? ResolveAddressCountry(string? text)
    {
        const string Region = "Region: ";
        if (text is not null && text.StartsWith(Region, StringComparison.Ordinal))
        {
            text = text[Region.Length..];
        }

        return Countries.TryResolve(text, out CountryCode code) ? code : null;
    }

    private static bool TryEntNum(List<string> fields, int index, ReadState state, string source, int line, out string entNum)
    {
        entNum = fields[index].Trim();
        foreach (char c in entNum)
        {
            if (c is < '0' or > '9')
            {
                entNum = string.Empty;
                break;
            }
        }

        if (entNum.Length == 0 || entNum.Length > 10)
        {
            state.Diagnostics.Add(OfacDiagnostics.InvalidEntNum(source, line, 1, fields[index]));
            return false;
        }

        return true;
    }

    private static void ReportOrphans<T>(Dictionary<string, List<T>> rows, Func<T, int> lineOf, string source, ReadState state)
    {
        List<(int Line, string EntNum)> orphans = [];
        foreach ((string entNum, List<T> list) in rows)
        {
            foreach (T row in list)
            {
                orphans.Add((lineOf(row), entNum));
            }
        }

        orphans.Sort((a, b) => a.Line.CompareTo(b.Line));
        foreach ((int line, string entNum) in orphans)
        {
            state.Diagnostics.Add(OfacDiagnostics.OrphanRow(source, line, entNum));
        }
    }

    private static List<T> GetList<T>(Dictionary<string, List<T>> map, string key)
    {
        if (!map.TryGetValue(key, out List<T>? list))
        {
            list = [];
            map.Add(key, list);
        }

        return list;
    }

    private static string? NullIfEmpty(string text)
    {
        string trimmed = text.Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }

    private static string FileKind(int fieldCount) => fieldCount switch
    {
        SdnFieldCount => "sdn.csv",
        AltFieldCount => "alt.csv",
        AddFieldCount => "add.csv",
        _ => "sdn_comments.csv",
    };

    private static string[] FieldNames(int fieldCount) => fieldCount switch
    {
        SdnFieldCount => ["ent_num", "SDN_Name", "SDN_Type", "Program", "Title", "Call_Sign", "Vess_type", "Tonnage", "GRT", "Vess_flag", "Vess_owner", "Remarks"],
        AltFieldCount => ["ent_num", "alt_num", "alt_type", "alt_name", "alt_remarks"],
        AddFieldCount => ["ent_num", "add_num", "address", "city_state_postal", "country", "add_remarks"],
        _ => ["ent_num", "remarks"],
    };

    /// <summary>One alt.csv row.</summary>
    private sealed record AltRow(int Line, string Type, string Name, string? Remarks);

    /// <summary>What one read needs across files: options, diagnostics, bytes read so far.</summary>
    private sealed class ReadState(ListReadOptions options)
    {
        public ListReadOptions Options { get; } = options;

        public List<Diagnostic> Diagnostics { get; } = [];

        public long BytesRead { get; set; }

        public bool Stopped { get; set; }

        public string AltSource { get; set; } = "alt.csv";

        /// <summary>The <c>Linked To:</c> remarks read, resolved once every record is read.</summary>
        public List<LinkedTo> LinkedTo { get; } = [];
    }

    /// <summary>A <c>Linked To: NAME</c> remark of record <paramref name="EntNum"/>, with where its remarks start.</summary>
    private sealed record LinkedTo(string EntNum, string Name, int Line, int Column);

    /// <summary>The parts of a subject gathered from one record and its remarks.</summary>
    private sealed class RecordBuilder(string entNum, bool isPerson)
    {
        public string EntNum { get; } = entNum;

        public bool IsPerson { get; } = isPerson;

        public List<PersonName> Names { get; } = [];

        public List<DateOfBirth> DatesOfBirth { get; } = [];

        public List<PlaceOfBirth> PlacesOfBirth { get; } = [];

        public List<CountryCode> Nationalities { get; } = [];

        public List<TravelDocument> Documents { get; } = [];

        public Gender Gender { get; set; }
    }
}
