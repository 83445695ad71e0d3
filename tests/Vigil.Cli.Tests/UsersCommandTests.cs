using System.Text;
using System.Text.Json;
using Vigil.Screening.Audit;
using Vigil.Storage;
using Vigil.Testing;

namespace Vigil.Cli.Tests;

/// <summary>The <c>vigil users</c> commands against a real database; run once per engine by the subclasses.</summary>
public abstract class UsersCommandTests : IAsyncLifetime
{
    private const string Password = "correct horse battery";

    protected string Db { get; private set; } = string.Empty;

    protected abstract Task<string> NewDatabaseAsync();

    public async ValueTask InitializeAsync() => Db = await NewDatabaseAsync();

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    private Task<CliResult> Vigil(string? input, params string[] args) =>
        CliRun.InProcessWithInputAsync(input is null ? null : Encoding.UTF8.GetBytes(input), [.. args, "--db", Db]);

    [Fact]
    public async Task Created_users_are_listed_as_json_with_role_and_never_the_password()
    {
        CliResult analyst = await Vigil(Password + "\n", "users", "create", "ana.lyst", "--role", "analyst");
        CliResult supervisor = await Vigil(Password + "\r\n", "users", "create", "sue", "--role", "supervisor");

        Assert.True(analyst.ExitCode == 0, analyst.ToString());
        Assert.True(supervisor.ExitCode == 0, supervisor.ToString());
        Assert.Contains("User ana.lyst (analyst) created", analyst.Error, StringComparison.Ordinal);
        CliResult list = await Vigil(null, "users", "list", "--json");
        Assert.Equal(0, list.ExitCode);
        JsonElement users = JsonDocument.Parse(list.Output).RootElement;
        Assert.Equal(["ana.lyst", "sue"], users.EnumerateArray().Select(u => u.GetProperty("name").GetString()));
        Assert.Equal(["analyst", "supervisor"], users.EnumerateArray().Select(u => u.GetProperty("role").GetString()));
        Assert.Equal(
            ["name", "role", "createdAt", "createdBy", "disabledAt", "lockedUntil", "failedAttempts"],
            users[0].EnumerateObject().Select(p => p.Name));
        Assert.DoesNotContain("horse", list.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_password_from_standard_input_signs_in_without_its_line_ending()
    {
        await Vigil(Password + "\r\n", "users", "create", "ana", "--role", "admin");

        await using VigilStoreSet stores = await VigilStores.OpenAsync(Db, TimeProvider.System, TestContext.Current.CancellationToken);
        Screening.People.Users users = new(stores.Users, stores.Audit, TimeProvider.System);
        Assert.True((await users.SignInAsync("ana", Password, null, TestContext.Current.CancellationToken)).IsSignedIn);
        AuditRecord created = (await stores.Audit.ReadAsync(new AuditQuery(), TestContext.Current.CancellationToken))[0];
        Assert.Equal(("user.create", "user:ana"), (created.Entry.Action, created.Entry.Records));
        Assert.StartsWith("cli:", created.Entry.Actor, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "The password is empty.")]
    [InlineData("\n", "The password is empty.")]
    [InlineData("elevenchars\n", "The password is too short: at least 12 characters.")]
    public async Task Empty_or_short_password_is_refused_with_exit_code_1(string? input, string message)
    {
        CliResult result = await Vigil(input, "users", "create", "ana", "--role", "analyst");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"vigil: error: {message}", result.Error, StringComparison.Ordinal);
        Assert.Equal("[]", (await Vigil(null, "users", "list", "--json")).Output.Trim());
    }

    [Fact]
    public async Task A_taken_name_is_refused_with_exit_code_1()
    {
        await Vigil(Password, "users", "create", "ana", "--role", "analyst");

        CliResult again = await Vigil(Password, "users", "create", "ana", "--role", "admin");

        Assert.Equal(1, again.ExitCode);
        Assert.Contains("A user named 'ana' exists.", again.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("carrier")]
    [InlineData("root")]
    public async Task A_role_other_than_analyst_supervisor_or_admin_is_a_usage_error(string role)
    {
        CliResult result = await Vigil(Password, "users", "create", "ana", "--role", role);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(role, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_disabled_user_is_listed_as_disabled_and_cannot_sign_in()
    {
        await Vigil(Password, "users", "create", "ana", "--role", "analyst");

        CliResult disable = await Vigil(null, "users", "disable", "ana");
        CliResult unknown = await Vigil(null, "users", "disable", "nobody");

        Assert.True(disable.ExitCode == 0, disable.ToString());
        Assert.Contains("User ana is disabled since", disable.Error, StringComparison.Ordinal);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("no user 'nobody'", unknown.Error, StringComparison.Ordinal);
        JsonElement user = JsonDocument.Parse((await Vigil(null, "users", "list", "--json")).Output).RootElement[0];
        Assert.Equal(JsonValueKind.String, user.GetProperty("disabledAt").ValueKind);
        await using VigilStoreSet stores = await VigilStores.OpenAsync(Db, TimeProvider.System, TestContext.Current.CancellationToken);
        Screening.People.Users users = new(stores.Users, stores.Audit, TimeProvider.System);
        Assert.False((await users.SignInAsync("ana", Password, null, TestContext.Current.CancellationToken)).IsSignedIn);
    }

    [Fact]
    public async Task The_table_lists_name_role_and_state()
    {
        await Vigil(Password, "users", "create", "ana", "--role", "supervisor");

        CliResult list = await Vigil(null, "users", "list");

        Assert.Equal(0, list.ExitCode);
        Assert.Matches(@"ana\W+supervisor", list.Output);
        Assert.Contains("Failed attempts", list.Output, StringComparison.Ordinal);
    }
}

public sealed class SqliteUsersCommandTests : UsersCommandTests
{
    private readonly TempDirectory _directory = new("vigil-users-");

    public override ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Dispose();
        return base.DisposeAsync();
    }

    protected override Task<string> NewDatabaseAsync() => Task.FromResult(_directory.Combine("vigil.db"));
}

public sealed class PostgresUsersCommandTests(PostgresServer server) : UsersCommandTests
{
    protected override Task<string> NewDatabaseAsync() => server.CreateDatabaseAsync(nameof(PostgresUsersCommandTests));
}
