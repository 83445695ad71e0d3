using Microsoft.Data.Sqlite;
using Vigil.Testing;

namespace Vigil.Storage.Tests.Sqlite;

/// <summary>The check store, audit log and key store contract on a SQLite file in a temp directory.</summary>
public sealed class SqliteCheckStoreTests : CheckStoreContractTests
{
    private readonly TempDirectory _directory = new();
    private int _databases;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }

    protected override Task<string> CreateDatabaseAsync() =>
        Task.FromResult(_directory.Combine($"vigil-{Interlocked.Increment(ref _databases)}.db"));

    protected override async Task ExecuteSqlAsync(string sql)
    {
        await using SqliteConnection connection = await OpenAsync();
        await using SqliteCommand command = new(sql, connection);
        await command.ExecuteNonQueryAsync(Ct);
    }

    protected override async Task<long> QueryNumberAsync(string sql)
    {
        await using SqliteConnection connection = await OpenAsync();
        await using SqliteCommand command = new(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(Ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Times_and_local_departure_times_are_fixed_width_text()
    {
        await RecordAsync(Check("PAX-1", Contact));

        Assert.Equal(1, await QueryNumberAsync(
            "SELECT count(*) FROM checks WHERE length(checked_at) = 28 AND departure_time = '2026-03-01T10:05:00.0000000' AND departure_date = '2026-03-01'"));
        Assert.Equal(1, await QueryNumberAsync("SELECT count(*) FROM review_items WHERE departure_time = '2026-03-01T10:05:00.0000000'"));
        Assert.Equal(1, await QueryNumberAsync("SELECT count(*) FROM audit_log WHERE at = '2026-03-01T09:00:00.0000000Z'"));
    }

    [Fact]
    public void Store_set_describes_itself_by_its_file()
    {
        Assert.Equal($"SQLite {DatabaseSpec}", Stores.Description);
    }

    private async Task<SqliteConnection> OpenAsync()
    {
        SqliteConnection connection = new(new SqliteConnectionStringBuilder { DataSource = DatabaseSpec, Pooling = false }.ConnectionString);
        await connection.OpenAsync(Ct);
        return connection;
    }
}
