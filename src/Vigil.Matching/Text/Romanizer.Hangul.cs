namespace Vigil.Matching.Text;

public static partial class Romanizer
{
    // Revised Romanization of Korean (2000), by syllable: initial, vowel and final as pronounced at the end of a
    // syllable. McCune-Reischauer spellings are reached through AddKoreanSyllable and the sound skeleton.
    private static readonly string[] HangulInitials =
        ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"];

    private static readonly string[] HangulVowels =
        ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"];

    private static readonly string[] HangulFinals =
        ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"];

    /// <summary>Appends Hangul syllables, each decomposed into its letters (Unicode 3.12: syllable = 0xAC00 +
    /// (initial × 21 + vowel) × 28 + final).</summary>
    private static void RomanizeHangul(ReadOnlySpan<char> run, ref CharBuffer buffer)
    {
        foreach (char c in run)
        {
            int index = c - '\uAC00';
            buffer.Append(HangulInitials[index / (21 * 28)]);
            buffer.Append(HangulVowels[index / 28 % 21]);
            buffer.Append(HangulFinals[index % 28]);
        }
    }
}
