using Microsoft.Data.Sqlite;
using Vigil.Testing;

namespace Vigil.Server.Tests.Support;

/// <summary>One server on a SQLite file shared by the tests of a class whose requests leave nothing another test
/// reads. Subclasses choose the options.</summary>
public abstract class SqliteServerFixture : IAsyncLifetime
{
    private readonly TempDirectory _directory = new("vigil-server-");
    private RunningServer? _running;

    public RunningServer Running => _running ?? throw new InvalidOperationException("Not initialized.");

    public virtual async ValueTask InitializeAsync() =>
        _running = await RunningServer.StartAsync(_directory.Combine("vigil.db"), Configure, TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_running is not null)
        {
            await _running.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        _directory.Dispose();
        GC.SuppressFinalize(this);
    }

    protected virtual ServerOptions Configure(ServerOptions options) => options;
}
