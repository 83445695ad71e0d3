using Vigil.Matching.Indexing;

namespace Vigil.Matching.Scoring;

/// <summary>How alike two name parts are, and why: exact, same sound skeleton (transliteration), edit distance
/// (typo), one sound apart (phonetic), or an initial.</summary>
internal static class PartSimilarity
{
    /// <summary>The similarity of a name with and without its "Abd" prefix.</summary>
    private const float PrefixSimilarity = 0.84f;

    public static PartMatch Compare(NamePart query, NamePart list)
    {
        PartMatch best = Compare(query.Text, query.Key, list);
        if (best.Kind == MatchKind.Exact)
        {
            return best;
        }

        foreach ((string text, string key) in query.Variants)
        {
            PartMatch match = Compare(text, key, list);
            if (match.Similarity > best.Similarity)
            {
                best = match;
            }
        }

        // "Abd al-Rahman" written without its "Abd", or a lone "Abd" taken into the next name on a document
        // ("Abd al-Huthi"): the rest of the name sounds the same.
        if (best.Similarity < PrefixSimilarity
            && ((query.TailKey is { Length: >= 3 } tail && string.Equals(tail, list.Key, StringComparison.Ordinal))
                || (list.TailKey is { Length: >= 3 } listTail && string.Equals(listTail, query.Key, StringComparison.Ordinal))))
        {
            best = new PartMatch(PrefixSimilarity, MatchKind.WithoutPrefix);
        }

        return best;
    }

    private static PartMatch Compare(string text, string key, NamePart list)
    {
        if (string.Equals(text, list.Text, StringComparison.Ordinal))
        {
            return new PartMatch(1.0f, MatchKind.Exact);
        }

        foreach ((string variant, string _) in list.Variants)
        {
            if (string.Equals(text, variant, StringComparison.Ordinal))
            {
                return new PartMatch(0.97f, MatchKind.Transliteration);
            }
        }

        if (text.Length == 1 || list.Text.Length == 1)
        {
            return text[0] == list.Text[0] ? new PartMatch(0.75f, MatchKind.Initial) : PartMatch.None;
        }

        int longest = Math.Max(text.Length, list.Text.Length);
        int budget = longest <= 4 ? 1 : longest <= 8 ? 2 : 3;
        int distance = EditDistance.Bounded(text, list.Text, budget);
        float textSimilarity = distance <= budget ? 1f - ((float)distance / longest) : 0;
        if (key.Length > 0 && string.Equals(key, list.Key, StringComparison.Ordinal))
        {
            // Same sound skeleton: a transliteration variant; closer spellings score a little higher.
            return new PartMatch(0.92f + (0.06f * textSimilarity), MatchKind.Transliteration);
        }

        if (distance <= budget)
        {
            float sim = distance == 1 ? 0.9f : 0.9f - (0.08f * (distance - 1)) - (longest <= 5 ? 0.05f : 0);
            return new PartMatch(sim, MatchKind.EditDistance, (byte)distance);
        }

        if (key.Length >= 3 && list.Key.Length >= 3 && EditDistance.Bounded(key, list.Key, 1) <= 1)
        {
            return new PartMatch(0.8f, MatchKind.Phonetic);
        }

        return PartMatch.None;
    }
}
