namespace Vigil.Domain;

/// <summary>Detects the script of a name from its letters.</summary>
public static class NameScripts
{
    /// <summary>The script most of the letters of <paramref name="text"/> belong to.</summary>
    /// <remarks>Digits, punctuation, spaces and combining marks do not count. Returns
    /// <see cref="NameScript.Unknown"/> for text without letters.</remarks>
    public static NameScript Detect(ReadOnlySpan<char> text)
    {
        Span<int> counts = stackalloc int[11];
        foreach (char c in text)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            counts[(int)Of(c)]++;
        }

        int best = 0;
        for (int i = 1; i < counts.Length; i++)
        {
            if (counts[i] > counts[best])
            {
                best = i;
            }
        }

        return counts[best] == 0 ? NameScript.Unknown : (NameScript)best;
    }

    /// <summary>The script of one letter.</summary>
    public static NameScript Of(char c) => c switch
    {
        <= '\u024F' => char.IsLetter(c) ? NameScript.Latin : NameScript.Unknown,
        >= '\u1E00' and <= '\u1EFF' => NameScript.Latin,
        >= '\u0370' and <= '\u03FF' => NameScript.Greek,
        >= '\u0400' and <= '\u052F' => NameScript.Cyrillic,
        >= '\u0590' and <= '\u05FF' => NameScript.Hebrew,
        >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\u08A0' and <= '\u08FF'
            or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF' => NameScript.Arabic,
        >= '\u0900' and <= '\u0DFF' => NameScript.Brahmic,
        >= '\u1100' and <= '\u11FF' or >= '\uAC00' and <= '\uD7AF' or >= '\u3130' and <= '\u318F' => NameScript.Hangul,
        >= '\u3040' and <= '\u30FF' => NameScript.Kana,
        >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' => NameScript.Han,
        _ => NameScript.Other,
    };
}
