using Vigil.Screening.Screen;

namespace Vigil.Screening.Evaluation;

/// <summary>Screens a labelled query set and scores the results as <c>score.py</c> does.</summary>
public static class QueryEvaluation
{
    /// <summary>Screens every traveler of <paramref name="set"/> with <paramref name="screener"/>, then scores.</summary>
    /// <param name="screener">The screener: index, threshold, parallelism.</param>
    /// <param name="set">The labelled queries.</param>
    /// <param name="label">A label for the report, or null.</param>
    /// <param name="progress">Told the number of travelers screened now and then, or null.</param>
    /// <param name="cancellationToken">Stops between chunks.</param>
    /// <returns>The report and the screening summary.</returns>
    public static (EvaluationReport Report, ScreeningSummary Screening) Run(
        BatchScreener screener, LabelledQuerySet set, string? label = null, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(screener);
        ArgumentNullException.ThrowIfNull(set);
        long started = screener.Time.GetTimestamp();
        List<EngineResult> results = new(set.Travelers.Length);
        int clear = 0, review = 0, errors = 0;
        foreach (TravelerScreening screening in screener.ScreenAll(set.Travelers, cancellationToken))
        {
            results.Add(EngineResult.From(screening));
            if (results.Count % 1024 == 0)
            {
                progress?.Report(results.Count);
            }

            _ = screening.Status switch
            {
                ScreeningStatus.Clear => clear++,
                ScreeningStatus.Review => review++,
                _ => errors++,
            };
        }

        ScreeningSummary summary = new(results.Count, clear, review, errors, screener.Time.GetElapsedTime(started));
        return (EvaluationScorer.Score(set.Queries, results, label), summary);
    }
}
