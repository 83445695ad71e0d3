using Microsoft.AspNetCore.Http;

namespace Vigil.Server;

/// <summary>Reads request bodies whole, up to a limit, without trusting Content-Length.</summary>
internal static class Bodies
{
    /// <summary>How much of a refused body is read past the limit and dropped before the answer, so that a client that
    /// sends its whole body before reading reads the answer instead of a reset connection.</summary>
    public const int DrainBytes = 4 << 20;

    /// <summary>How long a refused body is drained at most.</summary>
    private static readonly TimeSpan DrainTime = TimeSpan.FromSeconds(5);

    /// <summary>The body, or null when it is longer than <paramref name="limit"/> bytes (then the response closes the
    /// connection, once up to <see cref="DrainBytes"/> more of the body have been read and dropped).</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        byte[]? body = await ReadUpToAsync(request, limit, cancellationToken);
        if (body is null)
        {
            // Saying so keeps the client from sending its next request on a connection about to close.
            request.HttpContext.Response.Headers.Connection = "close";
            await DrainAsync(request, limit, cancellationToken);
        }

        return body;
    }

    /// <summary>Reads and drops the rest of a refused body when it ends within <see cref="DrainBytes"/> past the limit
    /// and <see cref="DrainTime"/>: a connection closed with unread bytes is reset, and a client still sending may see
    /// the reset before the answer (a lingering close, as web servers do).</summary>
    private static async Task DrainAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength is { } declared && declared > (long)limit + DrainBytes)
        {
            return;
        }

        using CancellationTokenSource timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(DrainTime);
        byte[] scratch = new byte[64 << 10];
        long drained = 0;
        try
        {
            int read;
            while (drained <= (long)limit + DrainBytes && (read = await request.Body.ReadAsync(scratch, timeout.Token)) > 0)
            {
                drained += read;
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or BadHttpRequestException)
        {
            // The client stopped, was too slow, or sent more than the server reads at all: the connection just closes.
        }
    }

    private static async Task<byte[]?> ReadUpToAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength is { } declared && declared > limit)
        {
            return null;
        }

        int capacity = (int)Math.Min(request.ContentLength ?? 4096, limit) + 1;
        byte[] buffer = new byte[Math.Max(capacity, 1)];
        int length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (buffer.Length > limit)
                {
                    return null;
                }

                Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, limit + 1L));
            }

            int read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken);
            if (read == 0)
            {
                break;
            }

            length += read;
            if (length > limit)
            {
                return null;
            }
        }

        return length == buffer.Length ? buffer : buffer[..length];
    }

    /// <summary>True when the request's media type is <paramref name="mediaType"/> (parameters such as charset ignored).</summary>
    public static bool Is(HttpRequest request, string mediaType)
    {
        string? contentType = request.ContentType;
        if (contentType is null)
        {
            return false;
        }

        int semicolon = contentType.IndexOf(';', StringComparison.Ordinal);
        ReadOnlySpan<char> type = (semicolon >= 0 ? contentType.AsSpan(0, semicolon) : contentType).Trim();
        return type.Equals(mediaType, StringComparison.OrdinalIgnoreCase);
    }
}
