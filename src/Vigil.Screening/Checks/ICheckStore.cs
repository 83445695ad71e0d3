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
}
