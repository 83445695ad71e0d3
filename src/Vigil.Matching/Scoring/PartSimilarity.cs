using Vigil.Matching.Indexing;

namespace Vigil.Matching.Scoring;

/// <summary>How alike two name parts are, and why: exact, same sound skeleton (transliteration), edit distance
/// (typo), or an initial.</summary>
internal static class PartSimilarity
{
    public static (double Similarity, string How) Compare(NamePart query, NamePart list)
    {
        (double best, string how) = Compare(query.Text, query.Key, list);
        foreach ((string text, string key) in query.Variants)
        {
            (double sim, string h) = Compare(text, key, list);
            if (sim > best)
            {
                (best, how) = (sim, h);
            }
        }

        return (best, how);
    }

    private static (double, string) Compare(string text, string key, NamePart list)
    {
        if (string.Equals(text, list.Text, StringComparison.Ordinal))
        {
            return (1.0, "exact");
        }

        foreach ((string variant, string _) in list.Variants)
        {
            if (string.Equals(text, variant, StringComparison.Ordinal))
            {
                return (0.97, "transliteration");
            }
        }

        if (text.Length == 1 || list.Text.Length == 1)
        {
            return text[0] == list.Text[0] ? (0.75, "initial") : (0, "none");
        }

        int longest = Math.Max(text.Length, list.Text.Length);
        int budget = longest <= 4 ? 1 : longest <= 8 ? 2 : 3;
        int distance = EditDistance.Bounded(text, list.Text, budget);
        double textSimilarity = distance <= budget ? 1.0 - ((double)distance / longest) : 0;
        if (key.Length > 0 && string.Equals(key, list.Key, StringComparison.Ordinal))
        {
            // Same sound skeleton: a transliteration variant; closer spellings score a little higher.
            return (0.92 + (0.06 * textSimilarity), "transliteration");
        }

        if (distance <= budget)
        {
            double sim = distance == 1 ? 0.9 : 0.9 - (0.08 * (distance - 1)) - (longest <= 5 ? 0.05 : 0);
            return (sim, $"edit distance {distance}");
        }

        if (key.Length >= 3 && list.Key.Length >= 3 && EditDistance.Bounded(key, list.Key, 1) <= 1)
        {
            return (0.8, "phonetic, one sound apart");
        }

        return (0, "none");
    }
}
