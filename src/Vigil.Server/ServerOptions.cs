using Microsoft.Extensions.Logging;
using Vigil.Screening.Decisions;

namespace Vigil.Server;

/// <summary>How <c>vigil serve</c> runs: where the database is, where it listens, its limits.</summary>
public sealed record ServerOptions
{
    /// <summary>The default address: loopback only, port 5080.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>The database: a SQLite path or a PostgreSQL connection string; null for <c>VIGIL_DB</c> or the default file.</summary>
    public string? Database { get; init; }

    /// <summary>The addresses to listen on.</summary>
    public IReadOnlyList<string> Urls { get; init; } = [DefaultUrl];

    /// <summary>The decision policy's thresholds and mapping.</summary>
    public DecisionPolicyOptions Policy { get; init; } = DecisionPolicyOptions.Default;

    /// <summary>Requests per second allowed to one key (a token bucket holding two seconds' worth); 0 for no limit.</summary>
    public int RateLimitPerSecond { get; init; } = 500;

    /// <summary>The largest JSON body of a check.</summary>
    public int MaxCheckBytes { get; init; } = 64 * 1024;

    /// <summary>The largest message body (PAXLST, PNRGOV): 10 MiB, the parsers' bound on one interchange.</summary>
    public int MaxMessageBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>How often the lists' versions are read, so that an import by any process reaches this one.</summary>
    public TimeSpan IndexRefreshInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How often messages left received by a stopped process are looked for, and how old they must be.</summary>
    public TimeSpan PendingSweepInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long requests in flight are given to finish when the server is asked to stop.</summary>
    public TimeSpan ShutdownTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The lowest level logged (JSON lines on standard output).</summary>
    public LogLevel LogLevel { get; init; } = LogLevel.Information;

    /// <summary>The clock.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}
