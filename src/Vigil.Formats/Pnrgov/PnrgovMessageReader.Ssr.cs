using Vigil.Formats.Edifact;

namespace Vigil.Formats.Pnrgov;

/// <summary>The SSR and contact texts of the PNRGOV reader: DOCS, DOCO, DOCA and the CTC contact lines.</summary>
/// <remarks>SSR texts and OSI lines are free text written by agents: the documented layouts are read field by field,
/// the raw text is kept, and a field that does not fit is reported rather than guessed (FORMATS.md §3).</remarks>
internal sealed partial class PnrgovMessageReader
{
    private void ReadSsr(PnrBuilder pnr, Segment segment)
    {
        string? code = segment.Text(1, 1);
        if (code is null)
        {
            MissingElement(segment, 1, 1, "special requirement type");
            return;
        }

        // The free text is the last component of C334 (from component 5 on: carrier, board and off points come first).
        int textComponent = 0;
        for (int c = segment.ComponentCount(1); c >= 5; c--)
        {
            if (segment.Has(1, c))
            {
                textComponent = c;
                break;
            }
        }

        string? text = textComponent == 0 ? null : segment.Text(1, textComponent);
        string? reference = null;
        for (int c = segment.ComponentCount(2); c >= 1 && reference is null; c--)
        {
            reference = segment.Text(2, c);
        }

        switch (code)
        {
            case "DOCS" or "DOCO" or "DOCA":
                if (text is null)
                {
                    MissingElement(segment, 1, 9, $"{code} free text");
                    return;
                }

                PnrDocument? document = null;
                PnrAddress? address = null;
                if (code == "DOCA")
                {
                    address = ReadDoca(segment, textComponent, text);
                }
                else
                {
                    document = code == "DOCS" ? ReadDocs(segment, textComponent, text) : ReadDoco(segment, textComponent, text);
                }

                pnr.Pending.Add(new PendingSsr(code, reference, pnr.Current, document, address, segment.Index));
                return;
            case "CTCE" or "CTCM" or "CTCH" or "CTCB" or "CTCP" or "CTCT":
                if (text is not null)
                {
                    ReadContact(pnr, code + " " + text.TrimStart('/'), fromSsr: true);
                }

                return;
            default:
                // INFT, TKNE, SEAT, CKIN, OTHS...: not used by screening.
                return;
        }
    }

    /// <summary>Reads <c>/TYPE/ISSUER/NUMBER/NATIONALITY/DDMMMYY/GENDER/DDMMMYY/SURNAME/GIVEN/MIDDLE(/H)</c>.</summary>
    private PnrDocument ReadDocs(Segment segment, int component, string text)
    {
        string?[] f = Fields(segment, component, text, "DOCS", 11);
        string? gender = f[5];
        if (gender is not null && gender is not ("M" or "F" or "U" or "X" or "MI" or "FI" or "UI" or "XI"))
        {
            Issues.Warning(PnrgovDiagnostics.SsrLayoutCode,
                $"The DOCS gender '{gender}' is not M, F, U, X or MI/FI (infant); it was kept as sent.", segment, 1, component);
        }

        string? given = f[8] is null ? f[9] : f[9] is null ? f[8] : f[8] + " " + f[9];
        return new PnrDocument
        {
            Kind = PnrDocumentKind.Docs,
            Type = f[0],
            IssuingCountry = f[1],
            Number = f[2],
            Nationality = f[3],
            DateOfBirth = SsrDate(segment, component, "DOCS date of birth", f[4], EdifactDates.YearRule.Birth),
            Gender = gender,
            Expiry = SsrDate(segment, component, "DOCS expiry date", f[6], EdifactDates.YearRule.Window),
            FamilyName = f[7],
            GivenNames = given,
            Text = text,
            SegmentIndex = segment.Index,
        };
    }

    /// <summary>Reads <c>/BIRTHPLACE/TYPE/NUMBER/ISSUE PLACE/DDMMMYY/APPLICABLE COUNTRY(/I)</c>.</summary>
    private PnrDocument ReadDoco(Segment segment, int component, string text)
    {
        string?[] f = Fields(segment, component, text, "DOCO", 7);
        return new PnrDocument
        {
            Kind = PnrDocumentKind.Doco,
            BirthPlace = f[0],
            Type = f[1],
            Number = f[2],
            PlaceOfIssue = f[3],
            Issued = SsrDate(segment, component, "DOCO issue date", f[4], EdifactDates.YearRule.Window),
            ApplicableCountry = f[5],
            Text = text,
            SegmentIndex = segment.Index,
        };
    }

    /// <summary>Reads <c>/TYPE(R or D)/COUNTRY/STREET/CITY/STATE/POSTAL CODE(/I)</c>.</summary>
    private PnrAddress ReadDoca(Segment segment, int component, string text)
    {
        string?[] f = Fields(segment, component, text, "DOCA", 7);
        if (f[0] is not null and not ("R" or "D"))
        {
            Issues.Warning(PnrgovDiagnostics.SsrLayoutCode,
                $"The DOCA address type '{f[0]}' is not R (residence) or D (destination); it was kept as sent.", segment, 1, component);
        }

        return new PnrAddress { Purpose = f[0], Country = f[1], Street = f[2], City = f[3], Region = f[4], PostalCode = f[5] };
    }

    /// <summary>Splits SSR text on <c>/</c> into exactly <paramref name="count"/> fields (empty ones null), after an
    /// optional leading status such as <c>HK1</c>.</summary>
    private string?[] Fields(Segment segment, int component, string text, string code, int count)
    {
        string[] parts = text.Split('/');
        int start = 0;
        if (parts.Length > 1 && parts[0].Length == 0)
        {
            start = 1;
        }
        else if (parts.Length > 1 && IsStatus(parts[0]))
        {
            start = 1;
        }

        if (parts.Length - start > count)
        {
            Issues.Warning(PnrgovDiagnostics.SsrLayoutCode,
                $"The {code} text has {parts.Length - start} fields; its layout has {count}. The first {count} were read; the text is kept as sent.",
                segment, 1, component);
        }

        string?[] fields = new string?[count];
        for (int i = 0; i < count && start + i < parts.Length; i++)
        {
            string value = parts[start + i].Trim();
            fields[i] = value.Length == 0 ? null : value;
        }

        return fields;
    }

    private static bool IsStatus(string text) =>
        text.Length is >= 3 and <= 4 && char.IsAsciiLetterUpper(text[0]) && char.IsAsciiLetterUpper(text[1]) && !text.AsSpan(2).ContainsAnyExceptInRange('0', '9');

    private DateOnly? SsrDate(Segment segment, int component, string what, string? value, EdifactDates.YearRule rule)
    {
        if (value is null)
        {
            return null;
        }

        if (EdifactDates.TryParseDdmmmyy(value, rule, Context.ReferenceDate, out DateOnly date))
        {
            return date;
        }

        Issues.Error(EdifactDiagnostics.InvalidDateCode, $"The {what} '{value}' is not a valid DDMMMYY date.", segment, 1, component);
        return null;
    }

    /// <summary>Reads an OSI or SSR contact line: <c>CTCE</c> e-mail (<c>//</c> is <c>@</c>, <c>..</c> is <c>_</c>,
    /// <c>./</c> is <c>-</c>), <c>CTCM</c> mobile, <c>CTCH</c> home, <c>CTCB</c> business, <c>CTCP</c> phone,
    /// <c>CTCT</c> travel agency phone. Other free text is not a contact.</summary>
    private static void ReadContact(PnrBuilder pnr, string text, bool fromSsr)
    {
        ReadOnlySpan<char> line = text.AsSpan().Trim();
        if (!fromSsr && line.StartsWith("OSI ", StringComparison.Ordinal))
        {
            // "OSI VG CTCE ...": skip OSI and the carrier.
            line = line[4..].TrimStart();
            int space = line.IndexOf(' ');
            line = space < 0 ? default : line[(space + 1)..].TrimStart();
        }

        if (line.Length < 6 || !line.StartsWith("CTC", StringComparison.Ordinal) || line[4] != ' ')
        {
            return;
        }

        char kind = line[3];
        ReadOnlySpan<char> value = line[5..].Trim();
        // A passenger association such as "/P1" at the end is not part of the address or number.
        int slash = value.LastIndexOf('/');
        if (slash > 0 && value.Length > slash + 2 && value[slash + 1] == 'P' && !value[(slash + 2)..].ContainsAnyExceptInRange('0', '9'))
        {
            value = value[..slash];
        }

        if (value.IsEmpty)
        {
            return;
        }

        // The same contact often comes twice (an OSI line and an SSR): it is listed once.
        switch (kind)
        {
            case 'E':
                string email = value.ToString().Replace("//", "@", StringComparison.Ordinal).Replace("..", "_", StringComparison.Ordinal).Replace("./", "-", StringComparison.Ordinal);
                if (!pnr.Emails.Contains(email, StringComparer.OrdinalIgnoreCase))
                {
                    pnr.Emails.Add(email);
                }

                break;
            case 'M' or 'H' or 'B' or 'P' or 'T':
                string phone = value.ToString();
                if (!pnr.Phones.Contains(phone, StringComparer.Ordinal))
                {
                    pnr.Phones.Add(phone);
                }

                break;
        }
    }
}
