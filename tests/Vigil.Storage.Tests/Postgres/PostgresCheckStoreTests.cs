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

    [Fact]
    public async Task A_key_revoked_by_another_process_is_refused_as_soon_as_the_revocation_commits()
    {
        await Keys.CreateAsync(Key("vg1"), Entry("key:vg1", "key.create"), Ct);
        Assert.Null((await Keys.FindAsync("vg1", Ct))!.Key.RevokedAt);
        Assert.Null((await Keys.FindAsync("vg1", Ct))!.Key.RevokedAt);
        await using VigilStoreSet other = await VigilStores.OpenAsync(DatabaseSpec, Time, Ct);

        await other.Keys.RevokeAsync("vg1", Entry("cli:operator", "key.revoke"), Ct);
        System.Diagnostics.Stopwatch waited = System.Diagnostics.Stopwatch.StartNew();
        while ((await Keys.FindAsync("vg1", Ct))!.Key.RevokedAt is null && waited.Elapsed < TimeSpan.FromSeconds(5))
        {
            await Task.Delay(1, Ct);
        }

        Assert.NotNull((await Keys.FindAsync("vg1", Ct))!.Key.RevokedAt);
        Assert.True(waited.Elapsed < TimeSpan.FromMilliseconds(200), $"the revocation was heard after {waited.Elapsed.TotalMilliseconds:F0} ms");
    }

    [Fact]
    public async Task A_key_revoked_here_is_refused_at_once()
    {
        await Keys.CreateAsync(Key("vg1"), Entry("key:vg1", "key.create"), Ct);
        Assert.Null((await Keys.FindAsync("vg1", Ct))!.Key.RevokedAt);
        Assert.Null((await Keys.FindAsync("vg1", Ct))!.Key.RevokedAt);

        await Keys.RevokeAsync("vg1", Entry("cli:operator", "key.revoke"), Ct);

        Assert.NotNull((await Keys.FindAsync("vg1", Ct))!.Key.RevokedAt);
    }
}
