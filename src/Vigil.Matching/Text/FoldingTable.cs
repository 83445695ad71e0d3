using System.Collections.Frozen;

namespace Vigil.Matching.Text;

/// <summary>The per-character folding of <see cref="NameNormalizer"/>: compatibility forms, case and Latin/Greek diacritics.</summary>
/// <remarks>The data (FoldingTable.Data.cs) is written by FoldingTable.generator.py from the Unicode character
/// database, because Vigil runs with InvariantGlobalization, where <see cref="string.Normalize()"/> does not
/// normalize. Every folded form is a fixed point: no character of a folded form is itself folded.</remarks>
internal static partial class FoldingTable
{
    private static readonly FrozenDictionary<int, string> Map = BuildMap();

    // Canonical compositions of a lower-case Cyrillic or Arabic letter with a following combining mark, for text
    // that arrives decomposed (NFD). Latin and Greek marks are simply dropped, so they need no entry here.
    private static readonly FrozenDictionary<int, char> Compositions = BuildCompositions();

    /// <summary>Looks up the folded form of <paramref name="codePoint"/>; false when it folds to itself.</summary>
    public static bool TryFold(int codePoint, out string? folded) => Map.TryGetValue(codePoint, out folded);

    /// <summary>Composes <paramref name="baseLetter"/> with the combining <paramref name="mark"/> that follows it, when Unicode has such a letter.</summary>
    public static bool TryCompose(char baseLetter, int mark, out char composed) =>
        Compositions.TryGetValue((baseLetter << 16) | mark, out composed);

    private static FrozenDictionary<int, string> BuildMap()
    {
        var map = new Dictionary<int, string>(4096);
        foreach ((string folded, string sources) in CreateGroups())
        {
            foreach (System.Text.Rune rune in sources.EnumerateRunes())
            {
                map[rune.Value] = folded;
            }
        }

        return map.ToFrozenDictionary();
    }

    private static FrozenDictionary<int, char> BuildCompositions()
    {
        // (base, combining mark, composed)
        (char Base, int Mark, char Composed)[] pairs =
        [
            ('\u0438', 0x0306, '\u0439'), // и + breve = й
            ('\u0443', 0x0306, '\u045E'), // у + breve = ў
            ('\u0435', 0x0308, '\u0451'), // е + diaeresis = ё
            ('\u0456', 0x0308, '\u0457'), // і + diaeresis = ї
            ('\u0433', 0x0301, '\u0453'), // г + acute = ѓ
            ('\u043A', 0x0301, '\u045C'), // к + acute = ќ
            ('\u0438', 0x0304, '\u04E3'), // и + macron = ӣ
            ('\u0443', 0x0304, '\u04EF'), // у + macron = ӯ
            ('\u0430', 0x0306, '\u04D1'), // а + breve = ӑ
            ('\u0430', 0x0308, '\u04D3'), // а + diaeresis = ӓ
            ('\u0435', 0x0306, '\u04D7'), // е + breve = ӗ
            ('\u0436', 0x0306, '\u04C2'), // ж + breve = ӂ
            ('\u043E', 0x0308, '\u04E7'), // о + diaeresis = ӧ
            ('\u0443', 0x0308, '\u04F1'), // у + diaeresis = ӱ
            ('\u044B', 0x0308, '\u04F9'), // ы + diaeresis = ӹ
            ('\u044D', 0x0308, '\u04ED'), // э + diaeresis = ӭ
            ('\u0447', 0x0308, '\u04F5'), // ч + diaeresis = ӵ
            ('\u0436', 0x0308, '\u04DD'), // ж + diaeresis = ӝ
            ('\u0437', 0x0308, '\u04DF'), // з + diaeresis = ӟ
            ('\u0438', 0x0308, '\u04E5'), // и + diaeresis = ӥ
            ('\u04D9', 0x0308, '\u04DB'), // ә + diaeresis = ӛ
            ('\u04E9', 0x0308, '\u04EB'), // ө + diaeresis = ӫ
            ('\u0443', 0x030B, '\u04F3'), // у + double acute = ӳ
            ('\u0438', 0x0300, '\u045D'), // и + grave = ѝ
            ('\u0435', 0x0300, '\u0450'), // е + grave = ѐ
            ('\u0627', 0x0653, '\u0622'), // alef + madda = alef with madda
            ('\u0627', 0x0654, '\u0623'), // alef + hamza above
            ('\u0627', 0x0655, '\u0625'), // alef + hamza below
            ('\u0648', 0x0654, '\u0624'), // waw + hamza above
            ('\u064A', 0x0654, '\u0626'), // yeh + hamza above
            ('\u06D5', 0x0654, '\u06C0'), // ae + hamza above
            ('\u06C1', 0x0654, '\u06C2'), // heh goal + hamza above
            ('\u06D2', 0x0654, '\u06D3'), // yeh barree + hamza above
        ];
        var compositions = new Dictionary<int, char>(pairs.Length);
        foreach ((char b, int mark, char composed) in pairs)
        {
            compositions[(b << 16) | mark] = composed;
        }

        return compositions.ToFrozenDictionary();
    }
}
