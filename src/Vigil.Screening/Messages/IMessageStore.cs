namespace Vigil.Screening.Messages;

/// <summary>Where every received travel message is kept, as received, with its parse outcome, issues and history.
/// Implemented for SQLite and PostgreSQL.</summary>
/// <remarks>
/// <para>Nothing is dropped: an unreadable message goes to quarantine, a duplicate is stored too (and not
/// screened), a replay keeps the earlier attempts in the history. Every write is one transaction, applied whole
/// or not at all, also when the process is killed.</para>
/// <para>A message is a <b>duplicate</b> when an earlier message that is not itself a duplicate has the same
/// SHA-256, or holds the same sender and interchange control reference (both non-empty). The check and the
/// insert are atomic, through unique indexes: when several processes record the same message at once, exactly
/// one records it as new. A message holds its sender and control reference from the time its travelers are to
/// be screened: a message quarantined on receipt does not, so a carrier's corrected resend under the same
/// reference is screened.</para>
/// </remarks>
public interface IMessageStore : IAsyncDisposable
{
    /// <summary>A short description of the store for messages (<c>SQLite /home/x/.local/share/vigil/vigil.db</c>).</summary>
    string Description { get; }

    /// <summary>The largest message accepted, in bytes.</summary>
    long MaxMessageBytes { get; }

    /// <summary>Records a received message with its parse outcome and a <see cref="MessageAction.Received"/> history entry.</summary>
    /// <returns>The stored message: <see cref="MessageState.Received"/> when its travelers are to be screened
    /// (then call <see cref="MarkScreenedAsync"/>), <see cref="MessageState.Quarantined"/> when
    /// <see cref="MessageParse.RequiresQuarantine"/>, or <see cref="MessageState.Duplicate"/> with the original.</returns>
    /// <exception cref="MessageTooLargeException">Larger than <see cref="MaxMessageBytes"/>: nothing is stored.</exception>
    Task<RecordedMessage> RecordAsync(IncomingMessage message, CancellationToken cancellationToken);

    /// <summary>Records that the travelers of a <see cref="MessageState.Received"/> message were screened.</summary>
    /// <param name="id">The message.</param>
    /// <param name="summaryJson">The screening summary as JSON (counts by status); opaque to the store.</param>
    /// <param name="actor">Who screened it.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The message, now <see cref="MessageState.Screened"/>.</returns>
    /// <exception cref="KeyNotFoundException">No such message.</exception>
    /// <exception cref="MessageStateException">The message is not <see cref="MessageState.Received"/>.</exception>
    Task<MessageRecord> MarkScreenedAsync(long id, string summaryJson, string actor, CancellationToken cancellationToken);

    /// <summary>Stored messages, newest first, filtered by <paramref name="query"/>.</summary>
    Task<IReadOnlyList<MessageRecord>> ListAsync(MessageQuery query, CancellationToken cancellationToken);

    /// <summary>One message with its bytes, issues and history, or null when there is none with this id.</summary>
    Task<MessageDetail?> GetAsync(long id, CancellationToken cancellationToken);

    /// <summary>Records a new parse of a stored message's bytes (after a fix of the parser, say): the message takes
    /// the new outcome, issues and counts, and its history keeps the earlier ones.</summary>
    /// <param name="id">The message: received, screened or quarantined.</param>
    /// <param name="parse">What parsing the stored bytes gave now.</param>
    /// <param name="actor">The operator.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The message, <see cref="MessageState.Received"/> when its travelers are to be screened (again),
    /// <see cref="MessageState.Quarantined"/>, or <see cref="MessageState.Duplicate"/> when the new parse shows it
    /// repeats the interchange of another message (returned as the original).</returns>
    /// <exception cref="KeyNotFoundException">No such message.</exception>
    /// <exception cref="MessageStateException">The message is a duplicate (replay the original) or was replayed
    /// with corrected bytes (replay the correction), or it changed while the replay ran.</exception>
    Task<RecordedMessage> ReplayAsync(long id, MessageParse parse, string actor, CancellationToken cancellationToken);

    /// <summary>Records corrected bytes of a stored message as a new message linked to it
    /// (<see cref="MessageRecord.ReplayOf"/>); the stored one becomes <see cref="MessageState.Replayed"/> and keeps
    /// its bytes. A correction with the same sender and control reference as the message it corrects takes them
    /// over, so it is not a duplicate of it (and a later copy is a duplicate of the correction); it is still a
    /// duplicate when it repeats another message.</summary>
    /// <param name="id">The message corrected: received, screened or quarantined.</param>
    /// <param name="corrected">The corrected bytes, what parsing them gave, and the operator.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The new message, as <see cref="RecordAsync"/> returns it.</returns>
    /// <exception cref="KeyNotFoundException">No such message.</exception>
    /// <exception cref="MessageStateException">The message is a duplicate or was already replayed, or it changed
    /// while the replay ran.</exception>
    /// <exception cref="MessageTooLargeException">The corrected bytes are too large: nothing is stored.</exception>
    /// <exception cref="ArgumentException">The corrected bytes are the same as the stored ones.</exception>
    Task<RecordedMessage> ReplayCorrectedAsync(long id, IncomingMessage corrected, CancellationToken cancellationToken);
}
