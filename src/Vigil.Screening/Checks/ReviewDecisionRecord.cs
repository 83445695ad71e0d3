using Vigil.Screening.Decisions;

namespace Vigil.Screening.Checks;

/// <summary>One decision in a review item's history, as kept.</summary>
/// <param name="ReviewId">The review item.</param>
/// <param name="Version">The item's version this decision made (1 for its first decision, then 2, 3…).</param>
/// <param name="DecidedAt">When (UTC).</param>
/// <param name="Actor">Who.</param>
/// <param name="Outcome">What was decided.</param>
/// <param name="Note">The decider's note, or null.</param>
/// <param name="State">The item's state after the decision.</param>
/// <param name="CarrierDecision">The carrier's answer after the decision.</param>
public sealed record ReviewDecisionRecord(
    long ReviewId,
    int Version,
    DateTimeOffset DecidedAt,
    ReviewActor Actor,
    ReviewOutcome Outcome,
    string? Note,
    ReviewState State,
    Decision CarrierDecision);
