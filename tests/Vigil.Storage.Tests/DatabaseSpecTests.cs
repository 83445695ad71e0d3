using Npgsql;

namespace Vigil.Storage.Tests;

public sealed class DatabaseSpecTests
{
    [Theory]
    [InlineData("vigil.db")]
    [InlineData("/var/lib/vigil/vigil.db")]
    [InlineData("./data/hosting=1.db")]
    public void Anything_but_a_postgres_connection_string_is_a_sqlite_path(string spec)
    {
        Assert.Equal(new DatabaseSpec(DatabaseEngine.Sqlite, spec), DatabaseSpec.Parse(spec));
    }

    [Theory]
    [InlineData("Host=db;Database=vigil;Username=vigil")]
    [InlineData("Database=vigil; host = db")]
    [InlineData("Server=db;Database=vigil")]
    public void Keyword_connection_string_is_postgres(string spec)
    {
        DatabaseSpec parsed = DatabaseSpec.Parse(spec);

        Assert.Equal(DatabaseEngine.Postgres, parsed.Engine);
        Assert.Equal("db", new NpgsqlConnectionStringBuilder(parsed.Target).Host);
    }

    [Fact]
    public void Postgres_uri_becomes_a_keyword_connection_string()
    {
        DatabaseSpec parsed = DatabaseSpec.Parse("postgresql://vigil:p%40ss@db.example:6543/screening?sslmode=require&application_name=vigil-cli");

        NpgsqlConnectionStringBuilder builder = new(parsed.Target);
        Assert.Equal(DatabaseEngine.Postgres, parsed.Engine);
        Assert.Equal(
            ("db.example", 6543, "vigil", "p@ss", "screening", SslMode.Require, "vigil-cli"),
            (builder.Host, builder.Port, builder.Username, builder.Password, builder.Database, builder.SslMode, builder.ApplicationName));
    }

    [Fact]
    public void Postgres_uri_without_port_or_user_keeps_the_defaults()
    {
        NpgsqlConnectionStringBuilder builder = new(DatabaseSpec.Parse("postgres://localhost/vigil").Target);

        Assert.Equal(("localhost", 5432, null, "vigil"), (builder.Host, builder.Port, builder.Username, builder.Database));
    }

    [Fact]
    public void Unknown_uri_parameter_is_refused_by_name()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => DatabaseSpec.Parse("postgres://localhost/vigil?frobnicate=1"));

        Assert.Contains("'frobnicate'", error.Message, StringComparison.Ordinal);
    }
}
