using System.Text.Json;
using Vigil.Screening.Audit;
using Vigil.Screening.Decisions;

namespace Vigil.Screening.Checks;

/// <summary>Analysts decide review items: confirm, clear or escalate, with a note. The carrier's answer changes with
/// the decision (<see cref="ReviewRules"/>), in the same transaction as the item's history and the audit entry.</summary>
/// <remarks>The actor is a <see cref="ReviewActor"/>, whatever authenticated it (an API key today).</remarks>
public sealed class ReviewDecisions(ICheckStore checks, IAuditLog audit)
{
    /// <summary>Decides a review item.</summary>
    /// <param name="reviewId">The item.</param>
    /// <param name="outcome">What.</param>
    /// <param name="note">A note, or null.</param>
    /// <param name="actor">Who.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    public async Task<ReviewDecisionResult> DecideAsync(long reviewId, ReviewOutcome outcome, string? note, ReviewActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ReviewItem? item = await checks.GetReviewAsync(reviewId, cancellationToken).ConfigureAwait(false);
        if (item is null)
        {
            return new ReviewDecisionResult(ReviewRefusal.None, null) { IsNotFound = true };
        }

        IReadOnlyList<ReviewDecisionRecord> history = await checks.GetReviewDecisionsAsync(reviewId, cancellationToken).ConfigureAwait(false);
        ReviewStep step = ReviewRules.Apply(item, history, actor, outcome);
        if (step.Refusal != ReviewRefusal.None)
        {
            return new ReviewDecisionResult(step.Refusal, null) { Item = item };
        }

        string? kept = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        NewReviewDecision decision = new(reviewId, item.Version, actor, outcome, kept, step.State, step.CarrierDecision);
        AuditEntry entry = new(actor.Id, "review.decide", $"review:{reviewId} {item.Check.CheckId}")
        {
            Detail = JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["outcome"] = OutcomeName(outcome),
                ["state"] = ReviewJson.StateName(step.State),
                ["decision"] = DecisionNames.ToName(step.CarrierDecision),
            }),
        };
        try
        {
            ReviewDecisionRecord stored = await checks.DecideReviewAsync(decision, entry, cancellationToken).ConfigureAwait(false);
            return new ReviewDecisionResult(ReviewRefusal.None, stored) { Item = item };
        }
        catch (ReviewConflictException)
        {
            // Another decision was stored since the item was read (another analyst, another node): this one lost.
            return new ReviewDecisionResult(ReviewRefusal.NotOpen, null) { Item = item, IsConflict = true };
        }
    }

    /// <summary>A review item with its decisions, oldest first, recorded as read by <paramref name="actor"/>; null for
    /// an unknown item.</summary>
    public async Task<(ReviewItem Item, IReadOnlyList<ReviewDecisionRecord> Decisions)?> GetAsync(long reviewId, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ReviewItem? item = await checks.GetReviewAsync(reviewId, cancellationToken).ConfigureAwait(false);
        if (item is null)
        {
            return null;
        }

        IReadOnlyList<ReviewDecisionRecord> decisions = await checks.GetReviewDecisionsAsync(reviewId, cancellationToken).ConfigureAwait(false);
        await audit.AppendAsync(new AuditEntry(actor, "review.read", $"review:{reviewId}"), cancellationToken).ConfigureAwait(false);
        return (item, decisions);
    }

    /// <summary>The wire name of an outcome: <c>confirm</c>, <c>clear</c> or <c>escalate</c>.</summary>
    public static string OutcomeName(ReviewOutcome outcome) => outcome switch
    {
        ReviewOutcome.Confirm => "confirm",
        ReviewOutcome.Clear => "clear",
        ReviewOutcome.Escalate => "escalate",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Not a review outcome."),
    };

    /// <summary>Reads an outcome's wire name.</summary>
    public static bool TryParseOutcome(string? text, out ReviewOutcome outcome)
    {
        foreach (ReviewOutcome candidate in Enum.GetValues<ReviewOutcome>())
        {
            if (string.Equals(OutcomeName(candidate), text, StringComparison.Ordinal))
            {
                outcome = candidate;
                return true;
            }
        }

        outcome = default;
        return false;
    }
}

/// <summary>What came of a decision.</summary>
/// <param name="Refusal">Why it was refused, or <see cref="ReviewRefusal.None"/>.</param>
/// <param name="Decision">The decision as kept, or null when refused.</param>
public sealed record ReviewDecisionResult(ReviewRefusal Refusal, ReviewDecisionRecord? Decision)
{
    /// <summary>True when there is no such item.</summary>
    public bool IsNotFound { get; init; }

    /// <summary>True when another decision on the item was stored between reading it and storing this one.</summary>
    public bool IsConflict { get; init; }

    /// <summary>The item as it was read before the decision, or null when not found.</summary>
    public ReviewItem? Item { get; init; }
}
