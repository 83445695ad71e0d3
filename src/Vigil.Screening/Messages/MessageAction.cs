namespace Vigil.Screening.Messages;

/// <summary>What one entry of a message's history records. Stored as its number: never renumbered.</summary>
public enum MessageAction
{
    /// <summary>The message arrived and was parsed. <see cref="MessageHistoryEntry.RelatedMessageId"/> is the
    /// original when it is a duplicate.</summary>
    Received = 1,

    /// <summary>Its travelers were screened; <see cref="MessageHistoryEntry.ScreeningSummary"/> has the counts.</summary>
    Screened = 2,

    /// <summary>An operator parsed the stored bytes again (after a fix of the parser, say).
    /// <see cref="MessageHistoryEntry.RelatedMessageId"/> is the original when the new parse made it a duplicate.</summary>
    Replayed = 3,

    /// <summary>An operator supplied corrected bytes: this message is superseded by the corrected copy,
    /// <see cref="MessageHistoryEntry.RelatedMessageId"/>.</summary>
    Replaced = 4,

    /// <summary>The message was stored from an operator's corrected bytes of
    /// <see cref="MessageHistoryEntry.RelatedMessageId"/>, and parsed.</summary>
    Corrected = 5,
}
