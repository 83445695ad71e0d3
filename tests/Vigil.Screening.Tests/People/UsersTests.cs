using Microsoft.Extensions.Time.Testing;
using Vigil.Screening.Access;
using Vigil.Screening.Audit;
using Vigil.Screening.People;

namespace Vigil.Screening.Tests.People;

public sealed class UsersTests : IAsyncDisposable
{
    private const string Password = "correct horse battery";

    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _time = new(Start);
    private readonly MemoryUserStore _store;
    private readonly Users _users;

    public UsersTests()
    {
        _store = new MemoryUserStore(_time);
        _users = new Users(_store, _store, _time);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => _store.DisposeAsync();

    [Fact]
    public async Task Created_user_keeps_a_slow_hash_of_the_password_never_the_password()
    {
        User user = await _users.CreateAsync("ana.lyst", AccessRole.Analyst, Password, "cli:admin", Ct);

        StoredUser stored = _store.Stored("ana.lyst");
        Assert.Equal(("ana.lyst", AccessRole.Analyst, Start, "cli:admin"), (user.Name, user.Role, user.CreatedAt, user.CreatedBy));
        Assert.DoesNotContain(Password, stored.PasswordHash, StringComparison.Ordinal);

        // Identity's version 3 format: a 0x01 marker, then PRF, iteration count, salt and subkey.
        Assert.Equal(0x01, Convert.FromBase64String(stored.PasswordHash)[0]);
        AuditEntry created = Assert.Single(_store.Entries);
        Assert.Equal(new AuditEntry("cli:admin", "user.create", "user:ana.lyst") { Detail = """{"role":"analyst"}""" }, created);
        Assert.DoesNotContain(_store.Entries, e => (e.Detail ?? string.Empty).Contains(Password, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("", "The password is empty.")]
    [InlineData("elevenchars", "The password is too short: at least 12 characters.")]
    public async Task Empty_or_short_password_is_refused_and_nothing_is_stored(string password, string message)
    {
        ArgumentException refused = await Assert.ThrowsAsync<ArgumentException>(() => _users.CreateAsync("ana", AccessRole.Analyst, password, "cli:admin", Ct));

        Assert.StartsWith(message, refused.Message, StringComparison.Ordinal);
        Assert.Empty(await _users.ListAsync(Ct));
        Assert.Empty(_store.Entries);
    }

    [Theory]
    [InlineData("")]
    [InlineData("two words")]
    [InlineData("semi;colon")]
    public async Task Name_outside_letters_digits_and_a_few_signs_is_refused(string name)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _users.CreateAsync(name, AccessRole.Analyst, Password, "cli:admin", Ct));

        Assert.Empty(await _users.ListAsync(Ct));
    }

    [Fact]
    public async Task A_person_is_never_a_carrier()
    {
        ArgumentException refused = await Assert.ThrowsAsync<ArgumentException>(() => _users.CreateAsync("gateway", AccessRole.Carrier, Password, "cli:admin", Ct));

        Assert.Contains("carriers use API keys", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Right_password_signs_in_and_is_audited()
    {
        await _users.CreateAsync("ana", AccessRole.Supervisor, Password, "cli:admin", Ct);

        SignInResult result = await _users.SignInAsync("ana", Password, "127.0.0.1", Ct);

        Assert.Equal(SignInOutcome.SignedIn, result.Outcome);
        Assert.Equal(("ana", AccessRole.Supervisor), (result.User?.Name, result.User?.Role));
        Assert.Equal(new AuditEntry("user:ana", "user.signin", "user:ana") { Detail = """{"from":"127.0.0.1"}""" }, _store.Entries[^1]);
    }

    [Fact]
    public async Task Unknown_name_and_wrong_password_get_the_same_answer_and_differ_only_in_the_audit()
    {
        await _users.CreateAsync("ana", AccessRole.Analyst, Password, "cli:admin", Ct);

        SignInResult unknown = await _users.SignInAsync("nobody.here", Password, null, Ct);
        SignInResult wrong = await _users.SignInAsync("ana", "not the password", null, Ct);

        Assert.Equal(unknown, wrong);
        Assert.Equal(new SignInResult(SignInOutcome.Refused), wrong);
        Assert.Equal(
            ["""{"reason":"unknown-name"}""", """{"reason":"wrong-password"}"""],
            _store.Entries.Where(e => e.Action == "user.signin.refused").Select(e => e.Detail));
    }

    [Fact]
    public async Task Five_wrong_passwords_in_a_row_lock_the_user_for_fifteen_minutes_even_with_the_right_password()
    {
        await _users.CreateAsync("ana", AccessRole.Analyst, Password, "cli:admin", Ct);

        SignInResult[] attempts = new SignInResult[5];
        for (int i = 0; i < attempts.Length; i++)
        {
            attempts[i] = await _users.SignInAsync("ana", $"wrong password {i}", null, Ct);
        }

        Assert.Equal([.. Enumerable.Repeat(SignInOutcome.Refused, 4), SignInOutcome.LockedOut], attempts.Select(a => a.Outcome));
        Assert.Equal(Start.AddMinutes(15), attempts[^1].LockedUntil);
        Assert.Single(_store.Entries, e => e.Action == "user.lockout");

        _time.Advance(TimeSpan.FromMinutes(15) - TimeSpan.FromSeconds(1));
        SignInResult stillLocked = await _users.SignInAsync("ana", Password, null, Ct);
        Assert.Equal(SignInOutcome.LockedOut, stillLocked.Outcome);

        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(SignInOutcome.SignedIn, (await _users.SignInAsync("ana", Password, null, Ct)).Outcome);
    }

    [Fact]
    public async Task A_sign_in_sets_the_count_of_wrong_passwords_back_to_zero()
    {
        await _users.CreateAsync("ana", AccessRole.Analyst, Password, "cli:admin", Ct);
        for (int i = 0; i < 4; i++)
        {
            await _users.SignInAsync("ana", "wrong password", null, Ct);
        }

        Assert.Equal(4, _store.Stored("ana").User.FailedAttempts);
        Assert.True((await _users.SignInAsync("ana", Password, null, Ct)).IsSignedIn);
        Assert.Equal(0, _store.Stored("ana").User.FailedAttempts);

        for (int i = 0; i < 4; i++)
        {
            Assert.Equal(SignInOutcome.Refused, (await _users.SignInAsync("ana", "wrong password", null, Ct)).Outcome);
        }

        Assert.Null(_store.Stored("ana").User.LockedUntil);
    }

    [Fact]
    public async Task Attempts_during_a_lockout_do_not_extend_it()
    {
        await _users.CreateAsync("ana", AccessRole.Analyst, Password, "cli:admin", Ct);
        for (int i = 0; i < Users.LockoutThreshold; i++)
        {
            await _users.SignInAsync("ana", "wrong password", null, Ct);
        }

        _time.Advance(TimeSpan.FromMinutes(10));
        await _users.SignInAsync("ana", "wrong password", null, Ct);

        Assert.Equal(Start.AddMinutes(15), _store.Stored("ana").User.LockedUntil);
        Assert.Equal(0, _store.Stored("ana").User.FailedAttempts);
    }

    [Fact]
    public async Task Disabled_user_is_refused_like_a_wrong_password_and_is_not_counted()
    {
        await _users.CreateAsync("ana", AccessRole.Analyst, Password, "cli:admin", Ct);

        User? disabled = await _users.DisableAsync("ana", "cli:admin", Ct);
        SignInResult result = await _users.SignInAsync("ana", Password, null, Ct);

        Assert.Equal(Start, disabled?.DisabledAt);
        Assert.Equal(new SignInResult(SignInOutcome.Refused), result);
        Assert.Equal(0, _store.Stored("ana").User.FailedAttempts);
        Assert.Equal("""{"reason":"disabled"}""", _store.Entries[^1].Detail);
        Assert.Null(await _users.FindActiveAsync("ana", Ct));
    }

    [Fact]
    public async Task Disabling_twice_is_audited_once_and_an_unknown_user_gives_null()
    {
        await _users.CreateAsync("ana", AccessRole.Analyst, Password, "cli:admin", Ct);

        await _users.DisableAsync("ana", "cli:admin", Ct);
        await _users.DisableAsync("ana", "cli:admin", Ct);

        Assert.Equal(["user.create", "user.disable"], _store.Entries.Select(e => e.Action));
        Assert.Null(await _users.DisableAsync("nobody.here", "cli:admin", Ct));
    }

    [Fact]
    public async Task Active_user_is_found_for_an_open_session()
    {
        await _users.CreateAsync("ana", AccessRole.Admin, Password, "cli:admin", Ct);

        Assert.Equal(AccessRole.Admin, (await _users.FindActiveAsync("ana", Ct))?.Role);
        Assert.Null(await _users.FindActiveAsync("nobody.here", Ct));
    }
}
