using System.Collections.Immutable;
using Vigil.Matching;
using Vigil.Screening.Screen;

namespace Vigil.Screening.Evaluation;

/// <summary>One result line of a screening engine, as the evaluation sees it.</summary>
/// <param name="Id">The query id; a result without one is not used.</param>
/// <param name="IsReview">True when the status is <c>review</c>; false for <c>clear</c> and for an error line.</param>
/// <param name="Hits">The hits in the order given (best first).</param>
public sealed record EngineResult(string? Id, bool IsReview, ImmutableArray<EngineHit> Hits)
{
    /// <summary>What a query without a result line counts as: clear, with no hits.</summary>
    public static EngineResult Missing { get; } = new(null, false, []);

    /// <summary>The result line <see cref="BatchScreener"/> writes for <paramref name="screening"/>.</summary>
    public static EngineResult From(TravelerScreening screening)
    {
        ArgumentNullException.ThrowIfNull(screening);
        ImmutableArray<EngineHit>.Builder hits = ImmutableArray.CreateBuilder<EngineHit>(screening.Hits.Length);
        foreach (MatchHit hit in screening.Hits)
        {
            hits.Add(new EngineHit(hit.Subject.Listing.SourceId, hit.Score));
        }

        return new EngineResult(screening.Id, screening.Status == ScreeningStatus.Review, hits.MoveToImmutable());
    }
}
