using System.Collections.Immutable;

namespace Vigil.Screening.Evaluation;

/// <summary>Scores an engine's results against labelled queries exactly as the evaluation set's <c>score.py</c> does.</summary>
/// <remarks>
/// <para>
/// A port of <c>score.py score</c>, kept line for line so both give the same numbers: results are found by id (the
/// last result line of an id wins); a query without a result counts as clear with no hits. Per kind: recall is the
/// share of queries with status review whose expected <c>sourceId</c> is among the hits; recall@1 the share with
/// status review whose first hit is the expected one; an innocent kind has the share with status review as its alert
/// rate. Thresholds are chosen on the best-hit scores of the kind <c>innocent</c> (0 without hits): the score at
/// rank ⌊rate × N⌋ in descending order, so that at most that share scores strictly above it; a positive counts for
/// recall@FPR when its best score is strictly above the threshold and the expected subject is among its hits,
/// whatever its status. Denominators are the number of queries of the kind (positives overall, at least 1).
/// </para>
/// <para>Kinds are ordered by ordinal comparison, which is Python's order for the ASCII kinds of the sets.</para>
/// </remarks>
public static class EvaluationScorer
{
    /// <summary>The thresholds <c>score.py</c> reports, by name and innocent alert rate.</summary>
    private static readonly (string Name, double Rate)[] Rates = [("1%", 0.01), ("0.1%", 0.001)];

    /// <summary>Scores <paramref name="results"/> against <paramref name="queries"/>.</summary>
    public static EvaluationReport Score(IReadOnlyList<LabelledQuery> queries, IEnumerable<EngineResult> results, string? label = null)
    {
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(results);
        Dictionary<string, EngineResult> byId = new(StringComparer.Ordinal);
        foreach (EngineResult result in results)
        {
            if (result.Id is not null)
            {
                byId[result.Id] = result;
            }
        }

        int missing = 0;
        Dictionary<string, Row> rows = new(StringComparer.Ordinal);
        List<double> negativeScores = [];
        List<(string Kind, double Best, bool Found)> positives = [];
        foreach (LabelledQuery query in queries)
        {
            if (!byId.TryGetValue(query.Id, out EngineResult? result))
            {
                missing++;
                result = EngineResult.Missing;
            }

            ImmutableArray<EngineHit> hits = result.Hits.IsDefault ? [] : result.Hits;
            bool review = result.IsReview;
            if (!rows.TryGetValue(query.Kind, out Row? row))
            {
                rows[query.Kind] = row = new Row();
            }

            row.Count++;
            double best = Best(hits);
            if (!query.IsPositive)
            {
                row.Negatives++;
                row.Alerts += review ? 1 : 0;
                if (query.Kind == "innocent")
                {
                    negativeScores.Add(best);
                }
            }
            else
            {
                bool found = query.Expect is not null && hits.Any(h => h.SourceId == query.Expect);
                row.Hit += review && found ? 1 : 0;
                row.Top1 += review && hits.Length > 0 && query.Expect is not null && hits[0].SourceId == query.Expect ? 1 : 0;
                positives.Add((query.Kind, best, found));
            }
        }

        ImmutableArray<AlertThreshold> thresholds = negativeScores.Count == 0
            ? []
            : [.. Rates.Select(r => new AlertThreshold(r.Name, r.Rate, ThresholdFor(negativeScores, r.Rate)))];
        ImmutableArray<KindScore>.Builder kinds = ImmutableArray.CreateBuilder<KindScore>(rows.Count);
        int allCount = 0, allHit = 0, allTop1 = 0;
        foreach ((string kind, Row row) in rows.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            if (kind is "innocent" or "namesake" || row.Negatives == row.Count)
            {
                kinds.Add(new KindScore(kind, row.Count) { AlertRate = (double)row.Alerts / row.Count });
                continue;
            }

            kinds.Add(new KindScore(kind, row.Count)
            {
                Recall = (double)row.Hit / row.Count,
                RecallAtOne = (double)row.Top1 / row.Count,
                RecallAtOnePercentFpr = thresholds.IsEmpty ? null : (double)CountAbove(positives, kind, thresholds[0].Score) / row.Count,
                RecallAtTenthPercentFpr = thresholds.IsEmpty ? null : (double)CountAbove(positives, kind, thresholds[1].Score) / row.Count,
            });
            allCount += row.Count;
            allHit += row.Hit;
            allTop1 += row.Top1;
        }

        int n = allCount == 0 ? 1 : allCount;
        OverallScore overall = new(allCount, (double)allHit / n, (double)allTop1 / n)
        {
            InnocentAlertRate = AlertRateOf(kinds, "innocent"),
            NamesakeAlertRate = AlertRateOf(kinds, "namesake"),
            CommonNameAlertRate = AlertRateOf(kinds, "common-innocent"),
            Thresholds = thresholds,
            RecallAtOnePercentFpr = thresholds.IsEmpty ? null : (double)CountAbove(positives, null, thresholds[0].Score) / n,
            RecallAtTenthPercentFpr = thresholds.IsEmpty ? null : (double)CountAbove(positives, null, thresholds[1].Score) / n,
        };
        return new EvaluationReport(label, queries.Count, missing, kinds.ToImmutable(), overall);
    }

    /// <summary><c>threshold_for</c>: the smallest score t such that at most rate × N innocents score strictly above t.</summary>
    internal static double ThresholdFor(List<double> negativeScores, double rate)
    {
        List<double> sorted = [.. negativeScores];
        sorted.Sort((a, b) => b.CompareTo(a));

        // Python's int() truncates, and rate * len is the same IEEE product in both languages.
        int k = (int)(rate * sorted.Count);
        return k < sorted.Count ? sorted[k] : 0.0;
    }

    private static double Best(ImmutableArray<EngineHit> hits)
    {
        if (hits.IsEmpty)
        {
            return 0.0;
        }

        double best = double.NegativeInfinity;
        foreach (EngineHit hit in hits)
        {
            best = Math.Max(best, hit.Score);
        }

        return best;
    }

    private static int CountAbove(List<(string Kind, double Best, bool Found)> positives, string? kind, double threshold)
    {
        int count = 0;
        foreach ((string k, double best, bool found) in positives)
        {
            if ((kind is null || k == kind) && found && best > threshold)
            {
                count++;
            }
        }

        return count;
    }

    private static double? AlertRateOf(ImmutableArray<KindScore>.Builder kinds, string kind)
    {
        foreach (KindScore score in kinds)
        {
            if (score.Kind == kind)
            {
                return score.AlertRate;
            }
        }

        return null;
    }

    private sealed class Row
    {
        public int Count { get; set; }

        public int Hit { get; set; }

        public int Top1 { get; set; }

        public int Alerts { get; set; }

        public int Negatives { get; set; }
    }
}
