using Vigil.Screening.Audit;

namespace Vigil.Screening.People;

/// <summary>Where users are kept, with the hashes of their passwords. Implemented for SQLite and PostgreSQL.</summary>
/// <remarks>Each change is one transaction with its audit entries.</remarks>
public interface IUserStore : IAsyncDisposable
{
    /// <summary>Stores a new user.</summary>
    /// <exception cref="ArgumentException">A user with this name exists.</exception>
    Task CreateAsync(StoredUser user, AuditEntry audit, CancellationToken cancellationToken);

    /// <summary>Every user, disabled ones too, oldest first.</summary>
    Task<IReadOnlyList<User>> ListAsync(CancellationToken cancellationToken);

    /// <summary>One user with the password hash, or null.</summary>
    Task<StoredUser?> FindAsync(string name, CancellationToken cancellationToken);

    /// <summary>Disables a user; disabling a disabled user changes nothing and appends nothing.</summary>
    /// <returns>The user as it is now, or null when there is none with this name.</returns>
    Task<User?> DisableAsync(string name, AuditEntry audit, CancellationToken cancellationToken);

    /// <summary>Records a sign-in: the count of wrong passwords goes back to zero and a lockout ends.</summary>
    /// <param name="name">The user.</param>
    /// <param name="newPasswordHash">A new hash of the same password when the stored one uses older settings, else null.</param>
    /// <param name="audit">The sign-in's audit entry.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The user as it is now, or null when there is none with this name.</returns>
    Task<User?> RecordSignInAsync(string name, string? newPasswordHash, AuditEntry audit, CancellationToken cancellationToken);

    /// <summary>Counts a wrong password; when the count reaches <paramref name="lockAfter"/>, locks the user until
    /// <paramref name="lockUntil"/> and starts the count again.</summary>
    /// <param name="name">The user.</param>
    /// <param name="lockAfter">How many wrong passwords in a row lock the user.</param>
    /// <param name="lockUntil">The end of such a lockout.</param>
    /// <param name="failure">The audit entry of the wrong password.</param>
    /// <param name="lockout">The audit entry appended after it when the user is locked now.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The user as it is now, or null when there is none with this name.</returns>
    Task<User?> RecordFailureAsync(string name, int lockAfter, DateTimeOffset lockUntil, AuditEntry failure, AuditEntry lockout, CancellationToken cancellationToken);
}
