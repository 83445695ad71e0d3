namespace Vigil.Matching.Text;

/// <summary>Writes one normalized word of any script in Latin letters: Arabic, Persian, Urdu, Cyrillic, Greek, Hebrew and
/// Korean by Vigil's own rules, every other script through AnyAscii.</summary>
/// <remarks>
/// <para>Input is one word from <see cref="NameNormalizer.Tokens"/>. Latin words come back unchanged; romanized
/// letters come out as lower-case a-z (digits are kept).</para>
/// <para>Cyrillic and Greek follow ICAO Doc 9303 Part 3 (the transliteration in machine-readable passports).
/// Arabic script follows a common Anglo romanization without diacritics (th, kh, dh, sh, gh; q for qaf), with the
/// article written "al", "abd", "abu", "bin" and "ibn" as particles, long vowels written and short vowels not:
/// Arabic does not write them, and <see cref="SoundSkeleton"/> ignores vowels. README.md next to this file has the tables.</para>
/// </remarks>
public static partial class Romanizer
{
    private const int MaxVariants = 12;

    private enum Script
    {
        Other = 0,
        Arabic = 1,
        Cyrillic = 2,
        Greek = 3,
        Hebrew = 4,
        Hangul = 5,

        /// <summary>A script Vigil has no rules of its own for (Chinese characters, kana, Thai, Devanagari,
        /// Georgian, Armenian...): AnyAscii writes it.</summary>
        Transliterated = 6,
    }

    /// <summary>The usual Latin spelling of a normalized word.</summary>
    /// <param name="normalizedToken">One word of normalized text.</param>
    /// <returns>The word in Latin letters, or the word itself when it is Latin or of a script not romanized.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="normalizedToken"/> is null.</exception>
    public static string Romanize(string normalizedToken)
    {
        ArgumentNullException.ThrowIfNull(normalizedToken);
        return Romanize(normalizedToken, ArabicScheme.Default, CyrillicScheme.Icao, GreekScheme.Icao);
    }

    /// <summary>Several plausible Latin spellings of one normalized word, the usual one first.</summary>
    /// <param name="normalizedToken">One word of normalized text.</param>
    /// <returns>
    /// At most twelve distinct spellings; the first is <see cref="Romanize(string)"/>. For Arabic script: without the
    /// digraph guard (Latin "fathi" for فتحي), the sun-letter article assimilated ("ashshami"), waw as w, "el" for the article,
    /// th → t and dh → d, jim as Egyptian g, ta marbuta as "ah", the article left out or written "l" (Maghrebi), dad as z. For Cyrillic: ICAO, kh → h, the English y-forms (ya, yu, yo,
    /// ye-), the j-forms (ja, ju, j), -ov → -off, -iy → -i, and г → h for names of Arabic origin (Магомед = mahomed).
    /// A Latin word gives itself, with a French ch written sh (bouchakra, boushakra), a soft c written s (kacem,
    /// kasem), when it is one Korean syllable the initial of the other romanization (chol, jol), and when it is one
    /// Chinese syllable in Wade-Giles its pinyin spellings (hsin, xin). Hebrew gives kaf as kh and bet as v too.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="normalizedToken"/> is null.</exception>
    public static IReadOnlyList<string> Variants(string normalizedToken)
    {
        ArgumentNullException.ThrowIfNull(normalizedToken);
        Script script = SoleScript(normalizedToken);
        var variants = new List<string>(MaxVariants) { Romanize(normalizedToken) };
        switch (script)
        {
            case Script.Arabic:
                foreach (ArabicScheme scheme in ArabicVariantSchemes)
                {
                    Add(variants, Romanize(normalizedToken, scheme, CyrillicScheme.Icao, GreekScheme.Icao));
                }

                break;
            case Script.Cyrillic:
                foreach (CyrillicScheme scheme in CyrillicVariantSchemes)
                {
                    Add(variants, Romanize(normalizedToken, ArabicScheme.Default, scheme, GreekScheme.Icao));
                }

                break;
            case Script.Greek:
                Add(variants, Romanize(normalizedToken, ArabicScheme.Default, CyrillicScheme.Icao, GreekScheme.KhForChi));
                break;
            case Script.Hebrew:
                AddHebrewVariants(variants, normalizedToken);
                break;
            case Script.Hangul:
                AddKoreanSyllable(variants, variants[0]);
                break;
            default:
                if (FrenchSh(variants[0]) is { } respelt)
                {
                    Add(variants, respelt);
                }

                if (FrenchSoftC(variants[0]) is { } soft)
                {
                    Add(variants, soft);
                }

                AddKoreanSyllable(variants, variants[0]);
                AddWadeGilesSyllable(variants, variants[0]);
                break;
        }

        return variants;
    }

    /// <summary>The initials of a Korean syllable that McCune-Reischauer and the Revised Romanization write apart
    /// (and that the sound skeleton keys apart): ch/j, t/d, r/l, s/sh. Longest first.</summary>
    private static readonly (string Initial, string[] Others)[] KoreanInitials =
    [
        ("ch", ["j"]), ("j", ["ch"]), ("sh", ["s"]), ("t", ["d"]), ("d", ["t"]), ("r", ["l", ""]), ("l", ["r", ""]), ("s", ["sh"]),
    ];

    /// <summary>Korean syllable vowels as either system writes them (ŏ is eo or o, ŭ is eu or u).</summary>
    private static readonly string[] KoreanVowels =
        ["yae", "yeo", "wae", "ae", "ya", "yo", "yu", "ye", "eo", "eu", "oe", "wa", "wo", "we", "wi", "ui", "oo", "a", "e", "i", "o", "u"];

    /// <summary>Adds the other romanizations of a word that is one Korean syllable ("chol", "jong", "ri"): the
    /// initial as the other system writes it; nothing for any other word. Korean names are written syllable by
    /// syllable ("Pak Sun Gil", "Ri Hae-dok"), so one system's syllable is found under the other's.</summary>
    private static void AddKoreanSyllable(List<string> variants, string latin)
    {
        if (latin.Length is < 2 or > 6)
        {
            return;
        }

        // An r after a and before a final consonant is English spelling of a long a, not a Korean sound (Park = Pak
        // = Bak): no Korean syllable has it, so the syllable is the word without it.
        int r = latin.IndexOf("ar", StringComparison.Ordinal) + 1;
        if (r > 0 && r < latin.Length - 1 && latin.Length >= 4)
        {
            string without = latin.Remove(r, 1);
            if (IsKoreanSyllable(without))
            {
                Add(variants, without);
                latin = without;
            }
        }

        foreach ((string initial, string[] others) in KoreanInitials)
        {
            if (!latin.StartsWith(initial, StringComparison.Ordinal) || !IsKoreanRime(latin.AsSpan(initial.Length)))
            {
                continue;
            }

            foreach (string other in others)
            {
                // A dropped initial (Ri = I, Lim = Im) only before i or y, as in the South Korean spelling of Ri and Rim.
                if (other.Length > 0 || latin[initial.Length] is 'i' or 'y')
                {
                    Add(variants, string.Concat(other, latin.AsSpan(initial.Length)));
                }
            }

            return;
        }
    }

    /// <summary>An initial a Latin romanization writes (or none) and a Korean rime: "pak", "sun", "ri".</summary>
    private static bool IsKoreanSyllable(string latin)
    {
        int vowel = 0;
        while (vowel < latin.Length && vowel < 3 && latin[vowel] is not ('a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'w'))
        {
            vowel++;
        }

        return vowel < latin.Length && IsKoreanRime(latin.AsSpan(vowel));
    }

    /// <summary>A Korean vowel and an optional final consonant (k, n, t, l, m, p, ng).</summary>
    private static bool IsKoreanRime(ReadOnlySpan<char> rime)
    {
        foreach (string vowel in KoreanVowels)
        {
            if (rime.StartsWith(vowel, StringComparison.Ordinal))
            {
                ReadOnlySpan<char> final = rime[vowel.Length..];
                return final is "" or "k" or "n" or "t" or "l" or "m" or "p" or "ng";
            }
        }

        return false;
    }

    /// <summary>A Latin word with its French <c>ch</c> (the sound sh) written <c>sh</c>, as the English romanization
    /// of the same Arabic name has it (Chérif = Sharif, Bouchra = Bushra, Hachemi = Hashemi); null when the word has
    /// no such <c>ch</c>. Not after s or t (German sch, tch), which are sh already.</summary>
    internal static string? FrenchSh(string latin)
    {
        int at = latin.IndexOf("ch", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        char[] letters = latin.ToCharArray();
        bool changed = false;
        for (int i = at; i + 1 < letters.Length; i++)
        {
            if (letters[i] == 'c' && letters[i + 1] == 'h' && (i == 0 || (letters[i - 1] != 's' && letters[i - 1] != 't')))
            {
                letters[i] = 's';
                changed = true;
            }
        }

        return changed ? new string(letters) : null;
    }

    /// <summary>A Latin word with its French and Maghrebi soft <c>c</c> (before e, i, y) written <c>s</c>, as the
    /// English romanization of the same Arabic name has it (Kacem = Kasem = Qasim, Lahcen = Lahsen); null when the word
    /// has none.</summary>
    internal static string? FrenchSoftC(string latin)
    {
        int at = latin.IndexOf('c', StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        char[]? letters = null;
        for (int i = Math.Max(at, 1); i + 1 < latin.Length; i++)
        {
            // Not at the start (Cem, Cihan are Turkish c = j) and not in sc (Francesco).
            if (latin[i] == 'c' && latin[i + 1] is 'e' or 'i' or 'y' && latin[i - 1] != 's')
            {
                letters ??= latin.ToCharArray();
                letters[i] = 's';
            }
        }

        return letters is null ? null : new string(letters);
    }

    private static void Add(List<string> variants, string variant)
    {
        if (variants.Count < MaxVariants && variant.Length > 0 && !variants.Contains(variant))
        {
            variants.Add(variant);
        }
    }

    private static string Romanize(string token, ArabicScheme arabic, CyrillicScheme cyrillic, GreekScheme greek)
    {
        ReadOnlySpan<char> text = token;
        if (!text.ContainsAnyExceptInRange('\0', '\x7F'))
        {
            return token;
        }

        var buffer = new CharBuffer(stackalloc char[128]);
        try
        {
            bool changed = false;
            int start = 0;
            while (start < text.Length)
            {
                Script script = ScriptOf(text[start]);
                int end = start + 1;
                while (end < text.Length && ScriptOf(text[end]) == script)
                {
                    end++;
                }

                ReadOnlySpan<char> run = text[start..end];
                switch (script)
                {
                    case Script.Arabic:
                        RomanizeArabic(run, arabic, ref buffer);
                        changed = true;
                        break;
                    case Script.Cyrillic:
                        RomanizeCyrillic(run, cyrillic, ref buffer);
                        changed = true;
                        break;
                    case Script.Greek:
                        RomanizeGreek(run, greek, ref buffer);
                        changed = true;
                        break;
                    case Script.Hebrew:
                        RomanizeHebrew(run, ref buffer);
                        changed = true;
                        break;
                    case Script.Hangul:
                        RomanizeHangul(run, ref buffer);
                        changed = true;
                        break;
                    case Script.Transliterated:
                        Transliterate(run, ref buffer);
                        changed = true;
                        break;
                    default:
                        buffer.Append(run);
                        break;
                }

                start = end;
            }

            return changed ? buffer.Build() : token;
        }
        finally
        {
            buffer.Dispose();
        }
    }

    /// <summary>The one romanized script of the word, or <see cref="Script.Other"/> when it has none or several.</summary>
    private static Script SoleScript(ReadOnlySpan<char> text)
    {
        Script found = Script.Other;
        foreach (char c in text)
        {
            Script script = ScriptOf(c);
            if (script == Script.Other)
            {
                if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
                {
                    continue;
                }

                return Script.Other;
            }

            if (found != Script.Other && found != script)
            {
                return Script.Other;
            }

            found = script;
        }

        return found;
    }

    private static Script ScriptOf(char c) => c switch
    {
        < '\u0370' => Script.Other,
        <= '\u03FF' => Script.Greek,
        >= '\u0400' and <= '\u052F' => Script.Cyrillic,
        >= '\u0590' and <= '\u05FF' => char.IsLetter(c) ? Script.Hebrew : Script.Other,
        (>= '\u0600' and <= '\u06FF') or (>= '\u0750' and <= '\u077F') or (>= '\u08A0' and <= '\u08FF') =>
            char.IsLetter(c) ? Script.Arabic : Script.Other,
        >= '\uAC00' and <= '\uD7A3' => Script.Hangul,

        // Letters and the vowel signs written with them (Devanagari ि is a mark, not a letter), and both halves of
        // a character outside the BMP (rarer Chinese characters).
        (>= '\u0530' and < '\u2000') or (>= '\u2E80' and < '\uFB00') or (>= '\uD800' and <= '\uDFFF') =>
            char.IsLetterOrDigit(c) || char.IsSurrogate(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
                or System.Globalization.UnicodeCategory.SpacingCombiningMark ? Script.Transliterated : Script.Other,
        _ => Script.Other,
    };

    /// <summary>Appends a run of a script Vigil has no rules of its own for, as AnyAscii writes it (pinyin for
    /// Chinese characters, Hepburn for kana, the national romanizations of Georgian and Armenian...), lower case,
    /// letters and digits only.</summary>
    private static void Transliterate(ReadOnlySpan<char> run, ref CharBuffer buffer)
    {
        string ascii = AnyAscii.Transliteration.Transliterate(run.ToString());
        foreach (char c in ascii)
        {
            if (c is >= 'A' and <= 'Z')
            {
                buffer.Append((char)(c | 0x20));
            }
            else if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                buffer.Append(c);
            }
        }
    }

    /// <summary>Appends <paramref name="chunk"/>, first writing a vowel where the previous letter and this one would read as one Latin digraph.</summary>
    /// <remarks>س then ه is "s" + "h", not the "sh" of ش: a written "a" keeps them apart (the vowel Arabic leaves unwritten).</remarks>
    private static void AppendGuarded(ref CharBuffer buffer, string chunk, bool guard)
    {
        if (guard && buffer.Length > 0 && chunk.Length > 0 && FormsDigraph(buffer.Last, chunk))
        {
            buffer.Append('a');
        }

        buffer.Append(chunk);
    }

    private static bool FormsDigraph(char last, string next) => next[0] switch
    {
        'h' => last is 's' or 't' or 'k' or 'd' or 'z' or 'g' or 'c' or 'p',
        'j' => last is 'd',
        'z' => last is 'd' && next.StartsWith("zh", StringComparison.Ordinal),
        _ => false,
    };
}
