namespace Vigil.Screening.Audit;

/// <summary>The append-only, hash-chained record of who read personal data or changed anything. Implemented for
/// SQLite and PostgreSQL.</summary>
/// <remarks>Appends from several processes sharing one database are serialized, so the chain stays one line;
/// concurrent appends of one process may be committed together.</remarks>
public interface IAuditLog : IAsyncDisposable
{
    /// <summary>Appends one row; returns once it is committed.</summary>
    Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken);

    /// <summary>Rows, oldest first.</summary>
    Task<IReadOnlyList<AuditRecord>> ReadAsync(AuditQuery query, CancellationToken cancellationToken);

    /// <summary>Reads the whole chain in order and checks every row (see <see cref="AuditChain.Verify"/>).</summary>
    Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken);
}
