using Microsoft.Data.Sqlite;
using Vigil.Testing;

namespace Vigil.Storage.Tests.Sqlite;

/// <summary>The store contract on a SQLite file in a temp directory.</summary>
public sealed class SqliteWatchListStoreTests : WatchListStoreContractTests
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
    public async Task Database_file_is_in_write_ahead_log_mode()
    {
        await using SqliteConnection connection = await OpenAsync();
        await using SqliteCommand command = new("PRAGMA journal_mode", connection);

        Assert.Equal("wal", await command.ExecuteScalarAsync(Ct));
    }

    [Fact]
    public void Store_describes_itself_by_its_file()
    {
        Assert.Equal($"SQLite {DatabaseSpec}", Store.Description);
    }

    private async Task<SqliteConnection> OpenAsync()
    {
        SqliteConnection connection = new(new SqliteConnectionStringBuilder { DataSource = DatabaseSpec, Pooling = false }.ConnectionString);
        await connection.OpenAsync(Ct);
        return connection;
    }
}
