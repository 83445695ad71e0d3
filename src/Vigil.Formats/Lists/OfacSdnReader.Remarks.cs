using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Vigil.Domain;

namespace Vigil.Formats.Lists;

/// <content>Reading the semicolon-separated items of the Remarks field.</content>
public sealed partial class OfacSdnReader
{
    /// <summary>The identity-document items of Remarks, longest prefix first where one is a prefix of another.</summary>
    private static readonly (string Prefix, DocumentType Type)[] DocumentPrefixes =
    [
        ("Passport No. ", DocumentType.Passport),
        ("Passport ", DocumentType.Passport),
        ("National ID No. ", DocumentType.NationalId),
        ("Cedula No. ", DocumentType.NationalId),
        ("Identification Number ", DocumentType.NationalId),
        ("D.N.I. ", DocumentType.NationalId),
        ("C.U.R.P. ", DocumentType.NationalId),
        ("Tax ID No. ", DocumentType.TaxNumber),
        ("R.F.C. ", DocumentType.TaxNumber),
        ("NIT # ", DocumentType.TaxNumber),
        ("SSN ", DocumentType.TaxNumber),
        ("Residency Number ", DocumentType.ResidencePermit),
        ("Driver's License No. ", DocumentType.DrivingLicence),
        ("Visa Number ", DocumentType.Visa),
    ];

    private static readonly string[] MonthAbbreviations = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    private static void ParseRemarks(string remarks, RecordBuilder record, ReadState state, int line, int column)
    {
        if (remarks.Length == 0)
        {
            return;
        }

        foreach (string raw in remarks.Split(';'))
        {
            string item = raw.Trim();

            // The last item ends the sentence: "...; Gender Male." The full stop is not part of the value.
            if (item.EndsWith('.') && !item.EndsWith("..", StringComparison.Ordinal))
            {
                item = item[..^1].TrimEnd();
            }

            string body = item.StartsWith("alt. ", StringComparison.Ordinal) ? item[5..].TrimStart() : item;
            if (body.StartsWith("DOB ", StringComparison.Ordinal))
            {
                ReadDateOfBirth(body[4..].Trim(), item, record, state, line, column);
            }
            else if (body.StartsWith("POB ", StringComparison.Ordinal))
            {
                record.PlacesOfBirth.Add(ToPlaceOfBirth(body[4..].Trim()));
            }
            else if (StartsWithWord(body, "nationality", out string? nationality)
                || StartsWithWord(body, "citizenship", out nationality)
                || StartsWithWord(body, "citizen", out nationality))
            {
                if (Countries.TryResolve(nationality, out CountryCode country))
                {
                    if (!record.Nationalities.Contains(country))
                    {
                        record.Nationalities.Add(country);
                    }
                }
                else
                {
                    state.Diagnostics.Add(OfacDiagnostics.UnknownCountry(state.Options.SourceName, line, column, record.EntNum, item));
                }
            }
            else if (StartsWithWord(body, "Gender", out string? gender))
            {
                record.Gender = gender switch
                {
                    "Male" or "male" => Gender.Male,
                    "Female" or "female" => Gender.Female,
                    _ => record.Gender,
                };
            }
            else if (body.StartsWith(LinkedToPrefix, StringComparison.Ordinal))
            {
                string target = body[LinkedToPrefix.Length..].Trim();
                if (target.Length > 0)
                {
                    state.LinkedTo.Add(new LinkedTo(record.EntNum, target, line, column));
                }
            }
            else if (body.StartsWith("a.k.a. ", StringComparison.Ordinal) || body.StartsWith("f.k.a. ", StringComparison.Ordinal)
                || body.StartsWith("n.k.a. ", StringComparison.Ordinal))
            {
                string name = Unquote(body[7..].Trim());
                if (name.Length > 0)
                {
                    string? note = body[0] == 'a' ? null : body[..6];
                    record.Names.Add(ToName(name, record.IsPerson, NameQuality.WeakAlias, note));
                }
            }
            else
            {
                foreach ((string prefix, DocumentType type) in DocumentPrefixes)
                {
                    if (body.StartsWith(prefix, StringComparison.Ordinal))
                    {
                        ReadDocument(body[prefix.Length..].Trim(), prefix.TrimEnd(), type, item, record, state, line, column);
                        break;
                    }
                }
            }
        }
    }

    /// <summary>"10 Dec 1948", "Dec 1948", "1948", "circa 1948", "1948 to 1952", "01 Jan 1961 to 31 Dec 1962", "circa 1979-1982".</summary>
    private static void ReadDateOfBirth(string value, string item, RecordBuilder record, ReadState state, int line, int column)
    {
        string source = state.Options.SourceName;
        bool approximate = false;
        if (value.StartsWith("circa ", StringComparison.Ordinal))
        {
            approximate = true;
            value = value[6..].TrimStart();
        }

        string? fromText = null, untilText = null;
        int to = value.IndexOf(" to ", StringComparison.Ordinal);
        if (to > 0)
        {
            (fromText, untilText) = (value[..to].Trim(), value[(to + 4)..].Trim());
        }
        else if (approximate && YearRange().Match(value) is { Success: true } years)
        {
            (fromText, untilText) = (years.Groups[1].Value, years.Groups[2].Value);
        }

        if (fromText is null || untilText is null)
        {
            switch (ParseDate(value, approximate, out PartialDate date))
            {
                case DateStatus.Valid:
                    record.DatesOfBirth.Add(DateOfBirth.On(date));
                    break;
                case DateStatus.Impossible:
                    state.Diagnostics.Add(OfacDiagnostics.ImpossibleDateOfBirth(source, line, column, record.EntNum, item));
                    break;
                default:
                    state.Diagnostics.Add(OfacDiagnostics.UnreadableDateOfBirth(source, line, column, record.EntNum, item));
                    break;
            }

            return;
        }

        DateStatus fromStatus = ParseDate(fromText, approximate, out PartialDate from);
        DateStatus untilStatus = ParseDate(untilText, approximate, out PartialDate until);
        if (fromStatus == DateStatus.Unreadable || untilStatus == DateStatus.Unreadable)
        {
            state.Diagnostics.Add(OfacDiagnostics.UnreadableDateOfBirth(source, line, column, record.EntNum, item));
        }
        else if (fromStatus == DateStatus.Impossible || untilStatus == DateStatus.Impossible || from.EarliestDay > until.LatestDay)
        {
            state.Diagnostics.Add(OfacDiagnostics.ImpossibleDateOfBirth(source, line, column, record.EntNum, item));
        }
        else
        {
            record.DatesOfBirth.Add(DateOfBirth.Between(from, until));
        }
    }

    /// <summary>"Baghdad, Iraq" → city Baghdad, country IRQ; "Culiacan, Sinaloa, Mexico" → city, region, country.</summary>
    private static PlaceOfBirth ToPlaceOfBirth(string text)
    {
        string[] parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return new PlaceOfBirth(text);
        }

        CountryCode? country = ResolveTrailingCountry(parts[^1]);
        if (parts.Length == 1)
        {
            return new PlaceOfBirth(text) { Country = country };
        }

        int regionEnd = country is null ? parts.Length : parts.Length - 1;
        return new PlaceOfBirth(text)
        {
            City = parts[0],
            Region = regionEnd > 1 ? string.Join(", ", parts[1..regionEnd]) : null,
            Country = country,
        };
    }

    /// <summary>The country of the last part of a place: the whole part, or its last words ("Khartoum Sudan").</summary>
    private static CountryCode? ResolveTrailingCountry(string part)
    {
        if (Countries.TryResolve(part, out CountryCode code))
        {
            return code;
        }

        string[] words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int take = Math.Min(3, words.Length - 1); take >= 1; take--)
        {
            // "New Mexico" is a US state, not Mexico: a place ending in "New X" is not read as country X.
            if (string.Equals(words[^(take + 1)], "New", StringComparison.Ordinal))
            {
                continue;
            }

            if (Countries.TryResolve(string.Join(' ', words[^take..]), out code))
            {
                return code;
            }
        }

        return null;
    }

    /// <summary>"A1234567 (Iraq) issued 01 Jan 2000 expires 31 Dec 2020", with every part after the number optional.</summary>
    private static void ReadDocument(string rest, string typeText, DocumentType type, string item, RecordBuilder record, ReadState state, int line, int column)
    {
        if (type == DocumentType.NationalId && typeText == "Identification Number" && !record.IsPerson)
        {
            // Vessels and companies carry IMO and registration numbers under this label; they are not identity cards.
            type = DocumentType.Other;
        }

        string number = rest;
        string? countryText = null;
        string tail = string.Empty;
        int open = rest.IndexOf(" (", StringComparison.Ordinal);
        int close = open < 0 ? -1 : rest.IndexOf(')', open);
        if (open > 0 && close > open)
        {
            number = rest[..open].Trim();
            countryText = rest[(open + 2)..close].Trim();
            tail = rest[(close + 1)..].Trim();
        }
        else
        {
            int cut = IndexOfWord(rest, "issued");
            int expiresAt = IndexOfWord(rest, "expires");
            if (cut < 0 || (expiresAt >= 0 && expiresAt < cut))
            {
                cut = expiresAt;
            }

            if (cut > 0)
            {
                number = rest[..cut].Trim();
                tail = rest[cut..];
            }
        }

        // "Passport and National ID were issued in Ulm" is prose, not a document: a number has a digit.
        if (!number.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return;
        }

        PartialDate issued = default, expires = default;
        List<string> notes = [];

        // "OR801168 and Kuwaiti National ID No. 281020505755": numbers may hold spaces ("050 796 318 3954"), but a
        // lower-case word ("and", "valid") starts prose, which becomes a note.
        string[] words = number.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int prose = Array.FindIndex(words, w => w.All(char.IsAsciiLetterLower));
        if (prose > 0)
        {
            number = string.Join(' ', words[..prose]);
            notes.Add(string.Join(' ', words[prose..]));
        }

        CountryCode? country = null;
        if (countryText is not null)
        {
            // "Cabo Verde.  Previously Cape Verde." names the country in its first sentence.
            int stop = countryText.IndexOf(". ", StringComparison.Ordinal);
            if (Countries.TryResolve(countryText, out CountryCode code)
                || (stop > 0 && Countries.TryResolve(countryText[..stop], out code)))
            {
                country = code;
            }
            else
            {
                notes.Add(countryText);
            }
        }

        if (tail.Length > 0)
        {
            Match dates = DocumentDates().Match(tail);
            bool bad = false;
            if (dates.Success && dates.Groups["issued"].Success)
            {
                bad |= ParseDate(dates.Groups["issued"].Value, false, out issued) != DateStatus.Valid;
            }

            if (dates.Success && dates.Groups["expires"].Success)
            {
                bad |= ParseDate(dates.Groups["expires"].Value, false, out expires) != DateStatus.Valid;
            }

            if (bad)
            {
                state.Diagnostics.Add(OfacDiagnostics.InvalidDocumentDate(state.Options.SourceName, line, column, record.EntNum, item));
            }

            string leftover = dates.Success ? tail[dates.Length..].Trim() : tail;
            if (leftover.Length > 0)
            {
                notes.Add(leftover);
            }
        }

        // "Booklet A5250088", "No.: 0310857, Eritrea, Issue Date ...", "#H0044232": the number is read out of the
        // text, which is kept first in the note.
        ImmutableArray<DocumentNumberReading> readings = DocumentNumberText.Read(number);
        if (readings[0].IsReadOutOfText)
        {
            notes.Insert(0, number);
        }

        foreach (DocumentNumberReading reading in readings)
        {
            record.Documents.Add(new TravelDocument(type, reading.Number, country ?? reading.Country)
            {
                TypeText = typeText,
                IssuedOn = issued,
                ExpiresOn = expires,
                Note = notes.Count == 0 ? null : string.Join("; ", notes),
            });
        }
    }

    /// <summary>Reads "10 Dec 1948", "Dec 1948" or "1948" (the forms OFAC uses, English month abbreviations).</summary>
    private static DateStatus ParseDate(string text, bool approximate, out PartialDate date)
    {
        date = default;
        Match match = DatePhrase().Match(text);
        if (!match.Success)
        {
            return DateStatus.Unreadable;
        }

        int year = int.Parse(match.Groups["y"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        int? month = null, day = null;
        if (match.Groups["m"].Success)
        {
            month = Array.IndexOf(MonthAbbreviations, match.Groups["m"].Value[..3]) + 1;
            if (month == 0)
            {
                return DateStatus.Unreadable;
            }
        }

        if (match.Groups["d"].Success)
        {
            day = int.Parse(match.Groups["d"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        }

        return PartialDate.TryCreate(year, month, day, approximate, out date) ? DateStatus.Valid : DateStatus.Impossible;
    }

    private static bool StartsWithWord(string text, string word, out string? rest)
    {
        rest = null;
        if (text.Length <= word.Length + 1 || !text.StartsWith(word, StringComparison.Ordinal) || text[word.Length] != ' ')
        {
            return false;
        }

        rest = text[(word.Length + 1)..].Trim();
        return true;
    }

    private static int IndexOfWord(string text, string word)
    {
        int at = text.IndexOf(" " + word + " ", StringComparison.Ordinal);
        return at < 0 ? -1 : at + 1;
    }

    /// <summary>The text between the first and the last single quote, or the whole text when it is not quoted.</summary>
    private static string Unquote(string text)
    {
        int first = text.IndexOf('\'', StringComparison.Ordinal);
        int last = text.LastIndexOf('\'');
        return first >= 0 && last > first ? text[(first + 1)..last].Trim() : text.Trim('\'', ' ');
    }

    [GeneratedRegex(@"^(?:(?:(?<d>\d{1,2}) )?(?<m>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)\.? )?(?<y>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePhrase();

    [GeneratedRegex(@"^(\d{4})\s*-\s*(\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex YearRange();

    [GeneratedRegex(@"^(?:issued (?<issued>(?:\d{1,2} )?(?:[A-Z][a-z]+\.? )?\d{4})\s*)?(?:expires (?<expires>(?:\d{1,2} )?(?:[A-Z][a-z]+\.? )?\d{4}))?", RegexOptions.CultureInvariant)]
    private static partial Regex DocumentDates();

    private enum DateStatus
    {
        Valid,
        Impossible,
        Unreadable,
    }
}
