using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Vigil.Domain;
using Vigil.Formats.Diagnostics;

namespace Vigil.Formats.Lists;

/// <content>Turning one INDIVIDUAL or ENTITY record into a subject.</content>
public sealed partial class UnConsolidatedListReader
{
    private static readonly string[] NameParts = ["FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"];

    private static Subject? ToSubject(UnNode record, SubjectKind kind, List<Diagnostic> diagnostics, Dictionary<string, int> seen, ListReadOptions options)
    {
        string source = options.SourceName;
        string? sourceId = record.Value("REFERENCE_NUMBER");
        if (sourceId is null)
        {
            if (record.Value("DATAID") is not { } dataId)
            {
                diagnostics.Add(UnDiagnostics.MissingIdentifier(source, record));
                return null;
            }

            sourceId = "DATAID:" + dataId;
            diagnostics.Add(UnDiagnostics.MissingReferenceNumber(source, record, sourceId));
        }

        if (!seen.TryAdd(sourceId, record.Line))
        {
            diagnostics.Add(UnDiagnostics.DuplicateReferenceNumber(source, record.Child("REFERENCE_NUMBER") ?? record, sourceId, seen[sourceId]));
            return null;
        }

        List<string> parts = [];
        foreach (string part in NameParts)
        {
            if (record.Value(part) is { } text)
            {
                parts.Add(text);
            }
        }

        if (parts.Count == 0)
        {
            diagnostics.Add(UnDiagnostics.MissingName(source, record, sourceId));
            return null;
        }

        string full = string.Join(' ', parts);
        List<PersonName> names =
        [
            new PersonName(full, kind == SubjectKind.Person ? record.Value("FIRST_NAME") : null, null, null, NameScripts.Detect(full), NameQuality.Primary),
        ];
        if (record.Value("NAME_ORIGINAL_SCRIPT") is { } original)
        {
            names.Add(PersonName.Whole(original, NameQuality.OriginalScript));
        }

        string aliasElement = kind == SubjectKind.Person ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS";
        foreach (UnNode alias in record.All(aliasElement))
        {
            AddAlias(alias, names, diagnostics, source, sourceId);
        }

        StringBuilder remarks = new(record.Value("COMMENTS1") ?? string.Empty);
        List<CountryCode> nationalities = [];
        foreach (UnNode nationality in record.All("NATIONALITY").SelectMany(n => n.All("VALUE")))
        {
            string text = nationality.Text.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            if (Countries.TryResolve(text, out CountryCode code))
            {
                if (!nationalities.Contains(code))
                {
                    nationalities.Add(code);
                }
            }
            else
            {
                diagnostics.Add(UnDiagnostics.UnknownCountry(source, nationality, sourceId));
                remarks.Append(remarks.Length == 0 ? string.Empty : "\n").Append("Nationality: ").Append(text);
            }
        }

        List<DateOfBirth> dates = [];
        foreach (UnNode dob in record.All("INDIVIDUAL_DATE_OF_BIRTH"))
        {
            if (ReadDateOfBirth(dob, diagnostics, source, sourceId) is { } date)
            {
                dates.Add(date);
            }
        }

        string addressElement = kind == SubjectKind.Person ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS";
        List<Address> addresses = [];
        foreach (UnNode address in record.All(addressElement))
        {
            if (ToAddress(address, diagnostics, source, sourceId) is { } value)
            {
                addresses.Add(value);
            }
        }

        List<PlaceOfBirth> places = [];
        foreach (UnNode place in record.All("INDIVIDUAL_PLACE_OF_BIRTH"))
        {
            if (ToPlaceOfBirth(place, diagnostics, source, sourceId) is { } value)
            {
                places.Add(value);
            }
        }

        List<TravelDocument> documents = [];
        foreach (UnNode document in record.All("INDIVIDUAL_DOCUMENT"))
        {
            AddDocuments(document, documents, diagnostics, source, sourceId);
        }

        List<string> titles = [];
        foreach (UnNode value in record.All("TITLE").Concat(record.All("DESIGNATION")).SelectMany(n => n.All("VALUE")))
        {
            string title = CollapseWhitespace(value.Text);
            if (title.Length > 0 && !titles.Contains(title))
            {
                titles.Add(title);
            }
        }

        ImmutableArray<string>.Builder programmes = ImmutableArray.CreateBuilder<string>();
        foreach (string? programme in record.All("UN_LIST_TYPE").Select(n => n.Text.Trim())
            .Concat(record.All("LIST_TYPE").SelectMany(n => n.All("VALUE")).Select(n => n.Text.Trim())))
        {
            if (programme.Length > 0 && !programmes.Contains(programme))
            {
                programmes.Add(programme);
            }
        }

        PartialDate listedOn = default;
        if (record.Child("LISTED_ON") is { } listed && listed.Text.Trim().Length > 0 && !TryParseDate(listed.Text, out listedOn))
        {
            diagnostics.Add(UnDiagnostics.InvalidDate(source, listed, sourceId));
        }

        Listing listing = new(options.ListName, sourceId, options.DefaultCategory)
        {
            Programmes = programmes.ToImmutable(),
            ListedOn = listedOn,
            Provenance = options.Provenance,
        };
        return new Subject(SubjectId.For(options.ListName, sourceId), kind, listing)
        {
            Names = [.. names],
            DatesOfBirth = [.. dates],
            PlacesOfBirth = [.. places],
            Nationalities = [.. nationalities],
            Gender = record.Value("GENDER") switch
            {
                "Male" or "male" or "MALE" => Gender.Male,
                "Female" or "female" or "FEMALE" => Gender.Female,
                _ => Gender.Unknown,
            },
            Documents = [.. documents],
            Addresses = [.. addresses],
            Titles = [.. titles],
            Remarks = remarks.Length == 0 ? null : remarks.ToString(),
        };
    }

    private static void AddAlias(UnNode alias, List<PersonName> names, List<Diagnostic> diagnostics, string source, string sourceId)
    {
        string? text = alias.Value("ALIAS_NAME");
        if (text is null)
        {
            return;
        }

        NameQuality quality = NameQuality.StrongAlias;
        List<string> notes = [];
        string? qualityText = alias.Value("QUALITY");
        switch (qualityText)
        {
            case "Good" or "good" or "a.k.a." or "aka":
                break;
            case "Low" or "low":
                quality = NameQuality.WeakAlias;
                break;
            case "fka" or "f.k.a.":
                notes.Add("f.k.a.");
                break;
            default:
                diagnostics.Add(UnDiagnostics.UnknownAliasQuality(source, alias.Child("QUALITY") ?? alias, sourceId));
                break;
        }

        if (alias.Value("DATE_OF_BIRTH") is { } born)
        {
            notes.Add("date of birth " + born);
        }

        if (alias.Value("CITY_OF_BIRTH") is { } city)
        {
            notes.Add("city of birth " + city);
        }

        if (alias.Value("COUNTRY_OF_BIRTH") is { } country)
        {
            notes.Add("country of birth " + country);
        }

        if (alias.Value("NOTE") is { } note)
        {
            notes.Add(note);
        }

        string? joined = notes.Count == 0 ? null : string.Join("; ", notes);
        foreach (string name in text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (SplitOriginalScript(name) is ({ } latin, { } original))
            {
                if (latin.Length > 0)
                {
                    names.Add(PersonName.Whole(latin, quality) with { Note = joined });
                }

                if (original.Length > 0)
                {
                    names.Add(PersonName.Whole(original, NameQuality.OriginalScript) with { Note = joined });
                }

                continue;
            }

            names.Add(PersonName.Whole(name, quality) with { Note = joined });
        }
    }

    /// <summary>An alias that carries its name in the original script: "Kim Il (original script: 김일)" gives the
    /// Latin "Kim Il" and the original "김일"; "김일 (original script)" gives no Latin name and the original "김일".
    /// Null when the alias says nothing of an original script.</summary>
    /// <remarks>The UN writes the marker in parentheses, sometimes without the closing one, sometimes with the
    /// Latin transcription after it; its case varies. The original-script name must not be read as Latin parts:
    /// it is matched as written, romanized by Vigil.</remarks>
    internal static (string Latin, string Original)? SplitOriginalScript(string alias)
    {
        const string Marker = "original script";
        int at = alias.IndexOf(Marker, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        int open = alias.LastIndexOf('(', at);
        int start = open >= 0 && alias.AsSpan(open + 1, at - open - 1).Trim().IsEmpty ? open : at;
        int end = alias.IndexOf(')', at);
        string inside = alias[(at + Marker.Length)..(end < 0 ? alias.Length : end)].Trim().TrimStart(':').Trim();
        string outside = string.Concat(alias.AsSpan(0, start), end < 0 ? ReadOnlySpan<char>.Empty : alias.AsSpan(end + 1)).Trim();
        if (inside.Length > 0)
        {
            // "Latin (original script: original)".
            return (outside, inside);
        }

        // "original (original script)": the text outside the parentheses is the original itself.
        return ("", outside);
    }

    /// <summary>TYPE_OF_DATE EXACT, APPROXIMATELY or BETWEEN, with DATE, YEAR or FROM_YEAR and TO_YEAR.</summary>
    private static DateOfBirth? ReadDateOfBirth(UnNode dob, List<Diagnostic> diagnostics, string source, string sourceId)
    {
        string type = dob.Value("TYPE_OF_DATE") ?? string.Empty;
        UnNode? dateNode = dob.Child("DATE") is { } d && d.Text.Trim().Length > 0 ? d : null;
        UnNode? yearNode = dob.Child("YEAR") is { } y && y.Text.Trim().Length > 0 ? y : null;
        UnNode? fromNode = dob.Child("FROM_YEAR") is { } f && f.Text.Trim().Length > 0 ? f : null;
        UnNode? toNode = dob.Child("TO_YEAR") is { } t && t.Text.Trim().Length > 0 ? t : null;
        bool approximate = false;
        switch (type.ToUpperInvariant())
        {
            case "EXACT" or "":
                break;
            case "APPROXIMATELY":
                approximate = true;
                break;
            case "BETWEEN":
                if (fromNode is not null || toNode is not null)
                {
                    return ReadRange(fromNode, toNode, diagnostics, source, sourceId);
                }

                break;
            default:
                diagnostics.Add(UnDiagnostics.UnknownDateType(source, dob.Child("TYPE_OF_DATE")!, sourceId));
                break;
        }

        if (dateNode is not null)
        {
            if (TryParseDate(dateNode.Text, out PartialDate date))
            {
                return DateOfBirth.On(date.WithApproximate(approximate));
            }

            diagnostics.Add(UnDiagnostics.InvalidDateOfBirth(source, dateNode, sourceId, "a date (YYYY-MM-DD)"));
            return null;
        }

        if (yearNode is not null)
        {
            if (TryParseYear(yearNode.Text, out int year))
            {
                return DateOfBirth.On(PartialDate.OfYear(year, approximate));
            }

            diagnostics.Add(UnDiagnostics.InvalidDateOfBirth(source, yearNode, sourceId, "a year (YYYY)"));
            return null;
        }

        if (fromNode is not null || toNode is not null)
        {
            return ReadRange(fromNode, toNode, diagnostics, source, sourceId);
        }

        return null;
    }

    private static DateOfBirth? ReadRange(UnNode? fromNode, UnNode? toNode, List<Diagnostic> diagnostics, string source, string sourceId)
    {
        if (fromNode is null || toNode is null)
        {
            UnNode present = fromNode ?? toNode!;
            diagnostics.Add(UnDiagnostics.InvalidDateOfBirth(source, present, sourceId, "one end of a range with both FROM_YEAR and TO_YEAR"));
            return null;
        }

        if (!TryParseYear(fromNode.Text, out int from))
        {
            diagnostics.Add(UnDiagnostics.InvalidDateOfBirth(source, fromNode, sourceId, "a year (YYYY)"));
            return null;
        }

        if (!TryParseYear(toNode.Text, out int until) || until < from)
        {
            diagnostics.Add(UnDiagnostics.InvalidDateOfBirth(source, toNode, sourceId, $"a year (YYYY) not before FROM_YEAR {from.ToString(CultureInfo.InvariantCulture)}"));
            return null;
        }

        return DateOfBirth.Between(PartialDate.OfYear(from), PartialDate.OfYear(until));
    }

    private static Address? ToAddress(UnNode node, List<Diagnostic> diagnostics, string source, string sourceId)
    {
        string? street = node.Value("STREET"), city = node.Value("CITY"), region = node.Value("STATE_PROVINCE");
        string? postal = node.Value("ZIP_CODE"), countryText = node.Value("COUNTRY"), note = node.Value("NOTE");
        if (street is null && city is null && region is null && postal is null && countryText is null && note is null)
        {
            return null;
        }

        return new Address
        {
            Street = street,
            City = city,
            Region = region,
            PostalCode = postal,
            Country = ResolveCountry(node.Child("COUNTRY"), diagnostics, source, sourceId),
            CountryText = countryText,
            Note = note,
        };
    }

    private static PlaceOfBirth? ToPlaceOfBirth(UnNode node, List<Diagnostic> diagnostics, string source, string sourceId)
    {
        string? street = node.Value("STREET"), city = node.Value("CITY"), region = node.Value("STATE_PROVINCE"), country = node.Value("COUNTRY");
        string? note = node.Value("NOTE");
        string text = string.Join(", ", new[] { street, city, region, country, note }.Where(p => p is not null));
        if (text.Length == 0)
        {
            return null;
        }

        return new PlaceOfBirth(text)
        {
            City = city,
            Region = region,
            Country = ResolveCountry(node.Child("COUNTRY"), diagnostics, source, sourceId),
        };
    }

    /// <summary>The document of an INDIVIDUAL_DOCUMENT element; several when its NUMBER lists several numbers.</summary>
    /// <remarks>NUMBER often holds text around the number ("Libyan passport No. 512345"): the number is read out of
    /// it (see <see cref="DocumentNumberText"/>) and the whole text is kept first in the note.</remarks>
    private static void AddDocuments(UnNode node, List<TravelDocument> documents, List<Diagnostic> diagnostics, string source, string sourceId)
    {
        string? type = node.Value("TYPE_OF_DOCUMENT"), type2 = node.Value("TYPE_OF_DOCUMENT2"), number = node.Value("NUMBER");
        if (number is null)
        {
            if (type is not null || type2 is not null)
            {
                diagnostics.Add(UnDiagnostics.DocumentWithoutNumber(source, node, sourceId));
            }

            return;
        }

        ImmutableArray<DocumentNumberReading> readings = DocumentNumberText.Read(number);

        UnNode? countryNode = node.Child("ISSUING_COUNTRY") is { } issuing && issuing.Text.Trim().Length > 0 ? issuing : node.Child("COUNTRY_OF_ISSUE");
        CountryCode? country = ResolveCountry(countryNode, diagnostics, source, sourceId);
        List<string> notes = [];
        if (readings[0].IsReadOutOfText)
        {
            notes.Add(number.Trim());
        }

        if (country is null && countryNode?.Text.Trim() is { Length: > 0 } unresolved)
        {
            notes.Add("issued by " + unresolved);
        }

        if (node.Value("CITY_OF_ISSUE") is { } city)
        {
            notes.Add("issued in " + city);
        }

        if (node.Value("NOTE") is { } note)
        {
            notes.Add(note);
        }

        PartialDate issued = default;
        if (node.Child("DATE_OF_ISSUE") is { } issuedNode && issuedNode.Text.Trim().Length > 0 && !TryParseDate(issuedNode.Text, out issued))
        {
            diagnostics.Add(UnDiagnostics.InvalidDate(source, issuedNode, sourceId));
        }

        string? typeText = type is null ? type2 : type2 is null ? type : type + " / " + type2;
        foreach (DocumentNumberReading reading in readings)
        {
            documents.Add(new TravelDocument(ToDocumentType(typeText), reading.Number, country ?? reading.Country)
            {
                TypeText = typeText,
                IssuedOn = issued,
                Note = notes.Count == 0 ? null : string.Join("; ", notes),
            });
        }
    }

    /// <summary>The kind of a document from the UN's TYPE_OF_DOCUMENT text ("Passport", "National Identification Number").</summary>
    private static DocumentType ToDocumentType(string? text)
    {
        if (text is null)
        {
            return DocumentType.Other;
        }

        string upper = text.ToUpperInvariant();
        return upper switch
        {
            _ when upper.Contains("PASSPORT", StringComparison.Ordinal) => DocumentType.Passport,
            _ when upper.Contains("IDENTIFICATION", StringComparison.Ordinal) || upper.Contains("IDENTITY", StringComparison.Ordinal)
                || upper.Contains("NATIONAL ID", StringComparison.Ordinal) || upper.Contains("ID CARD", StringComparison.Ordinal) => DocumentType.NationalId,
            _ when upper.Contains("DRIV", StringComparison.Ordinal) => DocumentType.DrivingLicence,
            _ when upper.Contains("VISA", StringComparison.Ordinal) => DocumentType.Visa,
            _ when upper.Contains("RESIDEN", StringComparison.Ordinal) => DocumentType.ResidencePermit,
            _ when upper.Contains("TAX", StringComparison.Ordinal) || upper.Contains("SOCIAL SECURITY", StringComparison.Ordinal) => DocumentType.TaxNumber,
            _ when upper.Contains("SEAMAN", StringComparison.Ordinal) || upper.Contains("SEAFARER", StringComparison.Ordinal) => DocumentType.CrewDocument,
            _ => DocumentType.Other,
        };
    }

    private static CountryCode? ResolveCountry(UnNode? node, List<Diagnostic> diagnostics, string source, string sourceId)
    {
        string? text = node?.Text.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (Countries.TryResolve(text, out CountryCode code))
        {
            return code;
        }

        diagnostics.Add(UnDiagnostics.UnknownCountry(source, node!, sourceId));
        return null;
    }

    /// <summary>"1965-12-28", also with a time or zone after it ("1965-12-28T00:00:00", "1965-12-28+01:00").</summary>
    private static bool TryParseDate(string text, out PartialDate date)
    {
        date = default;
        ReadOnlySpan<char> span = text.AsSpan().Trim();
        if (span.Length > 10 && span[10] is 'T' or ' ' or '+' or 'Z' or '-')
        {
            span = span[..10];
        }

        return span.Length == 10 && PartialDate.TryParse(span, out date) && !date.IsUnknown;
    }

    private static bool TryParseYear(string text, out int year)
    {
        ReadOnlySpan<char> span = text.AsSpan().Trim();
        return int.TryParse(span, NumberStyles.None, CultureInfo.InvariantCulture, out year) && span.Length == 4 && year >= 1;
    }

    private static string CollapseWhitespace(string text)
    {
        StringBuilder result = new(text.Length);
        bool space = false;
        foreach (char c in text.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && result.Length > 0)
            {
                result.Append(' ');
            }

            space = false;
            result.Append(c);
        }

        return result.ToString();
    }
}
