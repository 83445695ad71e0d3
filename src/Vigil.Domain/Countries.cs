using System.Collections.Frozen;
using System.Text;

namespace Vigil.Domain;

/// <summary>The ISO 3166-1 country table: codes, English short names, and the name variants watch lists use.</summary>
/// <remarks>
/// <para>
/// Every officially assigned alpha-3 code is known, with its alpha-2 code and English short name, plus Kosovo
/// (<c>XKX</c>, used by ICAO 9303 and by the EU and UN lists), the ICAO 9303 codes for stateless persons, refugees and
/// United Nations documents, and four withdrawn codes that older list entries still name (<c>ANT</c> Netherlands
/// Antilles, <c>SCG</c> Serbia and Montenegro, <c>SUN</c> USSR, <c>YUG</c> Yugoslavia).
/// </para>
/// <para>
/// Names are matched ignoring case, diacritics, punctuation and spaces, and a leading "the"
/// ("Cote d Ivoire", "CÔTE D'IVOIRE" and "Côte d'Ivoire" are the same name); "St" is read as "Saint". When a name is
/// not known as written, a parenthesised part is dropped ("West Bank (Palestinian Authority)") and an inverted
/// "Korea, North" form is turned round before giving up. Adjectival forms are not recognised, except
/// "Palestinian", which OFAC uses as a nationality.
/// </para>
/// </remarks>
public static partial class Countries
{
    private static readonly FrozenDictionary<string, CountryCode> ByCode;
    private static readonly FrozenDictionary<string, CountryCode> ByKey;
    private static readonly FrozenDictionary<string, string> NameByCode;

#pragma warning disable CA1810 // Two tables are built from one source in one pass; a static constructor says so best.
    static Countries()
#pragma warning restore CA1810
    {
        Dictionary<string, CountryCode> byCode = new(StringComparer.Ordinal);
        Dictionary<string, CountryCode> byKey = new(StringComparer.Ordinal);
        Dictionary<string, string> names = new(StringComparer.Ordinal);
        foreach ((string alpha2, string alpha3, string name) in Iso)
        {
            CountryCode code = CountryCode.Of(alpha3);
            names.Add(alpha3, name);
            byCode.Add(alpha3, code);
            if (alpha2.Length == 2)
            {
                byCode.Add(alpha2, code);
            }

            byKey.TryAdd(Key(name), code);
        }

        foreach ((string alpha3, string name) in Variants)
        {
            byKey.TryAdd(Key(name), CountryCode.Of(alpha3));
        }

        ByCode = byCode.ToFrozenDictionary(StringComparer.Ordinal);
        ByKey = byKey.ToFrozenDictionary(StringComparer.Ordinal);
        NameByCode = names.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Finds the country a name or an alpha-2 or alpha-3 code stands for.</summary>
    /// <param name="nameOrCode">A country name as a list writes it ("Iran (Islamic Republic of)", "Korea, North",
    /// "Burma"), or an ISO 3166-1 alpha-2 or alpha-3 code in any case.</param>
    /// <param name="code">The alpha-3 code found, or <c>default</c>.</param>
    /// <returns>False when the text is null, blank or not a known country.</returns>
    public static bool TryResolve(string? nameOrCode, out CountryCode code)
    {
        code = default;
        if (string.IsNullOrWhiteSpace(nameOrCode))
        {
            return false;
        }

        ReadOnlySpan<char> trimmed = nameOrCode.AsSpan().Trim();
        if (trimmed.Length is 2 or 3 && IsAsciiLetters(trimmed)
            && ByCode.TryGetValue(trimmed.ToString().ToUpperInvariant(), out code))
        {
            return true;
        }

        if (ByKey.TryGetValue(Key(nameOrCode), out code))
        {
            return true;
        }

        // "West Bank (Palestinian Authority)", "Tunisi (Tunisia)": try without, then inside, the parentheses.
        int open = nameOrCode.IndexOf('(', StringComparison.Ordinal);
        int close = nameOrCode.LastIndexOf(')');
        if (open >= 0 && close > open)
        {
            string outside = string.Concat(nameOrCode.AsSpan(0, open), nameOrCode.AsSpan(close + 1));
            if (!string.IsNullOrWhiteSpace(outside) && ByKey.TryGetValue(Key(outside), out code))
            {
                return true;
            }

            if (ByKey.TryGetValue(Key(nameOrCode.AsSpan(open + 1, close - open - 1)), out code))
            {
                return true;
            }
        }

        // "Korea, North" → "North Korea"; "Virgin Islands, British" → "British Virgin Islands".
        int comma = nameOrCode.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0 && comma == nameOrCode.LastIndexOf(','))
        {
            string turned = string.Concat(nameOrCode.AsSpan(comma + 1), " ", nameOrCode.AsSpan(0, comma));
            if (ByKey.TryGetValue(Key(turned), out code))
            {
                return true;
            }
        }

        code = default;
        return false;
    }

    /// <summary>The English short name of a country ("Iran", "North Korea"), or null for a code not in the table.</summary>
    public static string? NameOf(CountryCode code) =>
        NameByCode.TryGetValue(code.Value, out string? name) ? name : null;

    /// <summary>The comparison key of a name: upper-case ASCII letters and digits only, diacritics folded,
    /// a leading "THE" dropped and "ST" read as "SAINT".</summary>
    internal static string Key(ReadOnlySpan<char> text)
    {
        StringBuilder key = new(text.Length);
        StringBuilder word = new(16);
        bool first = true;
        foreach (char c in text)
        {
            if (c is >= 'a' and <= 'z')
            {
                word.Append((char)(c - 32));
            }
            else if (c is >= 'A' and <= 'Z' or >= '0' and <= '9')
            {
                word.Append(c);
            }
            else if (c is '\'' or '\u2019' or '\u2018' or '`' or '\u00B4' || c is >= '\u0300' and <= '\u036F')
            {
                // Apostrophes and combining marks join the letters around them: "d'Ivoire" is "DIVOIRE".
            }
            else if (c == '&')
            {
                EndWord(key, word, ref first);
                word.Append("AND");
                EndWord(key, word, ref first);
            }
            else if (Fold(c) is { } folded)
            {
                word.Append(folded);
            }
            else if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToUpperInvariant(c));
            }
            else
            {
                EndWord(key, word, ref first);
            }
        }

        EndWord(key, word, ref first);
        return key.ToString();
    }

    private static bool IsAsciiLetters(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static void EndWord(StringBuilder key, StringBuilder word, ref bool first)
    {
        if (word.Length == 0)
        {
            return;
        }

        bool isThe = word.Length == 3 && word[0] == 'T' && word[1] == 'H' && word[2] == 'E';
        if (!(first && isThe))
        {
            if (word.Length == 2 && word[0] == 'S' && word[1] == 'T')
            {
                key.Append("SAINT");
            }
            else
            {
                key.Append(word);
            }
        }

        first = false;
        word.Clear();
    }

    /// <summary>Upper-case ASCII for the Latin letters with diacritics that occur in country names and their variants.</summary>
    private static string? Fold(char c) => c switch
    {
        'À' or 'Á' or 'Â' or 'Ã' or 'Ä' or 'Å' or 'à' or 'á' or 'â' or 'ã' or 'ä' or 'å' or 'Ā' or 'ā' or 'Ă' or 'ă' or 'Ą' or 'ą' => "A",
        'Æ' or 'æ' => "AE",
        'Ç' or 'ç' or 'Ć' or 'ć' or 'Č' or 'č' => "C",
        'Ď' or 'ď' or 'Đ' or 'đ' => "D",
        'È' or 'É' or 'Ê' or 'Ë' or 'è' or 'é' or 'ê' or 'ë' or 'Ē' or 'ē' or 'Ė' or 'ė' or 'Ę' or 'ę' or 'Ě' or 'ě' => "E",
        'Ğ' or 'ğ' => "G",
        'Ì' or 'Í' or 'Î' or 'Ï' or 'ì' or 'í' or 'î' or 'ï' or 'Ī' or 'ī' or 'İ' or 'ı' => "I",
        'Ł' or 'ł' => "L",
        'Ñ' or 'ñ' or 'Ń' or 'ń' or 'Ň' or 'ň' => "N",
        'Ò' or 'Ó' or 'Ô' or 'Õ' or 'Ö' or 'Ø' or 'ò' or 'ó' or 'ô' or 'õ' or 'ö' or 'ø' or 'Ō' or 'ō' or 'Ő' or 'ő' => "O",
        'Œ' or 'œ' => "OE",
        'Ř' or 'ř' => "R",
        'Ś' or 'ś' or 'Ş' or 'ş' or 'Š' or 'š' or 'Ș' or 'ș' => "S",
        'ß' => "SS",
        'Ţ' or 'ţ' or 'Ť' or 'ť' or 'Ț' or 'ț' => "T",
        'Ù' or 'Ú' or 'Û' or 'Ü' or 'ù' or 'ú' or 'û' or 'ü' or 'Ū' or 'ū' or 'Ů' or 'ů' or 'Ű' or 'ű' => "U",
        'Ý' or 'ý' or 'ÿ' => "Y",
        'Ź' or 'ź' or 'Ż' or 'ż' or 'Ž' or 'ž' => "Z",
        _ => null,
    };
}
