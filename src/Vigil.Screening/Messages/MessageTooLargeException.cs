namespace Vigil.Screening.Messages;

/// <summary>A message is larger than the store accepts; nothing was stored.</summary>
/// <remarks>The limit bounds memory and the database row; it matches the parsers' limit on an interchange
/// (10 MiB by default, <see cref="MessageContent.DefaultMaxBytes"/>).</remarks>
public sealed class MessageTooLargeException : Exception
{
    /// <summary>Creates the exception.</summary>
    public MessageTooLargeException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public MessageTooLargeException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public MessageTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a message of <paramref name="size"/> bytes over <paramref name="limit"/>.</summary>
    /// <param name="size">The size, or the number of bytes read before giving up when the whole size is unknown.</param>
    /// <param name="limit">The largest size accepted.</param>
    /// <param name="isAtLeast">True when reading stopped at the limit, so the message is at least <paramref name="size"/> bytes.</param>
    public MessageTooLargeException(long size, long limit, bool isAtLeast = false)
        : base(FormattableString.Invariant(
            $"The message is {(isAtLeast ? "larger than" : $"{size} bytes, over")} the limit of {limit} bytes; it was not stored."))
    {
        Size = size;
        Limit = limit;
    }

    /// <summary>The message's size in bytes (or the bytes read before stopping).</summary>
    public long Size { get; }

    /// <summary>The largest size accepted, in bytes.</summary>
    public long Limit { get; }
}
