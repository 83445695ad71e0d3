using System.Buffers.Binary;
using System.Data;
using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Npgsql;
using NpgsqlTypes;

namespace Vigil.Storage.Postgres;

/// <summary>A Vigil database on a PostgreSQL server.</summary>
/// <remarks>
/// Subjects and history documents are <c>jsonb</c>; timestamps are <c>timestamptz</c> (microsecond precision).
/// Writers of one list are serialized by a transaction-scoped advisory lock on the list name, appenders to the
/// audit chain by another, and schema migrations by a third, so several Vigil processes can share the database
/// and start at the same time.
/// </remarks>
internal sealed class PostgresDatabase : SqlDatabase
{
    // Advisory lock keys are (class, object) pairs: one class for migrations, one for lists, one for the audit
    // chain ("VGLM", "VGLL", "VGLA").
    private const int MigrationLockClass = 0x56474C4D;
    private const int ListLockClass = 0x56474C4C;
    private const int AuditLockClass = 0x56474C41;

    private readonly NpgsqlDataSource _dataSource;

    private PostgresDatabase(NpgsqlDataSource dataSource, string description, TimeProvider time)
        : base(time)
    {
        _dataSource = dataSource;
        Description = description;
    }

    /// <inheritdoc />
    public override string Description { get; }

    public override DatabaseEngine Engine => DatabaseEngine.Postgres;

    protected override string CreateMigrationsTableSql => """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version     integer PRIMARY KEY,
            name        text NOT NULL,
            applied_at  timestamptz NOT NULL
        )
        """;

    /// <summary>Connects to a database and brings its schema up to date.</summary>
    /// <param name="connectionString">An Npgsql keyword connection string.</param>
    /// <param name="time">The clock for the times the store records.</param>
    /// <param name="cancellationToken">Cancels opening.</param>
    public static async Task<PostgresDatabase> ConnectAsync(string connectionString, TimeProvider time, CancellationToken cancellationToken)
    {
        NpgsqlConnectionStringBuilder builder = new(connectionString);
        if (builder.MaxAutoPrepare == 0)
        {
            // The statements of an import run thousands of times: let Npgsql prepare them on the server.
            builder.MaxAutoPrepare = 32;
        }

        if (!connectionString.Contains("Maximum Pool Size", StringComparison.OrdinalIgnoreCase)
            && !connectionString.Contains("MaxPoolSize", StringComparison.OrdinalIgnoreCase)
            && !connectionString.Contains("Max Pool Size", StringComparison.OrdinalIgnoreCase))
        {
            // Writes go through one group-commit connection and key look-ups are answered from memory: 32 connections
            // per process are plenty, and several servers then fit in PostgreSQL's default of 100.
            builder.MaxPoolSize = 32;
        }

        if (!connectionString.Contains("No Reset On Close", StringComparison.OrdinalIgnoreCase)
            && !connectionString.Contains("NoResetOnClose", StringComparison.OrdinalIgnoreCase))
        {
            // Vigil leaves no session state on a connection (no temporary tables, settings or session locks; its
            // advisory locks end with their transactions): the reset Npgsql sends when a pooled connection is used
            // again is a round trip and a statement for nothing, twice per carrier check.
            builder.NoResetOnClose = true;
        }

        string description = FormattableString.Invariant($"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database ?? builder.Username}");
        PostgresDatabase store = new(NpgsqlDataSource.Create(builder), description, time);
        try
        {
            await using DbConnection connection = await store.OpenConnectionAsync(cancellationToken);
            await using DbTransaction transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using (DbCommand command = store.Command(connection, transaction, "SELECT pg_advisory_xact_lock($1, 0)", MigrationLockClass))
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            await store.MigrateAsync(connection, transaction, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return store;
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }

    /// <inheritdoc />
    public override ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    public override async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken);

    public override async ValueTask<DbTransaction> BeginWriteAsync(DbConnection connection, string? listName, CancellationToken cancellationToken)
    {
        DbTransaction transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
        if (listName is null)
        {
            return transaction;
        }

        try
        {
            await using DbCommand command = Command(connection, transaction, "SELECT pg_advisory_xact_lock($1, $2)", ListLockClass, ListLockKey(listName));
            await command.ExecuteNonQueryAsync(cancellationToken);
            return transaction;
        }
        catch
        {
            await transaction.DisposeAsync();
            throw;
        }
    }

    public override async ValueTask<DbTransaction> BeginReadAsync(DbConnection connection, CancellationToken cancellationToken) =>
        // One snapshot for the several queries of a read.
        await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);

    public override DbParameter CreateParameter(DbCommand command, int position, object? value) => Parameter(value);

    public override DateTimeOffset ReadTimestamp(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);

    public override DateTime ReadLocalTime(DbDataReader reader, int ordinal) =>
        DateTime.SpecifyKind(reader.GetDateTime(ordinal), DateTimeKind.Unspecified);

    public override async ValueTask<(long Sequence, string Hash)> LockAuditChainAsync(
        DbConnection connection, DbTransaction transaction, bool flushed, CancellationToken cancellationToken)
    {
        // One round trip, two or three statements: the lock is held until the transaction ends, and the last statement
        // takes its snapshot after the lock was granted, so it reads the row the previous holder committed.
        await using NpgsqlBatch batch = new((NpgsqlConnection)connection, (NpgsqlTransaction)transaction);
        if (!flushed)
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand("SET LOCAL synchronous_commit TO OFF"));
        }

        batch.BatchCommands.Add(new NpgsqlBatchCommand("SELECT pg_advisory_xact_lock($1, 0)") { Parameters = { Parameter(AuditLockClass) } });
        batch.BatchCommands.Add(new NpgsqlBatchCommand(AuditSql.Head));
        await using NpgsqlDataReader reader = await batch.ExecuteReaderAsync(cancellationToken);
        while (reader.FieldCount != 2 || reader.GetName(0) != "sequence")
        {
            if (!await reader.NextResultAsync(cancellationToken))
            {
                throw new InvalidOperationException("The audit chain's last row was not read.");
            }
        }

        return await ReadChainHeadAsync(reader, cancellationToken);
    }

    public override ImportWriter CreateWriter(DbConnection connection, DbTransaction transaction) =>
        new PostgresImportWriter((NpgsqlConnection)connection, (NpgsqlTransaction)transaction);

    public override ChangeSignal? Listen(string channel) => new PostgresChangeSignal(_dataSource, channel);

    public override async ValueTask SignalAsync(DbConnection connection, DbTransaction transaction, string channel, CancellationToken cancellationToken)
    {
        // Delivered to every listener when the transaction commits, not before; not at all if it rolls back.
        await using DbCommand command = Command(connection, transaction, "SELECT pg_notify($1, '')", channel);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public override bool IsUniqueViolation(DbException exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    /// <summary>A positional parameter: Npgsql binds unnamed parameters to <c>$1</c>, <c>$2</c>... in order.</summary>
    internal static NpgsqlParameter Parameter(object? value) => value switch
    {
        null => new NpgsqlParameter { Value = DBNull.Value },
        DateTimeOffset time => new NpgsqlParameter { Value = time.ToUniversalTime() },

        // A local time without a zone (a departure time), whatever its kind says.
        DateTime local => new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Timestamp, Value = DateTime.SpecifyKind(local, DateTimeKind.Unspecified) },
        JsonText json => new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Jsonb, Value = json.Value },
        _ => new NpgsqlParameter { Value = value },
    };

    /// <summary>A stable 32-bit key for a list name: the same in every process and every version.</summary>
    private static int ListLockKey(string listName) =>
        BinaryPrimitives.ReadInt32BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(listName)));
}
