using System.Text.Json;
using Vigil.Domain;
using Vigil.Screening.Decisions;

namespace Vigil.Screening.Checks;

/// <summary>What a decision does to a review item and to the carrier's answer: a pure function of the item, its
/// history, who decides and what.</summary>
/// <remarks>
/// <list type="bullet">
/// <item>Only an open, awaiting-second or escalated item is decided; an escalated item (or one escalated before) only
/// by a supervisor or an admin.</item>
/// <item><c>confirm</c>: the answer the policy gave stands, except that <c>contact</c> (a hit on a no-board entry, a
/// custody anomaly) becomes <c>no-board</c>. A no-board answer needs two different people: the first confirm leaves
/// the item awaiting a second, and the carrier keeps the answer he had; a confirm by another person closes it.</item>
/// <item><c>clear</c>: the hits that gave the policy's answer were false matches. The carrier's answer is
/// <c>board</c>, or <c>selectee</c> when the answer was stronger than selectee and a hit on a secondary-screening
/// entry remains (<see cref="Cleared"/>).</item>
/// <item><c>escalate</c>: the item goes to supervisors; the carrier keeps his answer.</item>
/// </list>
/// </remarks>
public static class ReviewRules
{
    /// <summary>Decides what a decision does, or why it is refused.</summary>
    /// <param name="item">The item as read.</param>
    /// <param name="history">Its decisions so far, oldest first.</param>
    /// <param name="actor">Who decides.</param>
    /// <param name="outcome">What.</param>
    public static ReviewStep Apply(ReviewItem item, IReadOnlyList<ReviewDecisionRecord> history, ReviewActor actor, ReviewOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(actor);
        if (item.State is ReviewState.Closed or ReviewState.Withdrawn)
        {
            return ReviewStep.Refuse(ReviewRefusal.NotOpen);
        }

        bool escalated = item.State == ReviewState.Escalated || history.Any(d => d.Outcome == ReviewOutcome.Escalate);
        if (escalated && !actor.IsSupervisorOrAbove)
        {
            return ReviewStep.Refuse(ReviewRefusal.SupervisorsOnly);
        }

        Decision current = item.Check.Decision;
        switch (outcome)
        {
            case ReviewOutcome.Escalate:
                return item.State == ReviewState.Escalated
                    ? ReviewStep.Refuse(ReviewRefusal.NotOpen)
                    : new ReviewStep(ReviewState.Escalated, current);

            case ReviewOutcome.Clear:
                return new ReviewStep(ReviewState.Closed, Cleared(item.Check.PolicyDecision, HitCategories(item.Check.HitsJson)));

            case ReviewOutcome.Confirm:
                Decision confirmed = Confirmed(item.Check.PolicyDecision);
                if (confirmed != Decision.NoBoard)
                {
                    return new ReviewStep(ReviewState.Closed, confirmed);
                }

                // Four eyes. An earlier confirm of an item still undecided can only be a first one, waiting for a second
                // person (perhaps since escalated).
                ReviewDecisionRecord? first = history.LastOrDefault(d => d.Outcome == ReviewOutcome.Confirm);
                if (first is null)
                {
                    // A first confirm; on an escalated item it stays with supervisors.
                    return new ReviewStep(item.State == ReviewState.Escalated ? ReviewState.Escalated : ReviewState.AwaitingSecond, current)
                    {
                        AwaitsSecond = true,
                    };
                }

                return string.Equals(first.Actor.Id, actor.Id, StringComparison.Ordinal)
                    ? ReviewStep.Refuse(ReviewRefusal.SamePerson)
                    : new ReviewStep(ReviewState.Closed, Decision.NoBoard);

            default:
                throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Not a review outcome.");
        }
    }

    /// <summary>The carrier's answer once an analyst confirms the policy's: <c>contact</c> becomes <c>no-board</c>,
    /// any other answer stands.</summary>
    public static Decision Confirmed(Decision policyDecision) => policyDecision >= Decision.Contact ? Decision.NoBoard : policyDecision;

    /// <summary>The carrier's answer once an analyst clears the hits that gave the policy's answer: <c>selectee</c> when
    /// that answer was stronger than selectee and a hit on a secondary-screening entry remains, else <c>board</c>.</summary>
    /// <param name="policyDecision">The policy's answer.</param>
    /// <param name="hitCategories">The listing categories of the check's hits.</param>
    public static Decision Cleared(Decision policyDecision, IEnumerable<ListingCategory> hitCategories)
    {
        ArgumentNullException.ThrowIfNull(hitCategories);
        return policyDecision > Decision.Selectee && hitCategories.Contains(ListingCategory.SecondaryScreening) ? Decision.Selectee : Decision.Board;
    }

    /// <summary>The listing categories of a check's stored hits (their subject as it was at the check).</summary>
    public static IReadOnlyList<ListingCategory> HitCategories(string hitsJson)
    {
        ArgumentNullException.ThrowIfNull(hitsJson);
        using JsonDocument hits = JsonDocument.Parse(hitsJson);
        List<ListingCategory> found = [];
        if (hits.RootElement.ValueKind != JsonValueKind.Array)
        {
            return found;
        }

        foreach (JsonElement hit in hits.RootElement.EnumerateArray())
        {
            if (hit.ValueKind == JsonValueKind.Object
                && hit.TryGetProperty("subject", out JsonElement subject) && subject.ValueKind == JsonValueKind.Object
                && subject.TryGetProperty("category", out JsonElement category) && category.ValueKind == JsonValueKind.String
                && ListingCategories.TryParse(category.GetString(), out ListingCategory parsed))
            {
                found.Add(parsed);
            }
        }

        return found;
    }
}

/// <summary>Why a decision is refused.</summary>
public enum ReviewRefusal
{
    /// <summary>Not refused.</summary>
    None = 0,

    /// <summary>The item is closed or withdrawn (or already escalated, for an escalation).</summary>
    NotOpen = 1,

    /// <summary>The person who gave the first confirm of a no-board answer cannot give the second.</summary>
    SamePerson = 2,

    /// <summary>The item was escalated: only supervisors and admins decide it.</summary>
    SupervisorsOnly = 3,
}

/// <summary>What a decision does: the item's new state and the carrier's answer, or why it is refused.</summary>
/// <param name="State">The item's state after the decision.</param>
/// <param name="CarrierDecision">The carrier's answer after it.</param>
public sealed record ReviewStep(ReviewState State, Decision CarrierDecision)
{
    /// <summary>Why the decision is refused, or <see cref="ReviewRefusal.None"/>.</summary>
    public ReviewRefusal Refusal { get; init; }

    /// <summary>True for the first confirm of a no-board answer, which waits for a second person.</summary>
    public bool AwaitsSecond { get; init; }

    /// <summary>A refused decision.</summary>
    public static ReviewStep Refuse(ReviewRefusal refusal) => new(default, default) { Refusal = refusal };
}
