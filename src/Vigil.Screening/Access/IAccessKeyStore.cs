using Vigil.Screening.Audit;

namespace Vigil.Screening.Access;

/// <summary>Where API keys are kept, as salted hashes. Implemented for SQLite and PostgreSQL.</summary>
/// <remarks>Each change is one transaction with its audit entry.</remarks>
public interface IAccessKeyStore : IAsyncDisposable
{
    /// <summary>Stores a new key.</summary>
    /// <exception cref="ArgumentException">A key with this id exists.</exception>
    Task CreateAsync(StoredAccessKey key, AuditEntry audit, CancellationToken cancellationToken);

    /// <summary>Every key, revoked ones too, oldest first.</summary>
    Task<IReadOnlyList<AccessKey>> ListAsync(CancellationToken cancellationToken);

    /// <summary>One key with its hash, or null.</summary>
    Task<StoredAccessKey?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>Revokes a key; revoking a revoked key changes nothing.</summary>
    /// <returns>The key as it is now, or null when there is none with this id.</returns>
    Task<AccessKey?> RevokeAsync(string id, AuditEntry audit, CancellationToken cancellationToken);
}
