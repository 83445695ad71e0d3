namespace Vigil.Matching.Indexing;

/// <summary>Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions), bounded.</summary>
internal static class EditDistance
{
    /// <summary>The distance between <paramref name="a"/> and <paramref name="b"/>, or <paramref name="max"/> + 1 when larger.</summary>
    public static int Bounded(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        if (a.Length == 0 || b.Length == 0)
        {
            return Math.Max(a.Length, b.Length);
        }

        int columns = b.Length + 1;
        Span<int> previous2 = columns <= 64 ? stackalloc int[columns] : new int[columns];
        Span<int> previous = columns <= 64 ? stackalloc int[columns] : new int[columns];
        Span<int> current = columns <= 64 ? stackalloc int[columns] : new int[columns];
        for (int j = 0; j < columns; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            int rowMin = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
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

        return previous[b.Length];
    }
}
