using Vigil.Screening.Audit;

namespace Vigil.Screening.Checks;

/// <summary>Where checks, their decisions and the review items they raise are kept. Implemented for SQLite and
/// PostgreSQL.</summary>
/// <remarks>
/// <para>Every write is one transaction that also appends its audit entry to the audit chain (see
/// <see cref="IAuditLog"/>): the check and the record of who made it are kept together or not at all.
/// Writes from concurrent callers may be committed together in one transaction (group commit); each call
/// returns once its own rows are committed.</para>
/// <para>A review item is created for every check whose <see cref="Decisions.DecisionOutcome.NeedsReview"/> is
/// true.</para>
/// </remarks>
public interface ICheckStore : IAsyncDisposable
{
    /// <summary>Stores checks (and their review items) with one audit entry, in one transaction.</summary>
    Task RecordAsync(IReadOnlyList<NewCheck> checks, AuditEntry audit, CancellationToken cancellationToken);

    /// <summary>Stores the checks of a received message's travelers and marks the message screened, in one
    /// transaction, so that a message is screened exactly once even when two processes screen it at once or the
    /// process dies half-way.</summary>
    /// <param name="messageId">The message, which must be <see cref="Messages.MessageState.Received"/>.</param>
    /// <param name="summaryJson">The screening summary, as for <see cref="Messages.IMessageStore.MarkScreenedAsync"/>.</param>
    /// <param name="checks">One check per traveler.</param>
    /// <param name="audit">The audit entry.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The message, now <see cref="Messages.MessageState.Screened"/>.</returns>
    /// <exception cref="KeyNotFoundException">No such message.</exception>
    /// <exception cref="Messages.MessageStateException">The message is not received (another process screened it):
    /// nothing is stored.</exception>
    Task<Messages.MessageRecord> RecordScreenedMessageAsync(
        long messageId, string summaryJson, IReadOnlyList<NewCheck> checks, AuditEntry audit, CancellationToken cancellationToken);

    /// <summary>One check, or null.</summary>
    Task<CheckRecord?> GetAsync(string checkId, CancellationToken cancellationToken);

    /// <summary>The latest check of each traveler of a flight (by <see cref="CheckRecord.TravelerId"/>), ordered
    /// by traveler id.</summary>
    Task<IReadOnlyList<CheckRecord>> GetFlightAsync(FlightKey flight, CancellationToken cancellationToken);

    /// <summary>Review items, custody anomalies first, then by departure time.</summary>
    Task<IReadOnlyList<ReviewItem>> GetReviewsAsync(ReviewQuery query, CancellationToken cancellationToken);

    /// <summary>One review item, or null.</summary>
    Task<ReviewItem?> GetReviewAsync(long id, CancellationToken cancellationToken);

    /// <summary>The decisions of a review item, oldest first; empty for an unknown item.</summary>
    Task<IReadOnlyList<ReviewDecisionRecord>> GetReviewDecisionsAsync(long id, CancellationToken cancellationToken);

    /// <summary>Stores a decision on a review item in one transaction: the item's new state and version, its history
    /// row, the check's new answer (with the rule <see cref="Decisions.DecisionRule.Analyst"/>, when the answer
    /// changes) and the audit entry.</summary>
    /// <remarks>The item's update applies only while its version is still
    /// <see cref="NewReviewDecision.ExpectedVersion"/> and it is neither closed nor withdrawn, so of two processes
    /// deciding one item at once, one wins and the other is refused.</remarks>
    /// <returns>The decision as kept.</returns>
    /// <exception cref="ReviewConflictException">The item moved since it was read (or does not exist): nothing was
    /// stored.</exception>
    Task<ReviewDecisionRecord> DecideReviewAsync(NewReviewDecision decision, AuditEntry audit, CancellationToken cancellationToken);
}
