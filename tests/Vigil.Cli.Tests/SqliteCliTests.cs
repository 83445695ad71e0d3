namespace Vigil.Cli.Tests;

public sealed class SqliteListImportCliTests : ListImportCliTests
{
    protected override Task<string> NewDatabaseAsync() => Task.FromResult(Path.Combine(Folder, "vigil.db"));
}

public sealed class SqliteCrashTests : CrashTests, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("vigil-crash-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    protected override Task<string> NewDatabaseAsync() => Task.FromResult(Path.Combine(_folder, "vigil.db"));
}
