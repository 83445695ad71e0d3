using Microsoft.AspNetCore.Http;

namespace Vigil.Server;

/// <summary>Reads request bodies whole, up to a limit, without trusting Content-Length.</summary>
internal static class Bodies
{
    /// <summary>The body, or null when it is longer than <paramref name="limit"/> bytes (then nothing more is read, and
    /// the response closes the connection).</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        byte[]? body = await ReadUpToAsync(request, limit, cancellationToken);
        if (body is null)
        {
            // The rest of the body is left unread: Kestrel drains it only up to its own limit, then drops the
            // connection. Saying so keeps the client from sending its next request on a connection about to close.
            request.HttpContext.Response.Headers.Connection = "close";
        }

        return body;
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
