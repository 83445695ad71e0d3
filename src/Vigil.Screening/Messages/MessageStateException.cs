namespace Vigil.Screening.Messages;

/// <summary>An operation does not apply to a message in its current state (replaying a duplicate, marking a
/// quarantined message screened...), or the message changed while the operation ran. Nothing was changed.</summary>
public sealed class MessageStateException : Exception
{
    /// <summary>Creates the exception.</summary>
    public MessageStateException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public MessageStateException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public MessageStateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a message in a given state.</summary>
    public MessageStateException(long messageId, MessageState state, string message)
        : base(message)
    {
        MessageId = messageId;
        State = state;
    }

    /// <summary>The message.</summary>
    public long MessageId { get; }

    /// <summary>Its state when the operation was refused.</summary>
    public MessageState State { get; }
}
