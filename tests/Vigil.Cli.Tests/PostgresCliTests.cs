using Vigil.Testing;

[assembly: AssemblyFixture(typeof(PostgresServer))]

namespace Vigil.Cli.Tests;

public sealed class PostgresListImportCliTests(PostgresServer server) : ListImportCliTests
{
    protected override Task<string> NewDatabaseAsync() => server.CreateDatabaseAsync(nameof(PostgresListImportCliTests));
}

public sealed class PostgresCrashTests(PostgresServer server) : CrashTests
{
    protected override Task<string> NewDatabaseAsync() => server.CreateDatabaseAsync(nameof(PostgresCrashTests));
}
