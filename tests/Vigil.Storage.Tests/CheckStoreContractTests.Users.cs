using Vigil.Screening.Access;
using Vigil.Screening.Audit;
using Vigil.Screening.People;

namespace Vigil.Storage.Tests;

public abstract partial class CheckStoreContractTests
{
    // Not a real hash: the store keeps whatever hash it is given.
    private const string SomeHash = "AQAAAAIAAYagAAAAEHashOfAnInventedPassword==";

    protected IUserStore Users => Stores.Users;

    protected StoredUser Person(string name, AccessRole role = AccessRole.Analyst, string hash = SomeHash) =>
        new(new User(name, role, Time.GetUtcNow(), "cli:admin"), hash);

    [Fact]
    public async Task Created_user_comes_back_with_role_hash_and_no_failures()
    {
        await Users.CreateAsync(Person("ana.lyst", AccessRole.Supervisor), Entry("user:ana.lyst", "user.create", "cli:admin"), Ct);

        StoredUser? found = await Users.FindAsync("ana.lyst", Ct);

        Assert.NotNull(found);
        Assert.Equal(SomeHash, found.PasswordHash);
        User user = found.User;
        Assert.Equal(("ana.lyst", AccessRole.Supervisor, Start, "cli:admin"), (user.Name, user.Role, user.CreatedAt, user.CreatedBy));
        Assert.Equal((0, null, null), (user.FailedAttempts, user.LockedUntil, user.DisabledAt));
        AuditRecord row = Assert.Single(await Audit.ReadAsync(new AuditQuery(), Ct));
        Assert.Equal(new AuditEntry("cli:admin", "user.create", "user:ana.lyst"), row.Entry);
        Assert.Null(await Users.FindAsync("Ana.Lyst", Ct));
    }

    [Fact]
    public async Task User_with_a_taken_name_is_refused_and_the_first_is_unchanged()
    {
        await Users.CreateAsync(Person("ana"), Entry("user:ana", "user.create"), Ct);

        await Assert.ThrowsAsync<ArgumentException>(() => Users.CreateAsync(Person("ana", AccessRole.Admin, "other"), Entry("user:ana", "user.create"), Ct));

        StoredUser? found = await Users.FindAsync("ana", Ct);
        Assert.Equal((AccessRole.Analyst, SomeHash), (found?.User.Role, found?.PasswordHash));
        Assert.Equal(1, await QueryNumberAsync("SELECT count(*) FROM users"));
        Assert.Equal(1, await QueryNumberAsync("SELECT count(*) FROM audit_log"));
    }

    [Fact]
    public async Task A_carrier_is_never_stored_as_a_person()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Users.CreateAsync(Person("gateway", AccessRole.Carrier), Entry("user:gateway", "user.create"), Ct));

        await Assert.ThrowsAnyAsync<Exception>(() => ExecuteSqlAsync(
            "INSERT INTO users (name, role, password_hash, created_at, created_by) VALUES ('gateway', 0, 'x', '2026-03-01T09:00:00.0000000Z', 'sql')"));
        Assert.Equal(0, await QueryNumberAsync("SELECT count(*) FROM users"));
    }

    [Fact]
    public async Task Users_are_listed_oldest_first_disabled_ones_too()
    {
        await Users.CreateAsync(Person("zed"), Entry("user:zed", "user.create"), Ct);
        Time.Advance(TimeSpan.FromMinutes(1));
        await Users.CreateAsync(Person("ana", AccessRole.Admin), Entry("user:ana", "user.create"), Ct);
        await Users.DisableAsync("zed", Entry("user:zed", "user.disable"), Ct);

        IReadOnlyList<User> users = await Users.ListAsync(Ct);

        Assert.Equal(["zed", "ana"], users.Select(u => u.Name));
        Assert.Equal([true, false], users.Select(u => u.IsDisabled));
        Assert.Equal([AccessRole.Analyst, AccessRole.Admin], users.Select(u => u.Role));
    }

    [Fact]
    public async Task Disabling_a_user_twice_changes_it_once_and_an_unknown_user_gives_null()
    {
        await Users.CreateAsync(Person("ana"), Entry("user:ana", "user.create"), Ct);
        Time.Advance(TimeSpan.FromMinutes(1));

        User? disabled = await Users.DisableAsync("ana", Entry("user:ana", "user.disable"), Ct);
        Time.Advance(TimeSpan.FromMinutes(1));
        User? again = await Users.DisableAsync("ana", Entry("user:ana", "user.disable"), Ct);

        Assert.Equal(Start.AddMinutes(1), disabled?.DisabledAt);
        Assert.Equal(Start.AddMinutes(1), again?.DisabledAt);
        Assert.Null(await Users.DisableAsync("nobody", Entry("user:nobody", "user.disable"), Ct));
        Assert.Equal(["user.create", "user.disable"], (await Audit.ReadAsync(new AuditQuery(), Ct)).Select(r => r.Entry.Action));
    }

    [Fact]
    public async Task Wrong_passwords_are_counted_and_lock_the_user_at_the_threshold_in_one_transaction_with_their_audit()
    {
        await Users.CreateAsync(Person("ana"), Entry("user:ana", "user.create"), Ct);
        DateTimeOffset until = Start.AddMinutes(15);

        User?[] counted = new User?[3];
        for (int i = 0; i < counted.Length; i++)
        {
            counted[i] = await Users.RecordFailureAsync("ana", 3, until, Entry("user:ana", "user.signin.refused", "user:ana"), Entry("user:ana", "user.lockout", "user:ana"), Ct);
        }

        Assert.Equal([1, 2, 0], counted.Select(u => u?.FailedAttempts));
        Assert.Equal([null, null, until], counted.Select(u => u?.LockedUntil));
        Assert.Equal(until, (await Users.FindAsync("ana", Ct))?.User.LockedUntil);
        Assert.Equal(
            ["user.create", "user.signin.refused", "user.signin.refused", "user.signin.refused", "user.lockout"],
            (await Audit.ReadAsync(new AuditQuery(), Ct)).Select(r => r.Entry.Action));
        Assert.True((await Audit.VerifyAsync(Ct)).IsIntact);
    }

    [Fact]
    public async Task A_sign_in_clears_the_count_and_the_lockout_and_may_replace_the_hash()
    {
        await Users.CreateAsync(Person("ana"), Entry("user:ana", "user.create"), Ct);
        await Users.RecordFailureAsync("ana", 1, Start.AddMinutes(15), Entry("user:ana", "user.signin.refused"), Entry("user:ana", "user.lockout"), Ct);
        await Users.RecordFailureAsync("ana", 5, Start.AddMinutes(15), Entry("user:ana", "user.signin.refused"), Entry("user:ana", "user.lockout"), Ct);

        User? kept = await Users.RecordSignInAsync("ana", null, Entry("user:ana", "user.signin"), Ct);
        Assert.Equal(SomeHash, (await Users.FindAsync("ana", Ct))?.PasswordHash);
        User? rehashed = await Users.RecordSignInAsync("ana", "a newer hash", Entry("user:ana", "user.signin"), Ct);

        Assert.Equal((0, null), (kept?.FailedAttempts, kept?.LockedUntil));
        Assert.Equal(0, rehashed?.FailedAttempts);
        Assert.Equal("a newer hash", (await Users.FindAsync("ana", Ct))?.PasswordHash);
    }

    [Fact]
    public async Task Failures_and_sign_ins_of_an_unknown_user_give_null_and_append_nothing()
    {
        Assert.Null(await Users.RecordFailureAsync("nobody", 5, Start, Entry("user:nobody", "user.signin.refused"), Entry("user:nobody", "user.lockout"), Ct));
        Assert.Null(await Users.RecordSignInAsync("nobody", null, Entry("user:nobody", "user.signin"), Ct));

        Assert.Equal(0, await QueryNumberAsync("SELECT count(*) FROM audit_log"));
    }

    [Fact]
    public async Task Wrong_passwords_sent_at_the_same_time_are_all_counted()
    {
        await Users.CreateAsync(Person("ana"), Entry("user:ana", "user.create"), Ct);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            Users.RecordFailureAsync("ana", 100, Start.AddMinutes(15), Entry("user:ana", "user.signin.refused"), Entry("user:ana", "user.lockout"), Ct)));

        Assert.Equal(8, (await Users.FindAsync("ana", Ct))?.User.FailedAttempts);
    }
}
