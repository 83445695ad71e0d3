using Vigil.Storage.Migrations;

namespace Vigil.Storage.Tests.Migrations;

public sealed class MigrationScriptsTests
{
    [Fact]
    public void Both_engines_have_the_same_migrations_in_order()
    {
        IReadOnlyList<Migration> sqlite = MigrationScripts.For(DatabaseEngine.Sqlite);
        IReadOnlyList<Migration> postgres = MigrationScripts.For(DatabaseEngine.Postgres);

        Assert.Equal(["0001_watch_lists", "0002_messages", "0003_checks_and_audit", "0004_relations", "0005_subject_custody", "0006_statistics", "0007_users", "0008_review_decisions", "0009_server_keys"], sqlite.Select(m => m.Name));
        Assert.Equal(sqlite.Select(m => (m.Version, m.Name)), postgres.Select(m => (m.Version, m.Name)));
    }
}
