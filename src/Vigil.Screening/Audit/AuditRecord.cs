namespace Vigil.Screening.Audit;

/// <summary>A row of the audit chain as stored.</summary>
/// <param name="Sequence">Its place in the chain: 1, 2, 3… without gaps.</param>
/// <param name="At">When it was appended (UTC).</param>
/// <param name="Entry">What was done, by whom, to which records.</param>
/// <param name="PreviousHash">The <paramref name="Hash"/> of the row before (64 zeros for the first row), lower-case
/// hexadecimal.</param>
/// <param name="Hash">The SHA-256 of this row's content and <paramref name="PreviousHash"/>, lower-case hexadecimal
/// (see <see cref="AuditChain.HashOf"/>).</param>
public sealed record AuditRecord(long Sequence, DateTimeOffset At, AuditEntry Entry, string PreviousHash, string Hash);
