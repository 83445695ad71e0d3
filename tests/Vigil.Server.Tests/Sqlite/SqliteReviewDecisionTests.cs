using Microsoft.Data.Sqlite;
using Vigil.Server.Tests.Endpoints;
using Vigil.Testing;

namespace Vigil.Server.Tests.Sqlite;

/// <summary>Review decisions on a SQLite file in a temp directory.</summary>
public sealed class SqliteReviewDecisionTests : ReviewDecisionTests
{
    private readonly TempDirectory _directory = new("vigil-server-");

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }

    protected override Task<string> CreateDatabaseAsync() => Task.FromResult(_directory.Combine("vigil.db"));
}
