using Npgsql;
using Vigil.Testing;

namespace Vigil.Server.Tests.Postgres;

/// <summary>The server's contract on a database of the test run's PostgreSQL server.</summary>
public sealed class PostgresServerTests(PostgresServer postgres) : ServerContractTests
{
    private string _database = string.Empty;

    protected override async Task<string> CreateDatabaseAsync() => _database = await postgres.CreateDatabaseAsync(nameof(PostgresServerTests));

    protected override async Task<long> QueryNumberAsync(string sql)
    {
        await using NpgsqlConnection connection = new(_database);
        await connection.OpenAsync(Ct);
        await using NpgsqlCommand command = new(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(Ct), System.Globalization.CultureInfo.InvariantCulture);
    }
}
