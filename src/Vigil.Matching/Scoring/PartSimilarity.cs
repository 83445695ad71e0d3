using Vigil.Matching.Indexing;

namespace Vigil.Matching.Scoring;

/// <summary>How alike two name parts are, and why: exact, same sound skeleton (transliteration), edit distance
/// (typo), one sound apart (phonetic), or an initial.</summary>
internal static class PartSimilarity
{
    /// <summary>The similarity of a name with and without its "Abd" prefix.</summary>
    private const float PrefixSimilarity = 0.84f;

    /// <summary>The similarity of a name and its nisba (Ahmad / Ahmadi).</summary>
    private const float NisbaSimilarity = 0.78f;

    /// <summary>The similarity of two names whose sound skeletons are one sound apart, spelt alike.</summary>
    private const float PhoneticSimilarity = 0.80f;

    /// <summary>What the similarity of names one sound apart loses as their spellings differ, at the most (half
    /// their letters).</summary>
    private const float PhoneticSpread = 0.16f;

    /// <summary>The similarity of a long part and its beginning written alone ("Maximil" / "Maximilian").</summary>
    private const float ShortenedSimilarity = 0.78f;

    /// <summary>The fewest letters a part cut short keeps: fewer leave a name of its own (Max, Alex, Abdul).</summary>
    private const int ShortenedLetters = 5;

    /// <summary>A part read back from a character reader's confusion counts this share of the similarity it then has.</summary>
    private const float OcrShare = 0.9f;

    public static PartMatch Compare(NamePart query, NamePart list)
    {
        PartMatch best = Compare(query.Text, query.Key, list);
        if (best.Kind == PartMatchKind.Exact)
        {
            return best;
        }

        // "Qasirn" on a scanned document is "Qasim": read back, it matches, a little less surely.
        if (query.OcrReading is { } read)
        {
            PartMatch reading = Compare(read.Text, read.Key, list);
            if (reading.Similarity * OcrShare > best.Similarity)
            {
                best = new PartMatch(reading.Similarity * OcrShare, PartMatchKind.Ocr);
            }
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
            best = new PartMatch(PrefixSimilarity, PartMatchKind.WithoutPrefix);
        }

        // "Maximilian" cut to "Maximil" where a field is too short: the beginning of a long part (five letters kept,
        // three or more missing). Weaker than a spelling variant, since some names begin with another (Ahmad,
        // Ahmadzai): alone it never makes a hit.
        if (best.Similarity < ShortenedSimilarity && !query.IsParticle && !list.IsParticle
            && (IsShortened(query.Text, list.Text) || IsShortened(list.Text, query.Text)))
        {
            best = new PartMatch(ShortenedSimilarity, PartMatchKind.Shortened);
        }

        // "Ghodratollah" written "Ghodrat": the name without its "-ullah" ending.
        if (best.Similarity < PrefixSimilarity
            && ((query.HeadKey is { Length: >= 2 } head && string.Equals(head, list.Key, StringComparison.Ordinal))
                || (list.HeadKey is { Length: >= 2 } listHead && string.Equals(listHead, query.Key, StringComparison.Ordinal))))
        {
            best = new PartMatch(PrefixSimilarity, PartMatchKind.WithoutSuffix);
        }

        return best;
    }

    private static PartMatch Compare(string text, string key, NamePart list)
    {
        if (string.Equals(text, list.Text, StringComparison.Ordinal))
        {
            return new PartMatch(1.0f, PartMatchKind.Exact);
        }

        foreach ((string variant, string _) in list.Variants)
        {
            if (string.Equals(text, variant, StringComparison.Ordinal))
            {
                return new PartMatch(0.97f, PartMatchKind.Transliteration);
            }
        }

        if (text.Length == 1 || list.Text.Length == 1)
        {
            return text[0] == list.Text[0] ? new PartMatch(0.75f, PartMatchKind.Initial) : PartMatch.None;
        }

        // "Ahmadi" is not "Ahmad": the nisba ending makes another name (of Ahmad), though the skeletons agree.
        if (IsNisbaOf(text, list.Text) || IsNisbaOf(list.Text, text))
        {
            return new PartMatch(NisbaSimilarity, PartMatchKind.Nisba);
        }

        int longest = Math.Max(text.Length, list.Text.Length);
        bool sameKey = key.Length > 0 && string.Equals(key, list.Key, StringComparison.Ordinal);
        if (key.Length > 0 && !sameKey)
        {
            // The list part written another way (romanized from its script, or respelt) may sound the same.
            foreach ((string variant, string variantKey) in list.Variants)
            {
                if (string.Equals(key, variantKey, StringComparison.Ordinal))
                {
                    return SameSkeleton(text, variant);
                }
            }
        }

        if (sameKey)
        {
            if (EndsInNisba(text) != EndsInNisba(list.Text) && (EndsInConsonant(text) || EndsInConsonant(list.Text)))
            {
                return new PartMatch(NisbaSimilarity, PartMatchKind.Nisba);
            }

            return SameSkeleton(text, list.Text);
        }

        int budget = longest <= 4 ? 1 : longest <= 8 ? 2 : 3;
        int distance = EditDistance.Bounded(text, list.Text, budget);
        if (distance <= budget)
        {
            // A typo weighs more in a short name; a different first letter is rarer as a typo than as another name.
            float sim = 0.97f - (0.55f * distance / longest) - (text[0] != list.Text[0] ? 0.04f : 0);
            return sim >= NameAlignment.MinimumSimilarity ? new PartMatch(sim, PartMatchKind.EditDistance, (byte)distance) : PartMatch.None;
        }

        // Skeletons one sound apart: another name as often as a variant ("Menga" / "Maliq"), unless the spellings
        // agree too. Up to half the letters may differ; the closer the spellings, the surer.
        if (key.Length >= 3 && list.Key.Length >= 3 && EditDistance.Bounded(key, list.Key, 1) <= 1)
        {
            int spelling = EditDistance.Bounded(text, list.Text, longest / 2);
            if (spelling <= longest / 2)
            {
                return new PartMatch(PhoneticSimilarity - (PhoneticSpread * spelling / longest), PartMatchKind.Phonetic);
            }
        }

        return PartMatch.None;
    }

    /// <summary>Two spellings of the same sound skeleton: a transliteration variant. How close the spellings are
    /// decides how sure: the skeleton drops vowels, so "Joe" and "Yu" share one as "Muhammad" and "Mohammed" do.</summary>
    private static PartMatch SameSkeleton(string text, string listed)
    {
        int longest = Math.Max(text.Length, listed.Length);
        int spelling = EditDistance.Bounded(text, listed, longest / 2);
        float closeness = spelling <= longest / 2 ? 1f - ((float)spelling / longest) : 0;
        return new PartMatch(closeness > 0 ? 0.75f + (0.23f * closeness) : 0.73f, PartMatchKind.Transliteration);
    }

    private static bool IsShortened(string shorter, string longer) =>
        shorter.Length >= ShortenedLetters && longer.Length >= shorter.Length + 3 && longer.StartsWith(shorter, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="longer"/> is <paramref name="shorter"/> with a nisba ending (-i, -y, -ee,
    /// -ie, -iy), <paramref name="shorter"/> ending in a consonant.</summary>
    private static bool IsNisbaOf(string longer, string shorter)
    {
        int extra = longer.Length - shorter.Length;
        if (extra is < 1 or > 2 || shorter.Length < 3 || IsVowel(shorter[^1]) || !longer.StartsWith(shorter, StringComparison.Ordinal))
        {
            return false;
        }

        ReadOnlySpan<char> ending = longer.AsSpan(shorter.Length);
        return ending is "i" or "y" or "ee" or "ie" or "iy";
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static bool EndsInConsonant(string text) => text.Length > 0 && !IsVowel(text[^1]);

    /// <summary>A consonant then -i, -y, -ee, -ie or -iy at the end: "Mohamadi", "Ahmady".</summary>
    private static bool EndsInNisba(string text)
    {
        int vowels = text.EndsWith("ee", StringComparison.Ordinal) || text.EndsWith("ie", StringComparison.Ordinal) || text.EndsWith("iy", StringComparison.Ordinal) ? 2
            : text.EndsWith('i') || text.EndsWith('y') ? 1
            : 0;
        return vowels > 0 && text.Length > vowels + 2 && !IsVowel(text[^(vowels + 1)]);
    }
}
