namespace Vigil.Formats.Cusres;

/// <content>The letters without their accents. Vigil runs with invariant globalization, where
/// <see cref="string.Normalize()"/> does not decompose, so the Latin letters' canonical decompositions are tabled
/// here.</content>
internal sealed partial class CusresCharacterSet
{
    /// <summary>For U+00C0 to U+024F (Latin-1 Supplement letters, Latin Extended-A and B), the ASCII letter whose
    /// canonical decomposition (NFD) is that letter and combining marks only; a space when there is none.</summary>
    /// <remarks>Written from Python's <c>unicodedata</c>: for each character, <c>nfd[0]</c> when <c>nfd</c> is longer
    /// than one, <c>nfd[0]</c> is an ASCII letter and the rest are combining marks.</remarks>
    private const string LatinLetters =
        "AAAAAA CEEEEIIII NOOOOO  UUUUY  aaaaaa ceeeeiiii nooooo  uuuuy y"
        + "AaAaAaCcCcCcCcDd  EeEeEeEeEeGgGgGgGgHh  IiIiIiIiI   JjKk LlLlLl "
        + "   NnNnNn   OoOoOo  RrRrRrSsSsSsSsTtTt  UuUuUuUuUuUuWwYyYZzZzZz "
        + "                                Oo             Uu               "
        + "             AaIiOoUuUuUuUuUu AaAa    GgKkOoOo  j   Gg  NnAa    "
        + "AaAaEeEeIiIiOoOoRrRrUuUuSsTt  Hh      AaEeOoOoOoOoYy            "
        + "                ";

    /// <summary>The same for U+1E00 to U+1EFF (Latin Extended Additional: Vietnamese and other letters with two
    /// accents).</summary>
    private const string LatinAdditionalLetters =
        "AaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIiKkKkKkLlLlLlLlMm"
        + "MmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRrSsSsSsSsSsTtTtTtTtUuUuUuUuUuVvVv"
        + "WwWwWwWwWwXxXxYyZzZzZzhtwy      AaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEe"
        + "EeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYy      ";

    /// <summary>The ASCII letter of an accented Latin letter (<c>é</c> gives <c>e</c>, <c>Ǻ</c> <c>A</c>,
    /// <c>ệ</c> <c>e</c>), or null.</summary>
    private static char? LatinBase(int c)
    {
        char letter = c switch
        {
            >= 0xC0 and <= 0x24F => LatinLetters[c - 0xC0],
            >= 0x1E00 and <= 0x1EFF => LatinAdditionalLetters[c - 0x1E00],
            _ => ' ',
        };
        return letter == ' ' ? null : letter;
    }
}
