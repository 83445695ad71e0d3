using System.Collections.Immutable;
using Vigil.Domain;
using Vigil.Formats.Diagnostics;

namespace Vigil.Formats.Mrz;

/// <summary>Reads the fields of a zone laid out in a grid of fixed-width lines (ICAO Doc 9303 Parts 4 to 7).</summary>
/// <remarks>Columns below are those of Doc 9303, from 1.</remarks>
internal ref struct MrzFieldReader
{
    private readonly ReadOnlySpan<char> _grid;
    private readonly int _width;
    private readonly ReadOnlySpan<ZoneLine> _lines;
    private readonly MrzFormat _format;
    private readonly DateOnly _today;
    private readonly string? _source;
    private List<Diagnostic>? _issues;
    private int _failed;
    private Fields _read;

    public MrzFieldReader(
        ReadOnlySpan<char> grid, int width, ReadOnlySpan<ZoneLine> lines, MrzFormat format, DateOnly today, string? source, List<Diagnostic>? issues)
    {
        _grid = grid;
        _width = width;
        _lines = lines;
        _format = format;
        _today = today;
        _source = source;
        _issues = issues;
    }

    public MachineReadableZone Read(out List<Diagnostic>? issues)
    {
        if (_format == MrzFormat.Td1)
        {
            ReadTd1();
        }
        else
        {
            ReadTwoLines();
        }

        issues = _issues;
        ImmutableArray<MrzCheck> failed = [];
        if (_failed != 0)
        {
            ImmutableArray<MrzCheck>.Builder builder = ImmutableArray.CreateBuilder<MrzCheck>(int.PopCount(_failed));
            for (MrzCheck check = MrzCheck.DocumentNumber; check <= MrzCheck.Composite; check++)
            {
                if ((_failed & (1 << (int)check)) != 0)
                {
                    builder.Add(check);
                }
            }

            failed = builder.MoveToImmutable();
        }

        ImmutableArray<string>.Builder lines = ImmutableArray.CreateBuilder<string>(_lines.Length);
        for (int i = 0; i < _lines.Length; i++)
        {
            lines.Add(_lines[i].Present ? _grid.Slice(i * _width, _width).ToString() : string.Empty);
        }

        return new MachineReadableZone
        {
            Format = _format,
            DocumentCode = _read.DocumentCode,
            IssuingState = _read.IssuingState,
            IssuingStateIso = _read.IssuingStateIso,
            Nationality = _read.Nationality,
            NationalityIso = _read.NationalityIso,
            FamilyName = _read.FamilyName,
            GivenNames = _read.GivenNames,
            NameMayBeTruncated = _read.NameMayBeTruncated,
            DocumentNumber = _read.DocumentNumber,
            DateOfBirth = _read.DateOfBirth,
            Sex = _read.Sex,
            Expiry = _read.Expiry,
            OptionalData = _read.OptionalData,
            OptionalData2 = _read.OptionalData2,
            FailedChecks = failed,
            Lines = lines.MoveToImmutable(),
        };
    }

    /// <summary>TD3, MRV-A (2 x 44), TD2 and MRV-B (2 x 36): line 1 code, state, name; line 2 number, nationality,
    /// dates, sex, optional data (Doc 9303 Part 4 section 4.2.2, Part 6 section 4.2.2, Part 7 section 4.2.2).</summary>
    private void ReadTwoLines()
    {
        if (_lines[0].Present)
        {
            ReadHeader(0);
            ReadName(0, 6, _width - 5);
        }

        if (!_lines[1].Present)
        {
            return;
        }

        bool passport = _format == MrzFormat.Td3;
        bool card = _format == MrzFormat.Td2;
        int optionalLength = _width - 28 - (passport || card ? 1 : 0) - (passport ? 1 : 0);
        ReadNumber(1, 1, 10, 29, optionalLength, allowOverflow: card);
        _read.Nationality = ReadCountry(1, 11, "nationality", out _read.NationalityIso);
        _read.DateOfBirth = ReadDate(1, 14, 20, birth: true);
        _read.Sex = ReadSex(1, 21);
        _read.Expiry = ReadDate(1, 22, 28, birth: false);

        if (passport)
        {
            // Part 4 section 4.2.2: the personal number's check digit; an empty field may carry '<' or '0'.
            Verify(MrzCheck.OptionalData, Field(1, 29, 14), 1, 43);
        }

        if (passport || card)
        {
            Span<char> data = stackalloc char[_width];
            int n = 0;
            n += Copy(Field(1, 1, 10), data[n..]);
            n += Copy(Field(1, 14, 7), data[n..]);
            n += Copy(Field(1, 22, _width - 22), data[n..]);
            Verify(MrzCheck.Composite, data[..n], 1, _width);
        }
    }

    /// <summary>TD1 (3 x 30): line 1 code, state, number, optional data; line 2 dates, sex, nationality, optional
    /// data, composite; line 3 name (Doc 9303 Part 5 section 4.2.2).</summary>
    private void ReadTd1()
    {
        if (_lines[0].Present)
        {
            ReadHeader(0);
            ReadNumber(0, 6, 15, 16, 15, allowOverflow: true);
        }

        if (_lines[1].Present)
        {
            _read.DateOfBirth = ReadDate(1, 1, 7, birth: true);
            _read.Sex = ReadSex(1, 8);
            _read.Expiry = ReadDate(1, 9, 15, birth: false);
            _read.Nationality = ReadCountry(1, 16, "nationality", out _read.NationalityIso);
            _read.OptionalData2 = Trim(Field(1, 19, 11));
        }

        if (_lines[0].Present && _lines[1].Present)
        {
            Span<char> data = stackalloc char[50];
            int n = 0;
            n += Copy(Field(0, 6, 25), data[n..]);
            n += Copy(Field(1, 1, 7), data[n..]);
            n += Copy(Field(1, 9, 7), data[n..]);
            n += Copy(Field(1, 19, 11), data[n..]);
            Verify(MrzCheck.Composite, data[..n], 1, 30);
        }

        if (_lines[2].Present)
        {
            ReadName(2, 1, 30);
        }
    }

    /// <summary>The document code (columns 1-2) and the issuing state (columns 3-5) of the first line.</summary>
    private void ReadHeader(int line)
    {
        ReadOnlySpan<char> code = Field(line, 1, 2);
        string documentCode = WithoutFillers(code);
        if (code[0] is < 'A' or > 'Z')
        {
            Report(MrzDiagnostics.InvalidDocumentCode(Position(line, 1, "documentCode"), code.ToString()));
        }
        else
        {
            // Part 4 section 4.2.2: P for passports; Parts 5 and 6: A, C or I for cards; Part 7: V for visas.
            string? expected = _format switch
            {
                MrzFormat.Td3 => code[0] == 'P' ? null : "P",
                MrzFormat.Td1 or MrzFormat.Td2 => code[0] is 'I' or 'A' or 'C' ? null : "I, A or C",
                _ => null,
            };
            if (expected is not null)
            {
                Report(MrzDiagnostics.UnexpectedDocumentCode(Position(line, 1, "documentCode"), documentCode, MrzParser.Label(_format), expected));
            }
        }

        _read.DocumentCode = documentCode;
        _read.IssuingState = ReadCountry(line, 3, "issuing state", out _read.IssuingStateIso);
    }

    /// <summary>Reads a document number of nine characters and its check digit, with the overflow of a long number
    /// (TD1 and TD2, Doc 9303 Part 5 section 4.2.4 note and Part 6 section 4.2.4 note): a '&lt;' in the check digit
    /// position says the number goes on in the optional data, up to the first filler, the last character of that
    /// run being the check digit over the whole number.</summary>
    private void ReadNumber(int line, int column, int checkColumn, int optionalColumn, int optionalLength, bool allowOverflow)
    {
        ReadOnlySpan<char> field = Field(line, column, 9);
        char check = At(line, checkColumn);
        ReadOnlySpan<char> optional = Field(line, optionalColumn, optionalLength);
        if (allowOverflow && check == '<' && !CheckDigit.IsAllFillers(field))
        {
            int run = optional.IndexOf('<');
            run = run < 0 ? optional.Length : run;
            if (run == 0)
            {
                Report(MrzDiagnostics.LongNumber(Position(line, checkColumn, "documentNumber")));
                Fail(MrzCheck.DocumentNumber);
                (_read.DocumentNumber, _read.OptionalData) = (Trim(field), Trim(optional));
                return;
            }

            ReadOnlySpan<char> overflow = optional[..(run - 1)];
            Span<char> whole = stackalloc char[9 + optionalLength];
            field.CopyTo(whole);
            overflow.CopyTo(whole[9..]);
            Verify(MrzCheck.DocumentNumber, whole[..(9 + overflow.Length)], line, optionalColumn + run - 1, optional[run - 1]);
            (_read.DocumentNumber, _read.OptionalData) = (string.Concat(field.TrimEnd('<'), overflow), Trim(optional[run..]));
            return;
        }

        Verify(MrzCheck.DocumentNumber, field, line, checkColumn);
        string number = Trim(field);
        if (number.Length == 0)
        {
            Report(MrzDiagnostics.EmptyField(Position(line, column, "documentNumber"), "document number"));
        }

        (_read.DocumentNumber, _read.OptionalData) = (number, Trim(optional));
    }

    /// <summary>Reads a date <c>YYMMDD</c> (unknown parts as fillers) and verifies its check digit.</summary>
    private PartialDate ReadDate(int line, int column, int checkColumn, bool birth)
    {
        ReadOnlySpan<char> text = Field(line, column, 6);
        Verify(birth ? MrzCheck.DateOfBirth : MrzCheck.Expiry, text, line, checkColumn);
        string jsonName = birth ? "dateOfBirth" : "expiry";
        string label = birth ? "date of birth" : "date of expiry";
        if (CheckDigit.IsAllFillers(text))
        {
            return PartialDate.Unknown;
        }

        int? year = Pair(text, 0), month = Pair(text, 2), day = Pair(text, 4);
        int bad = year == -1 ? 0 : month == -1 ? 2 : day == -1 ? 4 : -1;
        if (bad >= 0)
        {
            return InvalidDate(line, column + bad, jsonName, label, text, "expected digits, or '<' for an unknown part");
        }

        if (year is null)
        {
            return InvalidDate(line, column, jsonName, label, text, "the year is unknown but the month or day is given");
        }

        if (month is null && day is not null)
        {
            return InvalidDate(line, column + 2, jsonName, label, text, "the day is given without the month");
        }

        if (month is < 1 or > 12)
        {
            return InvalidDate(line, column + 2, jsonName, label, text, $"there is no month {month}");
        }

        int century = _today.Year / 100 * 100;
        int fullYear = century + year.Value;
        if (birth)
        {
            // A birth date takes the latest century that does not put it after today (Doc 9303 gives two digits only).
            if (IsAfterToday(fullYear, month ?? 1, day ?? 1))
            {
                fullYear -= 100;
            }
        }
        else if (fullYear > _today.Year + 50)
        {
            fullYear -= 100;
        }
        else if (fullYear < _today.Year - 50)
        {
            fullYear += 100;
        }

        if (!PartialDate.TryCreate(fullYear, month, day, approximate: false, out PartialDate date))
        {
            return InvalidDate(line, column + 4, jsonName, label, text, $"there is no day {day} in {fullYear}-{month:D2}");
        }

        return date;
    }

    /// <summary>True when the day (which may not exist, such as 31 April) comes after today.</summary>
    private readonly bool IsAfterToday(int year, int month, int day) =>
        year != _today.Year ? year > _today.Year : month != _today.Month ? month > _today.Month : day > _today.Day;

    private PartialDate InvalidDate(int line, int column, string jsonName, string label, ReadOnlySpan<char> text, string why)
    {
        Report(MrzDiagnostics.InvalidDate(Position(line, column, jsonName), label, text.ToString(), why));
        return PartialDate.Unknown;
    }

    /// <summary>Two digits as a number, null for two fillers, -1 for anything else.</summary>
    private static int? Pair(ReadOnlySpan<char> text, int at)
    {
        char a = text[at], b = text[at + 1];
        if (a == '<' && b == '<')
        {
            return null;
        }

        return char.IsAsciiDigit(a) && char.IsAsciiDigit(b) ? ((a - '0') * 10) + (b - '0') : -1;
    }

    private Gender ReadSex(int line, int column)
    {
        char sex = At(line, column);
        switch (sex)
        {
            case 'M':
                return Gender.Male;
            case 'F':
                return Gender.Female;
            case 'X':
                return Gender.Unspecified;
            case '<':
                return Gender.Unknown;
            default:
                Report(MrzDiagnostics.InvalidSex(Position(line, column, "sex"), sex));
                return Gender.Unknown;
        }
    }

    /// <summary>Reads a three-character state or nationality code, fillers removed, and normalises it.</summary>
    private string ReadCountry(int line, int column, string label, out CountryCode? normalized)
    {
        string jsonName = label == "nationality" ? "nationality" : "issuingState";
        ReadOnlySpan<char> trimmed = Field(line, column, 3).Trim('<');
        normalized = null;
        if (trimmed.IsEmpty)
        {
            Report(MrzDiagnostics.EmptyField(Position(line, column, jsonName), label));
            return string.Empty;
        }

        if (!IcaoCodes.TryNormalize(trimmed, out string code, out normalized))
        {
            Report(MrzDiagnostics.UnknownCountry(Position(line, column, jsonName), label, code, normalized?.Value));
        }

        return code;
    }

    /// <summary>Reads the name: primary identifier, <c>&lt;&lt;</c>, secondary identifier, fillers as spaces
    /// (Doc 9303 Part 3 section 4.6).</summary>
    private void ReadName(int line, int column, int length)
    {
        ReadOnlySpan<char> field = Field(line, column, length);
        ReadOnlySpan<char> name = field.TrimEnd('<');
        if (name.IsEmpty)
        {
            Report(MrzDiagnostics.EmptyField(Position(line, column, "familyName"), "name"));
            (_read.FamilyName, _read.GivenNames) = (string.Empty, string.Empty);
            return;
        }

        // A name that reaches the last character of its field may have been cut (Part 3 section 4.6.5).
        bool truncated = field[^1] != '<';
        if (truncated)
        {
            Report(MrzDiagnostics.NameTruncated(Position(line, column + length - 1, "givenNames"), length));
        }

        int separator = name.IndexOf("<<", StringComparison.Ordinal);
        ReadOnlySpan<char> primary = separator < 0 ? name : name[..separator];
        ReadOnlySpan<char> secondary = separator < 0 ? [] : name[(separator + 2)..];
        if (separator == 0)
        {
            Report(MrzDiagnostics.NoPrimaryIdentifier(Position(line, column, "familyName")));
        }

        (_read.FamilyName, _read.GivenNames, _read.NameMayBeTruncated) = (Words(primary), Words(secondary), truncated);
    }

    /// <summary>The words of a name part: each run of fillers becomes one space, none at the ends.</summary>
    private static string Words(ReadOnlySpan<char> part)
    {
        part = part.Trim('<');
        if (part.IsEmpty)
        {
            return string.Empty;
        }

        if (!part.Contains('<'))
        {
            return part.ToString();
        }

        Span<char> words = stackalloc char[part.Length];
        int n = 0;
        for (int i = 0; i < part.Length; i++)
        {
            if (part[i] != '<')
            {
                words[n++] = part[i];
            }
            else if (words[n - 1] != ' ')
            {
                words[n++] = ' ';
            }
        }

        return words[..n].ToString();
    }

    private void Verify(MrzCheck check, scoped ReadOnlySpan<char> data, int line, int checkColumn) =>
        Verify(check, data, line, checkColumn, At(line, checkColumn));

    private void Verify(MrzCheck check, scoped ReadOnlySpan<char> data, int line, int checkColumn, char checkDigit)
    {
        if (CheckDigit.IsValid(data, checkDigit))
        {
            return;
        }

        Fail(check);
        (string jsonName, string label) = check switch
        {
            MrzCheck.DocumentNumber => ("documentNumber", "document number"),
            MrzCheck.DateOfBirth => ("dateOfBirth", "date of birth"),
            MrzCheck.Expiry => ("expiry", "date of expiry"),
            MrzCheck.OptionalData => ("optionalData", "personal number (optional data)"),
            _ => ("composite", "composite (whole zone)"),
        };
        Report(MrzDiagnostics.CheckDigit(Position(line, checkColumn, jsonName), label, checkDigit, CheckDigit.Compute(data), data.ToString()));
    }

    private void Fail(MrzCheck check) => _failed |= 1 << (int)check;

    private void Report(Diagnostic diagnostic) => MrzParser.Add(ref _issues, diagnostic);

    private readonly ReadOnlySpan<char> Field(int line, int column, int length) => _grid.Slice((line * _width) + column - 1, length);

    private readonly char At(int line, int column) => _grid[(line * _width) + column - 1];

    private readonly SourcePosition Position(int line, int column, string field)
    {
        ZoneLine zoneLine = _lines[line];
        return MrzParser.At(_source, zoneLine.FileLine, zoneLine.Column + column - 1, field);
    }

    private static int Copy(ReadOnlySpan<char> part, Span<char> to)
    {
        part.CopyTo(to);
        return part.Length;
    }

    private static string Trim(ReadOnlySpan<char> text)
    {
        text = text.Trim('<');
        return text.IsEmpty ? string.Empty : text.ToString();
    }

    private static string WithoutFillers(ReadOnlySpan<char> text)
    {
        Span<char> kept = stackalloc char[text.Length];
        int n = 0;
        foreach (char c in text)
        {
            if (c != '<')
            {
                kept[n++] = c;
            }
        }

        return kept[..n].ToString();
    }

    /// <summary>The fields read so far; the result is made once, at the end.</summary>
    private struct Fields
    {
        public string? DocumentCode;
        public string? IssuingState;
        public CountryCode? IssuingStateIso;
        public string? Nationality;
        public CountryCode? NationalityIso;
        public string? FamilyName;
        public string? GivenNames;
        public bool NameMayBeTruncated;
        public string? DocumentNumber;
        public PartialDate DateOfBirth;
        public Gender Sex;
        public PartialDate Expiry;
        public string? OptionalData;
        public string? OptionalData2;
    }
}
