using Vigil.Matching.Indexing;

namespace Vigil.Matching.Scoring;

/// <summary>How the parts of a traveler's name pair with the parts of one list name, and how well.</summary>
/// <remarks>Parts pair one to one, greedily by similarity, whatever their order; a part may also pair with two
/// adjacent parts of the other side written as one (<c>Abdulrahman</c> / <c>Abdul Rahman</c>).</remarks>
internal sealed class NameAlignment
{
    private const double MinimumSimilarity = 0.72;

    public required List<PartPair> Pairs { get; init; }

    /// <summary>Share of the traveler's name weight that found a partner (weighted by similarity).</summary>
    public double QueryCoverage { get; init; }

    /// <summary>Share of the list name's weight that found a partner (weighted by similarity).</summary>
    public double ListCoverage { get; init; }

    /// <summary>Weight (rarity) of the traveler's parts that matched: the absolute evidence.</summary>
    public double MatchedWeight { get; init; }

    /// <summary>Non-particle parts of the traveler's name.</summary>
    public int QueryParts { get; init; }

    /// <summary>Non-particle traveler parts that found a partner.</summary>
    public int MatchedQueryParts { get; init; }

    /// <summary>The traveler's parts that found no partner in this name.</summary>
    public required List<int> UnmatchedQuery { get; init; }

    /// <summary>The total weight of the traveler's parts.</summary>
    public double QueryWeight { get; init; }

    /// <summary>The same alignment with more of the traveler's name matched elsewhere (another name of the same subject).</summary>
    public NameAlignment WithAlsoMatched(double extraWeight, int extraParts, List<PartPair> extraPairs, List<int> stillUnmatched) => new()
    {
        Pairs = [.. Pairs, .. extraPairs],
        QueryCoverage = QueryWeight > 0 ? ((QueryCoverage * QueryWeight) + extraWeight) / QueryWeight : 0,
        ListCoverage = ListCoverage,
        MatchedWeight = MatchedWeight + extraWeight,
        QueryParts = QueryParts,
        MatchedQueryParts = MatchedQueryParts + extraParts,
        UnmatchedQuery = stillUnmatched,
        QueryWeight = QueryWeight,
    };

    public static NameAlignment Align(NamePart[] query, float[] queryWeights, NamePart[] list, float[] listWeights)
    {
        int q = query.Length;
        int l = list.Length;
        bool[] usedQ = new bool[q];
        bool[] usedL = new bool[l];
        List<(double Sim, int I, int J, string How)> options = [];
        for (int i = 0; i < q; i++)
        {
            for (int j = 0; j < l; j++)
            {
                (double sim, string how) = PartSimilarity.Compare(query[i], list[j]);
                if (sim >= MinimumSimilarity)
                {
                    options.Add((sim, i, j, how));
                }
            }
        }

        options.Sort((a, b) => b.Sim != a.Sim ? b.Sim.CompareTo(a.Sim) : (queryWeights[b.I] + listWeights[b.J]).CompareTo(queryWeights[a.I] + listWeights[a.J]));
        List<PartPair> pairs = [];
        double matchedQ = 0, matchedL = 0;
        foreach ((double sim, int i, int j, string how) in options)
        {
            if (usedQ[i] || usedL[j])
            {
                continue;
            }

            usedQ[i] = usedL[j] = true;
            pairs.Add(new PartPair(query[i].Original, list[j].Original, sim, how));
            matchedQ += sim * queryWeights[i];
            matchedL += sim * listWeights[j];
        }

        // A part written as one on one side and as two adjacent parts on the other.
        for (int i = 0; i < q; i++)
        {
            if (usedQ[i])
            {
                continue;
            }

            for (int j = 0; j + 1 < l; j++)
            {
                if (!usedL[j] && !usedL[j + 1] && Joined(query[i], list[j], list[j + 1]))
                {
                    usedQ[i] = usedL[j] = usedL[j + 1] = true;
                    pairs.Add(new PartPair(query[i].Original, list[j].Original + " " + list[j + 1].Original, 0.95, "joined"));
                    matchedQ += 0.95 * queryWeights[i];
                    matchedL += 0.95 * (listWeights[j] + listWeights[j + 1]);
                    break;
                }
            }
        }

        for (int j = 0; j < l; j++)
        {
            if (usedL[j])
            {
                continue;
            }

            for (int i = 0; i + 1 < q; i++)
            {
                if (!usedQ[i] && !usedQ[i + 1] && Joined(list[j], query[i], query[i + 1]))
                {
                    usedL[j] = usedQ[i] = usedQ[i + 1] = true;
                    pairs.Add(new PartPair(query[i].Original + " " + query[i + 1].Original, list[j].Original, 0.95, "joined"));
                    matchedQ += 0.95 * (queryWeights[i] + queryWeights[i + 1]);
                    matchedL += 0.95 * listWeights[j];
                    break;
                }
            }
        }

        double totalQ = 0, totalL = 0;
        int queryParts = 0, matchedParts = 0;
        for (int i = 0; i < q; i++)
        {
            totalQ += queryWeights[i];
            if (!query[i].IsParticle)
            {
                queryParts++;
                matchedParts += usedQ[i] ? 1 : 0;
            }
        }

        for (int j = 0; j < l; j++)
        {
            totalL += listWeights[j];
        }

        return new NameAlignment
        {
            Pairs = pairs,
            QueryCoverage = totalQ > 0 ? matchedQ / totalQ : 0,
            ListCoverage = totalL > 0 ? matchedL / totalL : 0,
            MatchedWeight = matchedQ,
            QueryParts = queryParts,
            MatchedQueryParts = matchedParts,
            UnmatchedQuery = [.. Enumerable.Range(0, q).Where(i => !usedQ[i])],
            QueryWeight = totalQ,
        };
    }

    private static bool Joined(NamePart whole, NamePart first, NamePart second)
    {
        string joined = first.Text + second.Text;
        return string.Equals(whole.Text, joined, StringComparison.Ordinal)
            || (whole.Key.Length > 0 && string.Equals(whole.Key, Text.SoundSkeleton.Key(joined), StringComparison.Ordinal))
            || (joined.Length >= 7 && EditDistance.Bounded(whole.Text, joined, 1) <= 1);
    }
}

/// <summary>A traveler name part paired with a list name part.</summary>
internal sealed record PartPair(string Query, string List, double Similarity, string How);
