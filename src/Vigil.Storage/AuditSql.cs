namespace Vigil.Storage;

/// <summary>The statements of the audit chain, shared by both engines. Parameters are positional: <c>$1</c>, <c>$2</c>...</summary>
internal static class AuditSql
{
    /// <summary>The columns read into a <see cref="Screening.Audit.AuditRecord"/>, in the order <see cref="SqlAuditLog"/> reads them.</summary>
    public const string RecordColumns = "sequence, at, actor, action, records, detail, previous_hash, hash";

    /// <summary>The last row of the chain: its sequence and hash.</summary>
    public const string Head = "SELECT sequence, hash FROM audit_log ORDER BY sequence DESC LIMIT 1";

    public const string Insert = """
        INSERT INTO audit_log (sequence, at, actor, action, records, detail, previous_hash, hash)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
        """;

    /// <summary>A page of the chain in order, after a sequence.</summary>
    public const string Page = "SELECT " + RecordColumns + " FROM audit_log WHERE sequence > $1 ORDER BY sequence LIMIT $2";
}
