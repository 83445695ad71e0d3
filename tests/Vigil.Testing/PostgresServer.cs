using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using Xunit;

namespace Vigil.Testing;

/// <summary>A throw-away PostgreSQL server for one test run: its own data directory in temp, a free loopback
/// port, trust authentication. Share one per test assembly with <c>[assembly: AssemblyFixture(typeof(PostgresServer))]</c>.</summary>
/// <remarks>
/// Uses Debian's <c>postgresql</c> package (the highest version under <c>/usr/lib/postgresql/*/bin</c>). PostgreSQL
/// refuses to run as root, so as root the server runs as the <c>postgres</c> user through <c>runuser</c>.
/// When the server cannot start, every test that needs it fails with the reason: a skipped database test
/// would pass CI without testing anything. Durability is off (<c>fsync=off</c>): a crash loses only test data.
/// </remarks>
public sealed class PostgresServer : IAsyncLifetime
{
    private const string InstallHint = "Install PostgreSQL's server binaries: apt-get install postgresql";
    private const string SuperUser = "postgres";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private TempDirectory? _directory;
    private string? _binaries;
    private bool _asPostgresUser;
    private int _databases;

    /// <summary>The loopback port the server listens on.</summary>
    public int Port { get; private set; }

    /// <summary>The PostgreSQL version, from the binaries' folder (<c>15</c>).</summary>
    public string Version { get; private set; } = string.Empty;

    /// <summary>A connection string to the <c>postgres</c> maintenance database, as superuser.</summary>
    public string ConnectionString => ConnectionStringFor(SuperUser);

    /// <summary>A connection string to a database of this server, as superuser.</summary>
    public string ConnectionStringFor(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = SuperUser,
        Database = database,
        Pooling = true,
    }.ConnectionString;

    /// <summary>Creates a new, empty database and returns its connection string.</summary>
    /// <param name="hint">Part of the name, to tell databases apart in the server log (a test class name).</param>
    public async Task<string> CreateDatabaseAsync(string hint = "test")
    {
        string name = string.Create(
            CultureInfo.InvariantCulture,
            $"t{Interlocked.Increment(ref _databases)}_{new string([.. hint.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).Take(40)])}");
        await using NpgsqlConnection connection = new(ConnectionString);
        await connection.OpenAsync();
        await using NpgsqlCommand command = new($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionStringFor(name);
    }

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        _binaries = FindBinaries() ?? throw new InvalidOperationException(
            $"PostgreSQL server binaries (initdb, pg_ctl) were not found under /usr/lib/postgresql/*/bin. {InstallHint}");
        Version = Path.GetFileName(Path.GetDirectoryName(_binaries)!);
        _asPostgresUser = Environment.UserName == "root";
        _directory = new TempDirectory("vigil-postgres-");
        if (_asPostgresUser)
        {
            await RunAsync("chown", ["-R", SuperUser, _directory.Path], asPostgres: false);
        }

        string data = _directory.Combine("data");
        await RunAsync(
            Path.Combine(_binaries, "initdb"),
            ["-D", data, "-U", SuperUser, "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"],
            _asPostgresUser);

        // The port is free when chosen but could be taken before the server binds it: try again then.
        Exception? failure = null;
        for (int attempt = 0; attempt < 3; attempt++)
        {
            Port = FreePort();
            try
            {
                await RunAsync(
                    Path.Combine(_binaries, "pg_ctl"),
                    [
                        "-D", data, "-l", _directory.Combine("server.log"), "-w", "-t", ((int)StartTimeout.TotalSeconds).ToString(CultureInfo.InvariantCulture),
                        "-o", $"-c listen_addresses=127.0.0.1 -p {Port} -c unix_socket_directories={_directory.Path} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
                        "start",
                    ],
                    _asPostgresUser);
                return;
            }
            catch (InvalidOperationException e)
            {
                failure = e;
            }
        }

        string log = File.Exists(_directory.Combine("server.log")) ? await File.ReadAllTextAsync(_directory.Combine("server.log")) : "(no log)";
        throw new InvalidOperationException($"PostgreSQL {Version} did not start. {InstallHint}\nServer log:\n{log}", failure);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_directory is null)
        {
            return;
        }

        if (_binaries is not null && File.Exists(_directory.Combine("data", "postmaster.pid")))
        {
            try
            {
                await RunAsync(Path.Combine(_binaries, "pg_ctl"), ["-D", _directory.Combine("data"), "-m", "immediate", "-w", "stop"], _asPostgresUser);
            }
            catch (InvalidOperationException)
            {
                // Already stopped, or stopping failed: either way there is nothing more a test run can do.
            }
        }

        _directory.Dispose();
    }

    private static string? FindBinaries()
    {
        const string root = "/usr/lib/postgresql";
        if (!Directory.Exists(root))
        {
            return null;
        }

        return Directory.GetDirectories(root)
            .Select(d => (Directory: d, Version: int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out int v) ? v : -1))
            .Where(d => d.Version >= 0 && File.Exists(Path.Combine(d.Directory, "bin", "initdb")) && File.Exists(Path.Combine(d.Directory, "bin", "pg_ctl")))
            .OrderByDescending(d => d.Version)
            .Select(d => Path.Combine(d.Directory, "bin"))
            .FirstOrDefault();
    }

    private static int FreePort()
    {
        using TcpListener listener = new(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task RunAsync(string program, IReadOnlyList<string> arguments, bool asPostgres)
    {
        ProcessStartInfo start = new()
        {
            FileName = asPostgres ? "runuser" : program,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,

            // The postgres user may not be able to enter the test's working directory.
            WorkingDirectory = _directory?.Path ?? Path.GetTempPath(),
        };
        if (asPostgres)
        {
            foreach (string argument in (string[])["-u", SuperUser, "--", program])
            {
                start.ArgumentList.Add(argument);
            }
        }

        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"Cannot start {program}. {InstallHint}");
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        using CancellationTokenSource timeout = new(StartTimeout + TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{Path.GetFileName(program)} did not finish in time.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{Path.GetFileName(program)} {string.Join(' ', arguments)} failed with exit code {process.ExitCode}. {InstallHint}\n{await output}\n{await error}");
        }
    }
}
