using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Vigil.Storage;

namespace Vigil.Server.Tests.Support;

/// <summary>A Vigil server on real Kestrel, on a free loopback port, over a database that holds the demo lists and a
/// key of every role; with an <see cref="HttpClient"/> for it and the test's own stores on the same database, to
/// look behind the API (quarantine, audit chain).</summary>
public sealed class RunningServer : IAsyncDisposable
{
    private readonly bool _ownsStores;

    private RunningServer(VigilServer server, VigilStoreSet stores, TestKeys keys, string database, bool ownsStores)
    {
        Server = server;
        Stores = stores;
        Keys = keys;
        Database = database;
        _ownsStores = ownsStores;
        Client = new HttpClient { BaseAddress = new Uri(server.Urls[0]), Timeout = TimeSpan.FromSeconds(60) };
    }

    public VigilServer Server { get; }

    /// <summary>The test's own stores on the server's database.</summary>
    public VigilStoreSet Stores { get; }

    public TestKeys Keys { get; }

    /// <summary>The database specification: a SQLite path or a PostgreSQL connection string.</summary>
    public string Database { get; }

    public HttpClient Client { get; }

    /// <summary>The options every server under test starts with: a port chosen by the system, quiet logs.</summary>
    public static ServerOptions Options(string database) => new()
    {
        Database = database,
        Urls = ["http://127.0.0.1:0"],
        LogLevel = LogLevel.Warning,
    };

    /// <summary>Fills an empty database (the demo lists, the keys) and starts a server on it.</summary>
    public static async Task<RunningServer> StartAsync(string database, Func<ServerOptions, ServerOptions>? configure, CancellationToken cancellationToken)
    {
        VigilStoreSet stores = await VigilStores.OpenAsync(database, TimeProvider.System, cancellationToken);
        try
        {
            await DemoData.ImportAsync(stores.Lists, cancellationToken);
            TestKeys keys = await TestKeys.CreateAsync(stores.Keys, cancellationToken);
            ServerOptions options = Options(database);
            VigilServer server = await VigilServer.StartAsync(configure?.Invoke(options) ?? options, cancellationToken);
            return new RunningServer(server, stores, keys, database, ownsStores: true);
        }
        catch
        {
            await stores.DisposeAsync();
            throw;
        }
    }

    public static Task<RunningServer> StartAsync(string database, CancellationToken cancellationToken) => StartAsync(database, null, cancellationToken);

    /// <summary>Starts a second server on the same database, as a second process would be: same keys, same stores.</summary>
    public async Task<RunningServer> StartSiblingAsync(CancellationToken cancellationToken)
    {
        VigilServer server = await VigilServer.StartAsync(Options(Database), cancellationToken);
        return new RunningServer(server, Stores, Keys, Database, ownsStores: false);
    }

    /// <summary>Sends a request with an optional bearer key, body and Accept header.</summary>
    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? key, HttpContent? content = null, string? accept = null)
    {
        HttpRequestMessage request = new(method, path) { Content = content };
        if (key is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {key}");
        }

        if (accept is not null)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        }

        return Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public Task<HttpResponseMessage> GetAsync(string path, string? key) => SendAsync(HttpMethod.Get, path, key);

    /// <summary>POST /api/v1/checks with a JSON body.</summary>
    public Task<HttpResponseMessage> PostCheckAsync(string key, string json) =>
        SendAsync(HttpMethod.Post, "/api/v1/checks", key, RequestBodies.Json(json));

    /// <summary>POST /api/v1/manifests with an EDIFACT body.</summary>
    public Task<HttpResponseMessage> PostManifestAsync(string key, byte[] edifact) =>
        SendAsync(HttpMethod.Post, "/api/v1/manifests", key, RequestBodies.Edifact(edifact));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
        if (_ownsStores)
        {
            await Stores.DisposeAsync();
        }
    }
}
