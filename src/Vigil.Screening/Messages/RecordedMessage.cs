namespace Vigil.Screening.Messages;

/// <summary>A message as recorded, and the earlier message it repeats when it is a duplicate.</summary>
/// <param name="Message">The stored message.</param>
/// <param name="Original">The message it duplicates, or null.</param>
public sealed record RecordedMessage(MessageRecord Message, MessageRecord? Original)
{
    /// <summary>True when the message repeats an earlier one and must not be screened.</summary>
    public bool IsDuplicate => Message.State == MessageState.Duplicate;
}
