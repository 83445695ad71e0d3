using System.Text;

namespace Vigil.Synthetic.Names;

/// <summary>Changes to a written name: other romanizations, typing errors, reordering, dropped parts.</summary>
internal static class Spelling
{
    /// <summary>Romanization choices that lists, documents and travelers make differently; either side may become
    /// the other.</summary>
    private static readonly (string A, string B)[] Alternatives =
    [
        ("ou", "u"), ("oo", "u"), ("ee", "i"), ("kh", "h"), ("q", "k"), ("dh", "z"), ("th", "t"), ("dj", "j"),
        ("y", "i"), ("iy", "i"), ("a", "e"), ("o", "u"), ("sh", "ch"), ("al-", "el-"), ("al-", "al "), ("al-", ""),
        ("-", " "), ("ei", "ey"), ("ai", "ay"), ("ph", "f"), ("w", "ou"), ("mm", "m"), ("dd", "d"), ("ss", "s"),
        ("ll", "l"), ("tt", "t"), ("j", "dj"), ("x", "kh"), ("c", "k"), ("z", "dh"), ("ie", "i"), ("ev", "iev"),
        ("ov", "off"), ("ch", "tch"), ("gh", "g"), ("u", "oo"), ("i", "ee"), ("é", "e"), ("ç", "c"), ("ş", "s"),
        ("ğ", "g"), ("ı", "i"), ("ö", "o"), ("ü", "u"), ("í", "i"), ("á", "a"), ("ó", "o"), ("ñ", "n"),
    ];

    private const string Vowels = "aeiou";
    private const string Consonants = "bcdfghjklmnprstvyz";

    /// <summary>The name as another romanization might write it; a typing error when no alternative applies.</summary>
    public static string Respell(string name, Rng rng)
    {
        for (int attempt = 0; attempt < 12; attempt++)
        {
            (string a, string b) = rng.Pick(Alternatives);
            (string from, string to) = rng.Chance(0.5) ? (a, b) : (b, a);
            if (from.Length == 0)
            {
                continue;
            }

            int count = Occurrences(name, from);
            if (count == 0)
            {
                continue;
            }

            int at = -1;
            for (int k = rng.Next(count); k >= 0; k--)
            {
                at = name.IndexOf(from, at + 1, StringComparison.OrdinalIgnoreCase);
            }

            if (!StandsAlone(name, at, from))
            {
                continue;
            }

            string replaced = name[..at] + MatchCase(name, at, to) + name[(at + from.Length)..];
            if (!string.Equals(replaced, name, StringComparison.Ordinal) && HasLetters(replaced))
            {
                return replaced;
            }
        }

        return Typo(name, rng);
    }

    /// <summary>One typing error: a letter replaced, dropped, doubled, or swapped with the next.</summary>
    public static string Typo(string name, Rng rng)
    {
        List<int> letters = [];
        for (int i = 1; i < name.Length; i++)
        {
            // The first letter of a name part is seldom mistyped; leave it, as the evaluation sets of screening do.
            if (char.IsLetter(name[i]) && char.IsLetter(name[i - 1]))
            {
                letters.Add(i);
            }
        }

        if (letters.Count == 0)
        {
            return name;
        }

        int at = rng.Pick(letters);
        char c = name[at];
        bool upper = char.IsUpper(c);
        StringBuilder text = new(name);
        switch (rng.Next(4))
        {
            case 0:
                string pool = Vowels.Contains(char.ToLowerInvariant(c), StringComparison.Ordinal) ? Vowels : Consonants;
                char other = pool[rng.Next(pool.Length)];
                if (char.ToLowerInvariant(c) == other)
                {
                    other = pool[(pool.IndexOf(other, StringComparison.Ordinal) + 1) % pool.Length];
                }

                text[at] = upper ? char.ToUpperInvariant(other) : other;
                break;
            case 1:
                text.Remove(at, 1);
                break;
            case 2:
                text.Insert(at, c);
                break;
            default:
                if (at + 1 < name.Length && char.IsLetter(name[at + 1]) && name[at + 1] != c)
                {
                    text[at] = name[at + 1];
                    text[at + 1] = c;
                }
                else
                {
                    text.Remove(at, 1);
                }

                break;
        }

        return text.ToString();
    }

    /// <summary>The name with its words in another order: the last word first, or the first word last.</summary>
    public static string Reorder(string name, Rng rng)
    {
        string[] words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            return name;
        }

        return rng.Chance(0.7)
            ? words[^1] + " " + string.Join(' ', words[..^1])
            : string.Join(' ', words[1..]) + " " + words[0];
    }

    /// <summary>The name without one of its middle words (a second given name, a father's name); null when it has
    /// fewer than three words.</summary>
    public static string? DropMiddle(string name, Rng rng)
    {
        string[] words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3)
        {
            return null;
        }

        int drop = rng.Between(1, words.Length - 2);

        // A particle stays with what follows it: "bin Salim" goes as a whole.
        int from = drop, to = drop;
        if (IsParticle(words[drop]) && drop + 1 < words.Length - 1)
        {
            to = drop + 1;
        }
        else if (drop > 1 && IsParticle(words[drop - 1]))
        {
            from = drop - 1;
        }

        return string.Join(' ', words[..from].Concat(words[(to + 1)..]));
    }

    /// <summary>The name in capitals (as travel documents write it), each word capitalized, in lower case, or as it was.</summary>
    public static string Case(string name, Rng rng)
    {
        double u = rng.NextDouble();
        return u < 0.35 ? name.ToUpperInvariant()
            : u < 0.5 ? SyllableModel.Capitalize(name.ToLowerInvariant())
            : u < 0.53 ? name.ToLowerInvariant()
            : name;
    }

    private static bool IsParticle(string word) =>
        word.ToLowerInvariant() is "bin" or "ibn" or "bint" or "ben" or "bent" or "ould" or "de" or "del" or "la" or "abu" or "abou" or "umm" or "abd";

    /// <summary>False when a one-letter <paramref name="from"/> belongs to a digraph or a vowel cluster: the h of kh,
    /// the u of ou. Replacing it alone would write what no romanization writes (Kkhamid, Tasaooon).</summary>
    private static bool StandsAlone(string name, int at, string from)
    {
        if (from.Length != 1)
        {
            return true;
        }

        char before = at > 0 ? char.ToLowerInvariant(name[at - 1]) : ' ';
        char after = at + 1 < name.Length ? char.ToLowerInvariant(name[at + 1]) : ' ';
        return from[0] switch
        {
            'h' => !"ksgtdczp".Contains(before, StringComparison.Ordinal),
            'a' or 'e' or 'i' or 'o' or 'u' or 'y' => !Vowels.Contains(before, StringComparison.Ordinal) && !Vowels.Contains(after, StringComparison.Ordinal),
            _ => before != char.ToLowerInvariant(from[0]) && after != char.ToLowerInvariant(from[0]),
        };
    }

    private static int Occurrences(string text, string value)
    {
        int count = 0;
        for (int i = text.IndexOf(value, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.OrdinalIgnoreCase))
        {
            count++;
        }

        return count;
    }

    /// <summary>The replacement in the case of what it replaces: upper case in an upper-case word, capitalized at
    /// the start of a capitalized word.</summary>
    private static string MatchCase(string name, int at, string replacement)
    {
        if (replacement.Length == 0 || !char.IsUpper(name[at]))
        {
            return replacement;
        }

        bool wordUpper = (at > 0 && char.IsUpper(name[at - 1])) || (at + 1 < name.Length && char.IsUpper(name[at + 1]));
        return wordUpper ? replacement.ToUpperInvariant() : char.ToUpperInvariant(replacement[0]) + replacement[1..];
    }

    private static bool HasLetters(string text)
    {
        foreach (char c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }
}
