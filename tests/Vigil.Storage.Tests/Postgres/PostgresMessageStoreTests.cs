using Npgsql;
using Vigil.Testing;

namespace Vigil.Storage.Tests.Postgres;

/// <summary>The message store contract on a database of the test run's PostgreSQL server.</summary>
public sealed class PostgresMessageStoreTests(PostgresServer server) : MessageStoreContractTests
{
    protected override Task<string> CreateDatabaseAsync() => server.CreateDatabaseAsync(nameof(PostgresMessageStoreTests));

    protected override async Task ExecuteSqlAsync(string sql)
    {
        await using NpgsqlConnection connection = new(DatabaseSpec);
        await connection.OpenAsync(Ct);
        await using NpgsqlCommand command = new(sql, connection);
        await command.ExecuteNonQueryAsync(Ct);
    }

    protected override async Task<long> QueryNumberAsync(string sql)
    {
        await using NpgsqlConnection connection = new(DatabaseSpec);
        await connection.OpenAsync(Ct);
        await using NpgsqlCommand command = new(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(Ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    protected override string BytesLiteral(byte[] bytes) => $"'\\x{Convert.ToHexString(bytes)}'::bytea";

    protected override async Task MakeInsertsFailAsync(string table)
    {
        await ExecuteSqlAsync("CREATE OR REPLACE FUNCTION simulated_failure() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'simulated failure'; END $$");
        await ExecuteSqlAsync($"CREATE TRIGGER fail_{table} BEFORE INSERT ON {table} FOR EACH ROW EXECUTE FUNCTION simulated_failure()");
    }

    protected override Task MakeInsertsSucceedAsync(string table) => ExecuteSqlAsync($"DROP TRIGGER fail_{table} ON {table}");

    [Fact]
    public async Task Message_bytes_are_bytea_and_issues_are_text_kept_as_given()
    {
        Assert.Equal(1, await QueryNumberAsync(
            "SELECT count(*) FROM information_schema.columns WHERE table_name = 'messages' AND column_name = 'content' AND data_type = 'bytea'"));
        Assert.Equal(1, await QueryNumberAsync(
            "SELECT count(*) FROM information_schema.columns WHERE table_name = 'messages' AND column_name = 'issues' AND data_type = 'text'"));
    }
}
