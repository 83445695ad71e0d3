using System.Collections.Frozen;

namespace Vigil.Matching.Text;

/// <summary>Folds look-alike letters of Latin, Cyrillic and Greek inside a word that mixes those scripts.</summary>
/// <remarks>
/// <para>Works on normalized (lower-case) text, in place: every mapping is one character to one character.</para>
/// <para>A letter is <em>ambiguous</em> when it has a look-alike in another of the three scripts (Latin o, Cyrillic о, Greek ο),
/// in upper or lower case, since documents are often written in capitals (Cyrillic в looks like B). A word that holds
/// letters of two or more of the scripts is folded to the script with the most unambiguous letters in that word; on a tie,
/// to the script with the most unambiguous letters in the whole name; then to the script with the most letters in the
/// word; then to Latin. Words written in one
/// script are never touched. Because folding maps ambiguous letters to ambiguous letters, the unambiguous counts do not
/// change, and folding only adds letters to the winning script, so folding twice changes nothing.</para>
/// </remarks>
internal static class Homoglyphs
{
    private enum Script
    {
        None = 0,
        Latin = 1,
        Cyrillic = 2,
        Greek = 3,
    }

    private static readonly FrozenDictionary<char, char> CyrillicToLatin = new Dictionary<char, char>
    {
        ['а'] = 'a',
        ['в'] = 'b',
        ['е'] = 'e',
        ['ё'] = 'e',
        ['к'] = 'k',
        ['м'] = 'm',
        ['н'] = 'h',
        ['о'] = 'o',
        ['р'] = 'p',
        ['с'] = 'c',
        ['т'] = 't',
        ['у'] = 'y',
        ['х'] = 'x',
        ['і'] = 'i',
        ['ї'] = 'i',
        ['ј'] = 'j',
        ['ѕ'] = 's',
        ['ԁ'] = 'd',
        ['ԛ'] = 'q',
        ['ԝ'] = 'w',
        ['һ'] = 'h',
        ['ӏ'] = 'l',
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<char, char> GreekToLatin = new Dictionary<char, char>
    {
        ['α'] = 'a',
        ['β'] = 'b',
        ['ε'] = 'e',
        ['ζ'] = 'z',
        ['η'] = 'h',
        ['ι'] = 'i',
        ['κ'] = 'k',
        ['μ'] = 'm',
        ['ν'] = 'n',
        ['ο'] = 'o',
        ['ρ'] = 'p',
        ['τ'] = 't',
        ['υ'] = 'y',
        ['χ'] = 'x',
        ['ϲ'] = 'c',
        ['ϳ'] = 'j',
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<char, char> LatinToCyrillic = new Dictionary<char, char>
    {
        ['a'] = 'а',
        ['b'] = 'в',
        ['c'] = 'с',
        ['e'] = 'е',
        ['h'] = 'н',
        ['i'] = 'і',
        ['j'] = 'ј',
        ['k'] = 'к',
        ['m'] = 'м',
        ['o'] = 'о',
        ['p'] = 'р',
        ['s'] = 'ѕ',
        ['t'] = 'т',
        ['x'] = 'х',
        ['y'] = 'у',
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<char, char> LatinToGreek = new Dictionary<char, char>
    {
        ['a'] = 'α',
        ['b'] = 'β',
        ['e'] = 'ε',
        ['h'] = 'η',
        ['i'] = 'ι',
        ['k'] = 'κ',
        ['m'] = 'μ',
        ['n'] = 'ν',
        ['o'] = 'ο',
        ['p'] = 'ρ',
        ['t'] = 'τ',
        ['x'] = 'χ',
        ['y'] = 'υ',
        ['z'] = 'ζ',
    }.ToFrozenDictionary();

    // Ambiguous letters: those with a look-alike, and every letter a look-alike folds to, so that folding keeps the counts.
    private static readonly FrozenSet<char> AmbiguousLatin =
        LatinToCyrillic.Keys.Concat(LatinToGreek.Keys).Concat(CyrillicToLatin.Values).Concat(GreekToLatin.Values).ToFrozenSet();

    private static readonly FrozenSet<char> AmbiguousCyrillic = CyrillicToLatin.Keys.Concat(LatinToCyrillic.Values).ToFrozenSet();

    private static readonly FrozenSet<char> AmbiguousGreek = GreekToLatin.Keys.Concat(LatinToGreek.Values).ToFrozenSet();

    /// <summary>Folds look-alikes in every mixed-script word of <paramref name="text"/>, in place.</summary>
    /// <param name="text">Normalized text: lower case, words separated by single spaces.</param>
    public static void Fold(Span<char> text)
    {
        Counts name = default;
        bool nameCounted = false;
        int start = 0;
        while (start < text.Length)
        {
            int length = text[start..].IndexOf(' ');
            if (length < 0)
            {
                length = text.Length - start;
            }

            Span<char> word = text.Slice(start, length);
            start += length + 1;
            Counts counts = Count(word);
            if (!counts.IsMixed)
            {
                continue;
            }

            Script target = counts.Winner();
            if (target == Script.None)
            {
                if (!nameCounted)
                {
                    name = Count(text);
                    nameCounted = true;
                }

                target = name.Winner();
            }

            if (target == Script.None)
            {
                target = counts.MajorityOfAllLetters();
            }

            if (target == Script.None)
            {
                target = Script.Latin;
            }

            Apply(word, target);
        }
    }

    private static void Apply(Span<char> word, Script target)
    {
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            Script script = ScriptOf(c);
            if (script == target || script == Script.None)
            {
                continue;
            }

            FrozenDictionary<char, char>? map = (script, target) switch
            {
                (Script.Cyrillic, Script.Latin) => CyrillicToLatin,
                (Script.Greek, Script.Latin) => GreekToLatin,
                (Script.Latin, Script.Cyrillic) => LatinToCyrillic,
                (Script.Latin, Script.Greek) => LatinToGreek,
                _ => null,
            };
            if (map is not null && map.TryGetValue(c, out char folded))
            {
                word[i] = folded;
            }
        }
    }

    private static Counts Count(ReadOnlySpan<char> text)
    {
        Counts counts = default;
        foreach (char c in text)
        {
            switch (ScriptOf(c))
            {
                case Script.Latin:
                    counts.HasLatin = true;
                    counts.AllLatin++;
                    counts.Latin += AmbiguousLatin.Contains(c) ? 0 : 1;
                    break;
                case Script.Cyrillic:
                    counts.HasCyrillic = true;
                    counts.AllCyrillic++;
                    counts.Cyrillic += AmbiguousCyrillic.Contains(c) ? 0 : 1;
                    break;
                case Script.Greek:
                    counts.HasGreek = true;
                    counts.AllGreek++;
                    counts.Greek += AmbiguousGreek.Contains(c) ? 0 : 1;
                    break;
                default:
                    break;
            }
        }

        return counts;
    }

    private static Script ScriptOf(char c) => c switch
    {
        >= 'a' and <= 'z' => Script.Latin,
        < '\u00C0' => Script.None,
        <= '\u024F' or (>= '\u1E00' and <= '\u1EFF') or (>= '\u2C60' and <= '\u2C7F') or (>= '\uA720' and <= '\uA7FF')
            or (>= '\uAB30' and <= '\uAB6F') => char.IsLetter(c) ? Script.Latin : Script.None,
        (>= '\u0370' and <= '\u03FF') or (>= '\u1F00' and <= '\u1FFF') => char.IsLetter(c) ? Script.Greek : Script.None,
        (>= '\u0400' and <= '\u052F') or (>= '\u1C80' and <= '\u1C8F') or (>= '\u2DE0' and <= '\u2DFF')
            or (>= '\uA640' and <= '\uA69F') => char.IsLetter(c) ? Script.Cyrillic : Script.None,
        _ => Script.None,
    };

    private struct Counts
    {
        public int Latin;
        public int Cyrillic;
        public int Greek;
        public int AllLatin;
        public int AllCyrillic;
        public int AllGreek;
        public bool HasLatin;
        public bool HasCyrillic;
        public bool HasGreek;

        public readonly bool IsMixed => (HasLatin ? 1 : 0) + (HasCyrillic ? 1 : 0) + (HasGreek ? 1 : 0) > 1;

        /// <summary>The script with strictly the most unambiguous letters, or none on a tie.</summary>
        public readonly Script Winner() => Best(Latin, Cyrillic, Greek);

        /// <summary>The script with strictly the most letters, ambiguous or not, or none on a tie.</summary>
        public readonly Script MajorityOfAllLetters() => Best(AllLatin, AllCyrillic, AllGreek);

        private static Script Best(int latin, int cyrillic, int greek)
        {
            int best = Math.Max(latin, Math.Max(cyrillic, greek));
            if (best == 0)
            {
                return Script.None;
            }

            int winners = (latin == best ? 1 : 0) + (cyrillic == best ? 1 : 0) + (greek == best ? 1 : 0);
            if (winners > 1)
            {
                return Script.None;
            }

            return latin == best ? Script.Latin : cyrillic == best ? Script.Cyrillic : Script.Greek;
        }
    }
}
