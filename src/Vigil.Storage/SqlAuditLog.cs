using System.Data.Common;
using System.Globalization;
using System.Text;
using Vigil.Screening.Audit;

namespace Vigil.Storage;

/// <summary>The audit chain in a SQLite or PostgreSQL database.</summary>
/// <remarks>Appends go through the <see cref="ChainWriter"/>, with the writes of the other stores of the process, so
/// every row of the chain, whoever appends it, is written by one writer per process and, across processes, under the
/// chain's lock. A row's time is truncated to the microsecond before it is hashed, so that its hash verifies after
/// a round trip through either engine.</remarks>
/// <param name="writer">The writer of the database's audit chain.</param>
/// <param name="ownsWriter">True when disposing the log disposes the writer (and with it the database); false when
/// the log is one of a <see cref="VigilStoreSet"/>, which disposes them.</param>
internal sealed class SqlAuditLog(ChainWriter writer, bool ownsWriter) : IAuditLog
{
    // Rows read per query while verifying: the chain may hold millions.
    private const int VerifyPageSize = 5000;

    private SqlDatabase Database => writer.Database;

    /// <inheritdoc />
    public ValueTask DisposeAsync() => ownsWriter ? writer.DisposeAsync() : ValueTask.CompletedTask;

    /// <inheritdoc />
    public async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        Accept(entry);
        await writer.WriteAsync(
            async chain =>
            {
                await chain.AppendAsync(entry);
                return true;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AuditRecord>> ReadAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(query.Limit);
        StringBuilder sql = new("SELECT " + AuditSql.RecordColumns + " FROM audit_log WHERE 1 = 1");
        List<object?> values = [];
        if (query.Since is { } since)
        {
            values.Add(since);
            sql.Append(CultureInfo.InvariantCulture, $" AND at >= ${values.Count}");
        }

        if (query.Actor is not null)
        {
            values.Add(query.Actor);
            sql.Append(CultureInfo.InvariantCulture, $" AND actor = ${values.Count}");
        }

        // The newest rows when more match, returned oldest first.
        values.Add(query.Limit);
        sql.Append(CultureInfo.InvariantCulture, $" ORDER BY sequence DESC LIMIT ${values.Count}");

        await using DbConnection connection = await Database.OpenConnectionAsync(cancellationToken);
        await using DbCommand command = Database.Command(connection, null, sql.ToString(), [.. values]);
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        List<AuditRecord> rows = [];
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(ReadRecord(reader));
        }

        rows.Reverse();
        return rows;
    }

    /// <inheritdoc />
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        await using DbConnection connection = await Database.OpenConnectionAsync(cancellationToken);
        await using DbTransaction transaction = await Database.BeginReadAsync(connection, cancellationToken);

        // AuditChain.Verify walks an enumerable: pages are read synchronously, on a pool thread, so that the chain is
        // checked in one snapshot with one page in memory, however long it is.
        AuditVerification verification = await Task.Run(
            () => AuditChain.Verify(ReadChain(connection, transaction, cancellationToken)), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return verification;
    }

    /// <summary>Checks an audit entry from the caller.</summary>
    internal static void Accept(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentException.ThrowIfNullOrWhiteSpace(entry.Actor, nameof(entry));
        ArgumentException.ThrowIfNullOrWhiteSpace(entry.Action, nameof(entry));
        ArgumentNullException.ThrowIfNull(entry.Records, nameof(entry));
    }

    /// <summary>Reads the columns of <see cref="AuditSql.RecordColumns"/>.</summary>
    internal AuditRecord ReadRecord(DbDataReader reader) =>
        new(
            reader.GetInt64(0),
            Database.ReadTimestamp(reader, 1),
            new AuditEntry(reader.GetString(2), reader.GetString(3), reader.GetString(4)) { Detail = reader.IsDBNull(5) ? null : reader.GetString(5) },
            reader.GetString(6),
            reader.GetString(7));

    private IEnumerable<AuditRecord> ReadChain(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        long after = long.MinValue;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            List<AuditRecord> page = new(VerifyPageSize);
            using (DbCommand command = Database.Command(connection, transaction, AuditSql.Page, after, VerifyPageSize))
            using (DbDataReader reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    page.Add(ReadRecord(reader));
                }
            }

            foreach (AuditRecord row in page)
            {
                yield return row;
            }

            if (page.Count < VerifyPageSize)
            {
                yield break;
            }

            after = page[^1].Sequence;
        }
    }
}
