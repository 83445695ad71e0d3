using System.Collections.Frozen;
using System.Collections.Immutable;
using Vigil.Domain;

namespace Vigil.Formats.Lists;

/// <summary>Reads document numbers out of the text a list writes in a number field: "Libyan passport No. 512345",
/// "British number 091234567", "401234567 (US)", "Booklet: A5199819".</summary>
/// <remarks>
/// <para>
/// A text that is nothing but a number ("A1234567", "RL 0235074", "45 626 584", "D489833(9)") is kept exactly as
/// written. Otherwise the number is what follows a marker ("No.", "no.", "N°", "Nr.", "number", "#", "Booklet", or a
/// label ending in a colon such as "CNIC:"), or else the first run of words holding a digit, with a short upper-case
/// series letter before it ("C 1415363"). The number ends at the first word without a digit or after a comma.
/// </para>
/// <para>
/// A country named before the number ("Libyan", "British", "CAR", "Central African Republic"), in parentheses at the
/// end ("(US)"), or right after it ("AF465508 Colombia", "0310857, Eritrea, ...") is read as the issuing country.
/// </para>
/// <para>
/// A text with no digit, or whose number would have fewer than five letters and digits, is not recognised and kept
/// whole. A text made only of numbers joined by commas, semicolons, "and" or "or" gives one reading per number;
/// any other text with several numbers gives its first (a date or a reference after it is not a second document).
/// </para>
/// </remarks>
internal static class DocumentNumberText
{
    /// <summary>The fewest letters and digits a number read out of text may have ("2019" or "No. 12" is no document).</summary>
    private const int MinimumLength = 5;

    /// <summary>Words that introduce the number, compared ordinally after trailing full stops and colons are cut.</summary>
    private static readonly FrozenSet<string> Markers = FrozenSet.Create(
        StringComparer.Ordinal, "No", "no", "NO", "Nr", "nr", "NR", "N°", "n°", "Nº", "nº", "number", "Number", "NUMBER", "#", "Booklet", "booklet");

    /// <summary>Nationality adjectives and abbreviations that lists write before a document number.</summary>
    /// <remarks>The country table knows names and codes, not adjectives; these are the forms seen in list texts.</remarks>
    private static readonly FrozenDictionary<string, string> Adjectives = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Afghan"] = "AFG",
        ["Algerian"] = "DZA",
        ["American"] = "USA",
        ["Bahraini"] = "BHR",
        ["Belgian"] = "BEL",
        ["Bosnian"] = "BIH",
        ["British"] = "GBR",
        ["Canadian"] = "CAN",
        ["CAR"] = "CAF",
        ["Central African"] = "CAF",
        ["Chadian"] = "TCD",
        ["Chinese"] = "CHN",
        ["Danish"] = "DNK",
        ["Dutch"] = "NLD",
        ["Egyptian"] = "EGY",
        ["Emirati"] = "ARE",
        ["Eritrean"] = "ERI",
        ["Ethiopian"] = "ETH",
        ["French"] = "FRA",
        ["German"] = "DEU",
        ["Haitian"] = "HTI",
        ["Indonesian"] = "IDN",
        ["Iranian"] = "IRN",
        ["Iraqi"] = "IRQ",
        ["Italian"] = "ITA",
        ["Jordanian"] = "JOR",
        ["Kenyan"] = "KEN",
        ["Kuwaiti"] = "KWT",
        ["Lebanese"] = "LBN",
        ["Libyan"] = "LBY",
        ["Malian"] = "MLI",
        ["Mauritanian"] = "MRT",
        ["Moroccan"] = "MAR",
        ["Nigerian"] = "NGA",
        ["Omani"] = "OMN",
        ["Pakistani"] = "PAK",
        ["Philippine"] = "PHL",
        ["Qatari"] = "QAT",
        ["Russian"] = "RUS",
        ["Saudi"] = "SAU",
        ["Somali"] = "SOM",
        ["Spanish"] = "ESP",
        ["Sudanese"] = "SDN",
        ["Swedish"] = "SWE",
        ["Syrian"] = "SYR",
        ["Tunisian"] = "TUN",
        ["Turkish"] = "TUR",
        ["Yemeni"] = "YEM",
        ["Yemenite"] = "YEM",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The numbers a number field gives, with the issuing country its text names.</summary>
    /// <param name="text">The field as the list writes it.</param>
    /// <returns>At least one reading. <see cref="DocumentNumberReading.IsReadOutOfText"/> tells the caller to keep the
    /// original text as the document's note.</returns>
    public static ImmutableArray<DocumentNumberReading> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string trimmed = text.Trim();
        DocumentNumberReading whole = new(trimmed, null, false);
        if (!trimmed.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return [whole];
        }

        if (Several(trimmed) is { Length: > 1 } several)
        {
            return several;
        }

        string[] words = trimmed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (Array.TrueForAll(words, IsNumberWord) && StripAttachedMarker(words[0]).Length == words[0].Length)
        {
            return [whole];
        }

        return ReadOne(words) is { } one ? [one] : [whole];
    }

    /// <summary>Numbers only, joined by commas, semicolons, "and" or "or": "A1234567, A7654321".</summary>
    private static ImmutableArray<DocumentNumberReading> Several(string text)
    {
        string[] parts = text.Replace(" and ", ",", StringComparison.Ordinal).Replace(" or ", ",", StringComparison.Ordinal)
            .Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length < 2)
        {
            return [];
        }

        ImmutableArray<DocumentNumberReading>.Builder readings = ImmutableArray.CreateBuilder<DocumentNumberReading>(parts.Length);
        foreach (string part in parts)
        {
            string[] words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (!Array.TrueForAll(words, IsNumberWord) || LettersAndDigits(part) < MinimumLength || !part.AsSpan().ContainsAnyInRange('0', '9'))
            {
                return [];
            }

            readings.Add(new DocumentNumberReading(part, null, true));
        }

        return readings.MoveToImmutable();
    }

    private static DocumentNumberReading? ReadOne(string[] words)
    {
        CountryCode? country = null;

        // "401234567 (US)": a country in parentheses at the end.
        if (words.Length > 1 && words[^1] is ['(', .., ')'] last && ResolveCountry(last[1..^1], allowAlpha2: true) is { } inParentheses)
        {
            country = inParentheses;
            words = words[..^1];
        }

        int start = -1;
        int markerAt = -1;
        for (int w = 0; w < words.Length && markerAt < 0; w++)
        {
            if (IsMarker(words[w]) && w + 1 < words.Length && HasDigit(words[w + 1]))
            {
                markerAt = w;
                start = w + 1;
            }
        }

        if (start < 0)
        {
            start = Array.FindIndex(words, HasDigit);
            if (start < 0)
            {
                return null;
            }

            // "C 1415363": a series letter or two written apart from the digits belongs to the number.
            if (start > 0 && IsSeriesLetters(words[start - 1]))
            {
                start--;
            }
        }

        List<string> number = [];
        int next = start;
        for (; next < words.Length; next++)
        {
            string word = words[next];
            // A comma or semicolon ends the number, also inside a word: "A1234567,A7654321".
            int separator = word.AsSpan().IndexOfAny(',', ';');
            bool lastOfNumber = separator >= 0;
            word = separator >= 0 ? word[..separator] : word;
            if (number.Count == 0)
            {
                word = StripAttachedMarker(word);
            }
            else if (!IsNumberWord(word) || (!HasDigit(word) && !(next + 1 < words.Length && HasDigit(words[next + 1]))))
            {
                break;
            }

            number.Add(word);
            if (lastOfNumber)
            {
                next++;
                break;
            }
        }

        string read = string.Join(' ', number).TrimEnd('.');
        if (read.EndsWith(')') && read.Count(c => c == ')') > read.Count(c => c == '('))
        {
            read = read[..^1];
        }

        if (number.Count == 0 || LettersAndDigits(read) < MinimumLength || !HasDigit(read))
        {
            return null;
        }

        // "Libyan passport No.", "Central African Republic number", "British number": a country before the number.
        int before = markerAt >= 0 ? markerAt : start;
        for (int take = Math.Min(before, 4); take >= 1 && country is null; take--)
        {
            country = ResolveCountry(string.Join(' ', words[..take]), allowAlpha2: false);
        }

        // "AF465508 Colombia", "0310857, Eritrea, Issue Date ...": a country right after the number.
        if (country is null && next < words.Length)
        {
            string after = string.Join(' ', words[next..]);
            int comma = after.IndexOf(',', StringComparison.Ordinal);
            country = ResolveCountry((comma >= 0 ? after[..comma] : after).Trim(' ', '.', ')'), allowAlpha2: false);
        }

        return new DocumentNumberReading(read, country, true);
    }

    private static CountryCode? ResolveCountry(string text, bool allowAlpha2)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (Adjectives.TryGetValue(text, out string? alpha3))
        {
            return CountryCode.Of(alpha3);
        }

        // "ID", "IN" and "NO" are words as well as codes: a code is taken only upper case, and two letters only where
        // nothing but a country is expected.
        bool isCode = text.Length is 2 or 3 && text.All(char.IsAsciiLetter);
        if (isCode && (!text.All(char.IsAsciiLetterUpper) || (text.Length == 2 && !allowAlpha2)))
        {
            return null;
        }

        return Countries.TryResolve(text, out CountryCode code) ? code : null;
    }

    private static bool IsMarker(string word)
    {
        string bare = word.TrimEnd(':').TrimEnd('.');
        return Markers.Contains(bare) || (word.Length > 1 && word.EndsWith(':') && word[..^1].All(char.IsAsciiLetter));
    }

    /// <summary>"N°235/...", "No34409/129", "#H0044232": a marker written against the number.</summary>
    private static string StripAttachedMarker(string word)
    {
        bool stripped = true;
        while (stripped)
        {
            stripped = false;
            foreach (string marker in (ReadOnlySpan<string>)["N°", "Nº", "n°", "nº", "No.", "No", "#"])
            {
                if (word.Length > marker.Length && word.StartsWith(marker, StringComparison.Ordinal)
                    && (marker != "No" || char.IsAsciiDigit(word[marker.Length])))
                {
                    word = word[marker.Length..];
                    stripped = true;
                    break;
                }
            }
        }

        return word;
    }

    /// <summary>A word of a number: it holds a digit, or it is a short group of capitals ("RL", "TR-P", "JMB"). A
    /// lone hyphen is not ("C 1415363 - 16/2/1421H" is a number and a date).</summary>
    private static bool IsNumberWord(string word) =>
        HasDigit(word) || IsSeriesLetters(word);

    private static bool IsSeriesLetters(string word) =>
        word.Length is >= 1 and <= 4 && word.Any(char.IsAsciiLetterUpper) && word.All(c => char.IsAsciiLetterUpper(c) || c == '-')
        && !Adjectives.ContainsKey(word);

    private static bool HasDigit(string word) => word.AsSpan().ContainsAnyInRange('0', '9');

    private static int LettersAndDigits(string text) => text.Count(char.IsAsciiLetterOrDigit);
}
