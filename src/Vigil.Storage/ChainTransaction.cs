using System.Data.Common;
using Vigil.Screening.Audit;

namespace Vigil.Storage;

/// <summary>A write transaction of the <see cref="ChainWriter"/>: the connection, the rows to write, one time for all
/// of them, and the head of the audit chain as this transaction extends it.</summary>
/// <remarks>Rows go through the engine's <see cref="ImportWriter"/> (prepared commands on SQLite, batches on
/// PostgreSQL), so a transaction of many writes costs a few round trips; statements that must run at once (a
/// state check) use <see cref="Connection"/> and <see cref="Transaction"/>.</remarks>
internal sealed class ChainTransaction : IAsyncDisposable
{
    private ChainTransaction(SqlDatabase database, DbConnection connection, DbTransaction transaction, DateTimeOffset now, long sequence, string hash)
    {
        Database = database;
        Connection = connection;
        Transaction = transaction;
        Now = now;
        LastSequence = sequence;
        LastHash = hash;
        Rows = database.CreateWriter(connection, transaction);
    }

    public SqlDatabase Database { get; }

    public DbConnection Connection { get; }

    public DbTransaction Transaction { get; }

    /// <summary>The rows of the transaction, written in order, at the latest when it is flushed.</summary>
    public ImportWriter Rows { get; }

    /// <summary>The time of everything this transaction records, truncated to the microsecond (see
    /// <see cref="SqlDatabase.ToStoredPrecision(DateTimeOffset)"/>) so that hashes verify after a round trip.</summary>
    public DateTimeOffset Now { get; }

    /// <summary>The sequence of the last row of the chain, 0 when it is empty.</summary>
    public long LastSequence { get; private set; }

    /// <summary>The hash of the last row of the chain, <see cref="AuditChain.Genesis"/> when it is empty.</summary>
    public string LastHash { get; private set; }

    /// <summary>Begins extending the chain from its last row, read under the chain's lock (see
    /// <see cref="SqlDatabase.LockAuditChainAsync"/>), so that no other process appends until this transaction ends.</summary>
    public static ChainTransaction Begin(SqlDatabase database, DbConnection connection, DbTransaction transaction, long sequence, string hash)
    {
        // Read after the lock, so that times follow the chain's order across processes whose clocks agree.
        DateTimeOffset now = SqlDatabase.ToStoredPrecision(database.Time.GetUtcNow());
        return new ChainTransaction(database, connection, transaction, now, sequence, hash);
    }

    /// <summary>Appends a row to the chain.</summary>
    /// <returns>The row's sequence.</returns>
    public async Task<long> AppendAsync(AuditEntry entry)
    {
        long sequence = checked(LastSequence + 1);
        string hash = AuditChain.HashOf(sequence, Now, entry, LastHash);
        await Rows.ExecuteAsync(
            AuditSql.Insert,
            [sequence, Now, entry.Actor, entry.Action, entry.Records, entry.Detail, LastHash, hash],
            CancellationToken.None);
        LastSequence = sequence;
        LastHash = hash;
        return sequence;
    }

    /// <summary>Runs the rows still queued.</summary>
    public ValueTask FlushAsync() => Rows.FlushAsync(CancellationToken.None);

    /// <summary>Runs a statement at once and returns the number of rows it changed.</summary>
    public async Task<int> ExecuteAsync(string sql, params object?[] values)
    {
        await using DbCommand command = Database.Command(Connection, Transaction, sql, values);
        return await command.ExecuteNonQueryAsync(CancellationToken.None);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => Rows.DisposeAsync();
}
