using Microsoft.Data.Sqlite;
using Vigil.Testing;

namespace Vigil.Storage.Tests.Sqlite;

/// <summary>The message store contract on a SQLite file in a temp directory.</summary>
public sealed class SqliteMessageStoreTests : MessageStoreContractTests
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

    protected override string BytesLiteral(byte[] bytes) => $"X'{Convert.ToHexString(bytes)}'";

    protected override Task MakeInsertsFailAsync(string table) =>
        ExecuteSqlAsync($"CREATE TRIGGER fail_{table} BEFORE INSERT ON {table} BEGIN SELECT RAISE(ABORT, 'simulated failure'); END");

    protected override Task MakeInsertsSucceedAsync(string table) => ExecuteSqlAsync($"DROP TRIGGER fail_{table}");

    [Fact]
    public async Task Message_bytes_are_a_blob_and_times_are_fixed_width_text()
    {
        await RecordAsync([0x00, 0x01], Valid(null));

        Assert.Equal(1, await QueryNumberAsync("SELECT count(*) FROM messages WHERE typeof(content) = 'blob' AND length(received_at) = 28"));
    }

    private async Task<SqliteConnection> OpenAsync()
    {
        SqliteConnection connection = new(new SqliteConnectionStringBuilder { DataSource = DatabaseSpec, Pooling = false }.ConnectionString);
        await connection.OpenAsync(Ct);
        return connection;
    }
}
