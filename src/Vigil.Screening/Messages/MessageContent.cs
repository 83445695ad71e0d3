namespace Vigil.Screening.Messages;

/// <summary>Reads a received message into memory, whole, within a size limit.</summary>
public static class MessageContent
{
    /// <summary>The default largest message, in bytes: 10 MiB, the parsers' limit on one interchange.</summary>
    public const int DefaultMaxBytes = 10 * 1024 * 1024;

    /// <summary>Reads a stream to its end.</summary>
    /// <param name="stream">The message as received.</param>
    /// <param name="maxBytes">The largest size accepted.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The bytes, exactly as read.</returns>
    /// <exception cref="MessageTooLargeException">The stream holds more than <paramref name="maxBytes"/> bytes;
    /// reading stops at the first byte over, so an endless stream cannot exhaust memory.</exception>
    public static async Task<byte[]> ReadAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxBytes, Array.MaxLength - 1L);
        if (stream.CanSeek && stream.Length - stream.Position > maxBytes)
        {
            throw new MessageTooLargeException(stream.Length - stream.Position, maxBytes);
        }

        using MemoryStream buffer = new();
        byte[] chunk = new byte[81920];
        while (true)
        {
            int read = await stream.ReadAsync(chunk, cancellationToken);
            if (read == 0)
            {
                return buffer.ToArray();
            }

            if (buffer.Length + read > maxBytes)
            {
                throw new MessageTooLargeException(buffer.Length + read, maxBytes, isAtLeast: true);
            }

            buffer.Write(chunk, 0, read);
        }
    }
}
