using System.Numerics;
using System.Runtime.CompilerServices;

namespace Vigil.Matching.Indexing;

/// <summary>Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions), bounded.</summary>
internal static class EditDistance
{
    /// <summary>The distance between <paramref name="a"/> and <paramref name="b"/>, or <paramref name="max"/> + 1 when larger.</summary>
    /// <remarks>Cheap refusals first: a length difference, or letters of one spelling absent from the other (each
    /// needs an edit of its own), beyond <paramref name="max"/>. Then the shared start and end are set aside, and only
    /// the cells within <paramref name="max"/> of the diagonal are computed.</remarks>
    [SkipLocalsInit]
    public static int Bounded(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        int prefix = a.CommonPrefixLength(b);
        a = a[prefix..];
        b = b[prefix..];
        int suffix = 0;
        while (suffix < a.Length && suffix < b.Length && a[^(suffix + 1)] == b[^(suffix + 1)])
        {
            suffix++;
        }

        a = a[..^suffix];
        b = b[..^suffix];
        if (a.Length == 0 || b.Length == 0)
        {
            return Math.Max(a.Length, b.Length);
        }

        ulong lettersA = Letters(a), lettersB = Letters(b);
        if (BitOperations.PopCount(lettersA & ~lettersB) > max || BitOperations.PopCount(lettersB & ~lettersA) > max)
        {
            return max + 1;
        }

        int columns = b.Length + 1;
        int beyond = max + 1;
        Span<int> previous2 = columns <= 64 ? stackalloc int[columns] : new int[columns];
        Span<int> previous = columns <= 64 ? stackalloc int[columns] : new int[columns];
        Span<int> current = columns <= 64 ? stackalloc int[columns] : new int[columns];
        for (int j = 0; j < columns; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            // Cells further than max from the diagonal cannot lead to a distance within max.
            int from = Math.Max(1, i - max), to = Math.Min(b.Length, i + max);
            current[from - 1] = from == 1 ? i : beyond;
            if (to < b.Length)
            {
                current[to + 1] = beyond;
            }

            int rowMin = beyond;
            char ai = a[i - 1];
            for (int j = from; j <= to; j++)
            {
                int cost = ai == b[j - 1] ? 0 : 1;
                int value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && ai == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            Span<int> swap = previous2;
            previous2 = previous;
            previous = current;
            current = swap;
        }

        return Math.Min(previous[b.Length], beyond);
    }

    /// <summary>The set of characters of a spelling, each as one of 64 bits (characters sharing a bit only weaken
    /// the refusal, never make it wrong).</summary>
    private static ulong Letters(ReadOnlySpan<char> text)
    {
        ulong set = 0;
        foreach (char c in text)
        {
            set |= 1UL << (c & 63);
        }

        return set;
    }
}
