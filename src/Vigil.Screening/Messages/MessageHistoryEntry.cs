namespace Vigil.Screening.Messages;

/// <summary>One thing that happened to a stored message: its receipt, a screening, a replay.</summary>
/// <param name="Id">Sequence number, across all messages.</param>
/// <param name="MessageId">The message.</param>
/// <param name="At">When (UTC).</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Action">What was done.</param>
/// <param name="State">The message's state right after.</param>
public sealed record MessageHistoryEntry(long Id, long MessageId, DateTimeOffset At, string Actor, MessageAction Action, MessageState State)
{
    /// <summary>What the parse gave, for <see cref="MessageAction.Received"/>, <see cref="MessageAction.Replayed"/>
    /// and <see cref="MessageAction.Corrected"/>; null otherwise.</summary>
    public MessageParse? Parse { get; init; }

    /// <summary>The other message involved, as each <see cref="MessageAction"/> says, or null.</summary>
    public long? RelatedMessageId { get; init; }

    /// <summary>The screening summary, for <see cref="MessageAction.Screened"/>; null otherwise.</summary>
    public string? ScreeningSummary { get; init; }
}
