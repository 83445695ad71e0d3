using Npgsql;
using Vigil.Testing;

namespace Vigil.Storage.Tests.Postgres;

/// <summary>The store contract on a database of the test run's PostgreSQL server.</summary>
public sealed class PostgresWatchListStoreTests(PostgresServer server) : WatchListStoreContractTests
{
    protected override Task<string> CreateDatabaseAsync() => server.CreateDatabaseAsync(nameof(PostgresWatchListStoreTests));

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
    public async Task Subject_documents_are_stored_as_jsonb()
    {
        Assert.Equal(1, await QueryNumberAsync(
            "SELECT count(*) FROM information_schema.columns WHERE table_name = 'subjects' AND column_name = 'document' AND data_type = 'jsonb'"));
    }

    [Fact]
    public async Task Store_opens_from_a_postgres_uri()
    {
        NpgsqlConnectionStringBuilder builder = new(DatabaseSpec);
        string uri = $"postgresql://{builder.Username}@{builder.Host}:{builder.Port}/{builder.Database}";

        await using Vigil.Screening.Lists.IWatchListStore store = await WatchListStores.OpenAsync(uri, Time, Ct);

        Assert.Equal($"PostgreSQL 127.0.0.1:{builder.Port}/{builder.Database}", store.Description);
        Assert.Empty(await store.GetListsAsync(Ct));
    }
}
