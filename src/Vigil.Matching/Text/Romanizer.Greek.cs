using System.Collections.Frozen;

namespace Vigil.Matching.Text;

public static partial class Romanizer
{
    /// <summary>Choices in the romanization of Greek; <see cref="Icao"/> is the one <see cref="Romanize(string)"/> makes.</summary>
    private enum GreekScheme
    {
        Icao = 0,
        KhForChi = 1,
    }

    // ICAO Doc 9303 Part 3, transliteration of Greek; ου is written ou.
    private static readonly FrozenDictionary<char, string> GreekLetters = new Dictionary<char, string>
    {
        ['α'] = "a",
        ['β'] = "v",
        ['γ'] = "g",
        ['δ'] = "d",
        ['ε'] = "e",
        ['ζ'] = "z",
        ['η'] = "i",
        ['θ'] = "th",
        ['ι'] = "i",
        ['κ'] = "k",
        ['λ'] = "l",
        ['μ'] = "m",
        ['ν'] = "n",
        ['ξ'] = "x",
        ['ο'] = "o",
        ['π'] = "p",
        ['ρ'] = "r",
        ['σ'] = "s",
        ['ς'] = "s",
        ['τ'] = "t",
        ['υ'] = "y",
        ['φ'] = "f",
        ['χ'] = "ch",
        ['ψ'] = "ps",
        ['ω'] = "o",
        ['ϲ'] = "s",
        ['ϳ'] = "j",
    }.ToFrozenDictionary();

    private static void RomanizeGreek(ReadOnlySpan<char> word, GreekScheme scheme, ref CharBuffer buffer)
    {
        for (int i = 0; i < word.Length; i++)
        {
            char c = char.ToLowerInvariant(word[i]);
            if (c == 'ο' && i + 1 < word.Length && word[i + 1] == 'υ')
            {
                buffer.Append("ou");
                i++;
                continue;
            }

            if (c == 'χ' && scheme == GreekScheme.KhForChi)
            {
                buffer.Append("kh");
                continue;
            }

            if (GreekLetters.TryGetValue(c, out string? latin))
            {
                buffer.Append(latin);
            }
        }
    }
}
