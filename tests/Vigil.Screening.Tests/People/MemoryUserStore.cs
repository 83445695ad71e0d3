using Vigil.Screening.Audit;
using Vigil.Screening.People;

namespace Vigil.Screening.Tests.People;

/// <summary>An <see cref="IUserStore"/> and <see cref="IAuditLog"/> in memory, for the rules of <see cref="Users"/>;
/// the SQL store is held to the same behaviour by the storage contract tests.</summary>
internal sealed class MemoryUserStore(TimeProvider time) : IUserStore, IAuditLog
{
    private readonly Dictionary<string, StoredUser> _users = new(StringComparer.Ordinal);
    private readonly List<AuditRecord> _audit = [];

    public IReadOnlyList<AuditEntry> Entries => [.. _audit.Select(r => r.Entry)];

    public StoredUser Stored(string name) => _users[name];

    public Task CreateAsync(StoredUser user, AuditEntry audit, CancellationToken cancellationToken)
    {
        if (!_users.TryAdd(user.User.Name, user))
        {
            throw new ArgumentException($"A user named '{user.User.Name}' exists.", nameof(user));
        }

        Append(audit);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<User>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<User>>([.. _users.Values.Select(u => u.User).OrderBy(u => u.CreatedAt)]);

    public Task<StoredUser?> FindAsync(string name, CancellationToken cancellationToken) =>
        Task.FromResult(_users.GetValueOrDefault(name));

    public Task<User?> DisableAsync(string name, AuditEntry audit, CancellationToken cancellationToken)
    {
        if (!_users.TryGetValue(name, out StoredUser? stored))
        {
            return Task.FromResult<User?>(null);
        }

        if (!stored.User.IsDisabled)
        {
            stored = Change(name, stored with { User = stored.User with { DisabledAt = time.GetUtcNow() } });
            Append(audit);
        }

        return Task.FromResult<User?>(stored.User);
    }

    public Task<User?> RecordSignInAsync(string name, string? newPasswordHash, AuditEntry audit, CancellationToken cancellationToken)
    {
        if (!_users.TryGetValue(name, out StoredUser? stored))
        {
            return Task.FromResult<User?>(null);
        }

        stored = Change(name, new StoredUser(stored.User with { FailedAttempts = 0, LockedUntil = null }, newPasswordHash ?? stored.PasswordHash));
        Append(audit);
        return Task.FromResult<User?>(stored.User);
    }

    public Task<User?> RecordFailureAsync(string name, int lockAfter, DateTimeOffset lockUntil, AuditEntry failure, AuditEntry lockout, CancellationToken cancellationToken)
    {
        if (!_users.TryGetValue(name, out StoredUser? stored))
        {
            return Task.FromResult<User?>(null);
        }

        Append(failure);
        int failed = stored.User.FailedAttempts + 1;
        User user = failed >= lockAfter
            ? stored.User with { FailedAttempts = 0, LockedUntil = lockUntil }
            : stored.User with { FailedAttempts = failed };
        if (failed >= lockAfter)
        {
            Append(lockout);
        }

        return Task.FromResult<User?>(Change(name, stored with { User = user }).User);
    }

    public Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        Append(entry);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AuditRecord>> ReadAsync(AuditQuery query, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AuditRecord>>([.. _audit]);

    public Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken) => throw new NotSupportedException("Not kept as a chain.");

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private StoredUser Change(string name, StoredUser changed) => _users[name] = changed;

    private void Append(AuditEntry entry) => _audit.Add(new AuditRecord(_audit.Count + 1, time.GetUtcNow(), entry, string.Empty, string.Empty));
}
