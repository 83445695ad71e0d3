using Vigil.Screening.Decisions;

namespace Vigil.Screening.Checks;

/// <summary>A decision on a review item, to be stored only if the item has not moved since it was read.</summary>
/// <param name="ReviewId">The review item.</param>
/// <param name="ExpectedVersion">The item's version when it was read: the store refuses the decision when another
/// was stored since (<see cref="ReviewConflictException"/>).</param>
/// <param name="Actor">Who decides.</param>
/// <param name="Outcome">What.</param>
/// <param name="Note">The note, or null.</param>
/// <param name="State">The item's state after the decision.</param>
/// <param name="CarrierDecision">The carrier's answer after it; when it differs from the check's, the check takes it
/// with the rule <see cref="DecisionRule.Analyst"/>.</param>
public sealed record NewReviewDecision(
    long ReviewId,
    int ExpectedVersion,
    ReviewActor Actor,
    ReviewOutcome Outcome,
    string? Note,
    ReviewState State,
    Decision CarrierDecision);
