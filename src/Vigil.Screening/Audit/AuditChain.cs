using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Vigil.Screening.Audit;

/// <summary>How the rows of the audit chain are hashed and checked.</summary>
/// <remarks>
/// A row's hash is the SHA-256 of its canonical content (sequence, time, actor, action, records, detail, each
/// length-prefixed so that no two contents serialize alike) followed by the previous row's hash. Editing a row
/// changes its hash; deleting, inserting or reordering rows breaks the sequence or the link to the previous hash.
/// Deleting the newest rows leaves a shorter valid chain: compare the head hash that <c>vigil audit verify</c>
/// prints with one kept elsewhere to detect that.
/// </remarks>
public static class AuditChain
{
    /// <summary>The previous hash of the first row.</summary>
    public static string Genesis { get; } = new('0', 64);

    /// <summary>The hash of a row.</summary>
    public static string HashOf(long sequence, DateTimeOffset at, AuditEntry entry, string previousHash)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(previousHash);
        StringBuilder content = new();
        Append(content, sequence.ToString(CultureInfo.InvariantCulture));
        Append(content, at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
        Append(content, entry.Actor);
        Append(content, entry.Action);
        Append(content, entry.Records);
        Append(content, entry.Detail);
        Append(content, previousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content.ToString())));
    }

    /// <summary>Checks rows read in sequence order; stops at the first that is not where the chain says it must be.</summary>
    public static AuditVerification Verify(IEnumerable<AuditRecord> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        string previous = Genesis;
        long expected = 1;
        long verified = 0;
        foreach (AuditRecord row in rows)
        {
            if (row.Sequence != expected)
            {
                // A gap is a deleted row; a repeated or smaller sequence is an inserted or moved one.
                AuditTamper kind = row.Sequence > expected ? AuditTamper.Deleted : AuditTamper.Inserted;
                return new AuditVerification(verified, previous, new AuditFault(row.Sequence, kind,
                    string.Create(CultureInfo.InvariantCulture, $"row {row.Sequence} follows row {expected - 1}: expected row {expected}")));
            }

            if (!string.Equals(row.PreviousHash, previous, StringComparison.Ordinal))
            {
                bool selfConsistent = string.Equals(HashOf(row.Sequence, row.At, row.Entry, row.PreviousHash), row.Hash, StringComparison.Ordinal);
                AuditTamper kind = selfConsistent ? AuditTamper.Reordered : AuditTamper.Edited;
                return new AuditVerification(verified, previous, new AuditFault(row.Sequence, kind,
                    string.Create(CultureInfo.InvariantCulture, $"row {row.Sequence} does not link to the hash of row {row.Sequence - 1}")));
            }

            if (!string.Equals(HashOf(row.Sequence, row.At, row.Entry, row.PreviousHash), row.Hash, StringComparison.Ordinal))
            {
                return new AuditVerification(verified, previous, new AuditFault(row.Sequence, AuditTamper.Edited,
                    string.Create(CultureInfo.InvariantCulture, $"row {row.Sequence} does not match its hash: its content was edited")));
            }

            previous = row.Hash;
            expected++;
            verified++;
        }

        return new AuditVerification(verified, previous, null);
    }

    private static void Append(StringBuilder content, string? value)
    {
        if (value is null)
        {
            content.Append("-1:");
            return;
        }

        content.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
    }
}
