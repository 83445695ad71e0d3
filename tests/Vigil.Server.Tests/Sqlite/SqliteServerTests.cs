using Microsoft.Data.Sqlite;
using Vigil.Testing;

namespace Vigil.Server.Tests.Sqlite;

/// <summary>The server's contract on a SQLite file in a temp directory.</summary>
public sealed class SqliteServerTests : ServerContractTests
{
    private readonly TempDirectory _directory = new("vigil-server-");

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }

    protected override Task<string> CreateDatabaseAsync() => Task.FromResult(_directory.Combine("vigil.db"));

    protected override async Task<long> QueryNumberAsync(string sql)
    {
        await using SqliteConnection connection = new($"Data Source={_directory.Combine("vigil.db")};Mode=ReadOnly");
        await connection.OpenAsync(Ct);
        await using SqliteCommand command = new(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(Ct), System.Globalization.CultureInfo.InvariantCulture);
    }
}
