using System.Net;
using System.Net.Http.Headers;

namespace Vigil.LoadTest;

/// <summary>The HTTP client of a run: HTTP/1.1 over kept-alive connections, as many as asked and no more.</summary>
internal static class LoadClient
{
    /// <param name="baseAddress">The server, e.g. <c>http://127.0.0.1:5080/</c>.</param>
    /// <param name="key">The API key, sent as <c>Authorization: Bearer KEY</c>.</param>
    /// <param name="connections">The most connections open at once; a request that finds none free waits for one,
    /// and the wait counts in its latency.</param>
    /// <param name="timeout">How long one request may take, waiting for a connection included.</param>
    public static HttpClient Create(Uri baseAddress, string key, int connections, TimeSpan timeout)
    {
        SocketsHttpHandler handler = new()
        {
            MaxConnectionsPerServer = connections,

            // Connections live as long as the run: reconnecting would be measured as the server's latency.
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(10),
            ConnectTimeout = TimeSpan.FromSeconds(5),
            UseProxy = false,
            UseCookies = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
        };
        HttpClient client = new(handler, disposeHandler: true)
        {
            BaseAddress = baseAddress,
            Timeout = timeout,
            DefaultRequestVersion = HttpVersion.Version11,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    /// <summary>True when <paramref name="address"/> names this machine: a load test sends thousands of requests a
    /// second, and sends them elsewhere only when told to.</summary>
    public static bool IsLoopback(Uri address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return address.IsLoopback || (IPAddress.TryParse(address.IdnHost, out IPAddress? ip) && IPAddress.IsLoopback(ip));
    }
}
