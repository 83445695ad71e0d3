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
    public async Task A_script_fails_on_any_of_its_statements_that_fails()
    {
        // The shape that ExecuteNonQuery lets through: a statement that fails after the first, in an existing file.
        await using SqliteConnection connection = await OpenAsync();
        await using SqliteCommand script = new("ALTER TABLE lists ADD COLUMN added TEXT; ALTER TABLE lists ADD COLUMN name TEXT; CREATE TABLE never (x TEXT);", connection);

        SqliteException error = await Assert.ThrowsAsync<SqliteException>(() => SqlDatabase.ExecuteScriptAsync(script, Ct));

        Assert.Contains("duplicate column name: name", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await QueryNumberAsync("SELECT count(*) FROM sqlite_master WHERE name = 'never'"));
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
