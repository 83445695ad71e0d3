namespace Vigil.Screening.Decisions;

/// <summary>What the decision policy says of one screened traveler.</summary>
/// <param name="Decision">The carrier's answer.</param>
/// <param name="Rule">The rule that produced it.</param>
/// <param name="NeedsReview">True when an analyst is to look at it: every decision other than a plain board, and a
/// board with a hit on a monitor entry.</param>
/// <param name="IsCustodyAnomaly">True when a confident hit named a subject whose current custody status says he
/// cannot travel (detained, convicted, deceased): reviewed first, whatever the listing category.</param>
public sealed record DecisionOutcome(Decision Decision, DecisionRule Rule, bool NeedsReview, bool IsCustodyAnomaly)
{
    /// <summary>Board, no hit, nothing to review.</summary>
    public static DecisionOutcome Clear { get; } = new(Decision.Board, DecisionRule.NoHit, NeedsReview: false, IsCustodyAnomaly: false);
}
