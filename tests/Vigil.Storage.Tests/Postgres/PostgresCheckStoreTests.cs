using Npgsql;
using Vigil.Testing;

namespace Vigil.Storage.Tests.Postgres;

/// <summary>The check store, audit log and key store contract on a database of the test run's PostgreSQL server.</summary>
public sealed class PostgresCheckStoreTests(PostgresServer server) : CheckStoreContractTests
{
    protected override Task<string> CreateDatabaseAsync() => server.CreateDatabaseAsync(nameof(PostgresCheckStoreTests));

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

    [Fact]
    public async Task Departure_times_are_local_timestamps_without_a_zone()
    {
        await RecordAsync(Check("PAX-1", Contact));

        Assert.Equal(1, await QueryNumberAsync(
            "SELECT count(*) FROM checks WHERE departure_time = TIMESTAMP '2026-03-01 10:05' AND departure_date = DATE '2026-03-01'"));
        Assert.Equal(1, await QueryNumberAsync(
            "SELECT count(*) FROM information_schema.columns WHERE table_name = 'review_items' AND column_name = 'departure_time' AND data_type = 'timestamp without time zone'"));
    }

    [Fact]
    public async Task Traveler_ids_are_ordered_by_code_point_whatever_the_database_collation()
    {
        Assert.Equal(1, await QueryNumberAsync(
            "SELECT count(*) FROM information_schema.columns WHERE table_name = 'checks' AND column_name = 'traveler_id' AND collation_name = 'C'"));
    }
}
