namespace Vigil.Screening.Audit;

/// <summary>What checking the audit chain found.</summary>
/// <param name="RowsVerified">Rows found in place before the first fault (all of them when there is none).</param>
/// <param name="HeadHash">The hash of the last row verified: keep it elsewhere to detect later deletions of the
/// newest rows.</param>
/// <param name="Fault">The first row out of place, or null when the chain is intact.</param>
public sealed record AuditVerification(long RowsVerified, string HeadHash, AuditFault? Fault)
{
    /// <summary>True when every row is in place.</summary>
    public bool IsIntact => Fault is null;
}

/// <summary>The first row of the audit chain found out of place.</summary>
/// <param name="Sequence">The row's sequence number as stored.</param>
/// <param name="Kind">What seems to have been done.</param>
/// <param name="Message">What was found, in words.</param>
public sealed record AuditFault(long Sequence, AuditTamper Kind, string Message);

/// <summary>How the audit chain was broken.</summary>
public enum AuditTamper
{
    /// <summary>A row's content no longer matches its hash.</summary>
    Edited,

    /// <summary>A row is missing: the sequence jumps.</summary>
    Deleted,

    /// <summary>A row was added: the sequence repeats or goes back.</summary>
    Inserted,

    /// <summary>Rows are in another order: a row is intact but does not follow the one before it.</summary>
    Reordered,
}
