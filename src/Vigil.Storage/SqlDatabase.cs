using System.Data.Common;
using Vigil.Storage.Migrations;
using Vigil.Storage.Postgres;
using Vigil.Storage.Sqlite;

namespace Vigil.Storage;

/// <summary>A Vigil database over ADO.NET: what differs between the engines, and the schema migrations.</summary>
/// <remarks>Each operation of a store opens its own connection (both drivers pool them), so one store may serve
/// concurrent requests. Engines differ in how they open connections, serialize writers, bind parameters,
/// keep timestamps, report constraint violations and write many rows fast; the stores built on this class
/// (<see cref="SqlWatchListStore"/>, <see cref="SqlMessageStore"/>, <see cref="SqlCheckStore"/>,
/// <see cref="SqlAuditLog"/>, <see cref="SqlAccessKeyStore"/>) hold the SQL both engines share.</remarks>
internal abstract class SqlDatabase : IAsyncDisposable
{
    protected SqlDatabase(TimeProvider time) => Time = time;

    /// <summary>A short description for messages (<c>SQLite /home/x/.local/share/vigil/vigil.db</c>).</summary>
    public abstract string Description { get; }

    /// <summary>The clock for the times the stores record.</summary>
    public TimeProvider Time { get; }

    public abstract DatabaseEngine Engine { get; }

    /// <summary>The statement that creates the table of applied migrations when it is missing.</summary>
    protected abstract string CreateMigrationsTableSql { get; }

    /// <summary>Opens the database that a specification names and brings its schema up to date.</summary>
    /// <param name="dbSpec">A PostgreSQL connection string or URI, or the path of a SQLite file. When null or empty,
    /// the <c>VIGIL_DB</c> environment variable, else <see cref="WatchListStores.DefaultSqlitePath"/>.</param>
    /// <param name="time">The clock for the times the stores record.</param>
    /// <param name="cancellationToken">Cancels opening.</param>
    /// <exception cref="SchemaVersionException">The database was written by a newer version of Vigil.</exception>
    public static async Task<SqlDatabase> OpenAsync(string? dbSpec, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(time);
        if (string.IsNullOrWhiteSpace(dbSpec))
        {
            dbSpec = Environment.GetEnvironmentVariable(WatchListStores.DatabaseVariable);
        }

        DatabaseSpec spec = string.IsNullOrWhiteSpace(dbSpec)
            ? DatabaseSpec.Sqlite(WatchListStores.DefaultSqlitePath())
            : DatabaseSpec.Parse(dbSpec);
        return spec.Engine switch
        {
            DatabaseEngine.Postgres => await PostgresDatabase.ConnectAsync(spec.Target, time, cancellationToken),
            _ => await SqliteDatabase.OpenFileAsync(spec.Target, time, cancellationToken),
        };
    }

    /// <inheritdoc />
    public abstract ValueTask DisposeAsync();

    /// <summary>Opens a connection ready for use.</summary>
    public abstract ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>Begins a transaction that writes.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="listName">When not null, no other writer of that list runs until the transaction ends.</param>
    /// <param name="cancellationToken">Cancels the wait for the lock.</param>
    /// <remarks>On PostgreSQL the transaction is <c>READ COMMITTED</c>, so each statement sees what other
    /// transactions committed before it; on SQLite it holds the database's single write lock from the start.</remarks>
    public abstract ValueTask<DbTransaction> BeginWriteAsync(DbConnection connection, string? listName, CancellationToken cancellationToken);

    /// <summary>Begins a transaction in which several reads see one consistent state.</summary>
    public abstract ValueTask<DbTransaction> BeginReadAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Makes the parameter at a 1-based position; converts <see cref="DateTimeOffset"/> and <see cref="JsonText"/>.</summary>
    public abstract DbParameter CreateParameter(DbCommand command, int position, object? value);

    /// <summary>Reads a timestamp column as UTC.</summary>
    public abstract DateTimeOffset ReadTimestamp(DbDataReader reader, int ordinal);

    /// <summary>Reads a local date and time column (a departure time as the carrier gave it), without a zone.</summary>
    public abstract DateTime ReadLocalTime(DbDataReader reader, int ordinal);

    /// <summary>Makes the transaction the only one appending to the audit chain until it ends, across processes, then
    /// reads the chain's last row (its sequence and hash; 0 and <see cref="Screening.Audit.AuditChain.Genesis"/> when
    /// the chain is empty).</summary>
    /// <remarks>Called first in a write transaction. The last row is read by a statement that starts after the lock is
    /// held, so it sees what the previous holder committed. On SQLite the write transaction already holds the
    /// database's only write lock. When <paramref name="flushed"/> is false, PostgreSQL commits the transaction
    /// without waiting for its WAL record to reach the disk (<c>synchronous_commit</c> off for this transaction): it is
    /// as durable against a crash of Vigil, and only a crash of the PostgreSQL server or its machine within a fraction
    /// of a second may lose it, whole; SQLite always waits.</remarks>
    public abstract ValueTask<(long Sequence, string Hash)> LockAuditChainAsync(
        DbConnection connection, DbTransaction transaction, bool flushed, CancellationToken cancellationToken);

    /// <summary>Reads the sequence and hash of the first row of <paramref name="reader"/>, or the head of an empty chain.</summary>
    protected static async ValueTask<(long Sequence, string Hash)> ReadChainHeadAsync(DbDataReader reader, CancellationToken cancellationToken) =>
        await reader.ReadAsync(cancellationToken) ? (reader.GetInt64(0), reader.GetString(1)) : (0, Screening.Audit.AuditChain.Genesis);

    /// <summary>Makes the writer of the rows of one import.</summary>
    public abstract ImportWriter CreateWriter(DbConnection connection, DbTransaction transaction);

    /// <summary>True when <paramref name="exception"/> reports a row that a unique index refused.</summary>
    public abstract bool IsUniqueViolation(DbException exception);

    /// <summary>Starts listening for the changes other processes signal on <paramref name="channel"/> (see
    /// <see cref="SignalAsync"/>), or gives null when the engine cannot tell other processes' changes as they happen
    /// (SQLite: reading the table is as cheap as asking whether it changed).</summary>
    public virtual ChangeSignal? Listen(string channel) => null;

    /// <summary>Signals, when the transaction commits, that what <paramref name="channel"/> names changed.</summary>
    public virtual ValueTask SignalAsync(DbConnection connection, DbTransaction transaction, string channel, CancellationToken cancellationToken) =>
        ValueTask.CompletedTask;

    /// <summary>A time as both engines keep it: UTC, truncated to the microsecond (PostgreSQL's precision).</summary>
    /// <remarks>A value hashed or compared after a round trip through the database must be truncated first.</remarks>
    public static DateTimeOffset ToStoredPrecision(DateTimeOffset time)
    {
        long ticks = time.UtcTicks;
        return new DateTimeOffset(ticks - (ticks % TimeSpan.TicksPerMicrosecond), TimeSpan.Zero);
    }

    /// <summary>A local date and time as both engines keep it: without a zone, truncated to the microsecond.</summary>
    public static DateTime ToStoredPrecision(DateTime time) =>
        new(time.Ticks - (time.Ticks % TimeSpan.TicksPerMicrosecond), DateTimeKind.Unspecified);

    /// <summary>A command with positional parameters <c>$1</c>, <c>$2</c>... bound to <paramref name="values"/> in order.</summary>
    public DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params object?[] values)
    {
        DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        for (int i = 0; i < values.Length; i++)
        {
            command.Parameters.Add(CreateParameter(command, i + 1, values[i]));
        }

        return command;
    }

    /// <summary>Runs every statement of a script of several, failing on the first that fails.</summary>
    /// <remarks>Microsoft.Data.Sqlite's ExecuteNonQuery can stop at a failing statement after the first without a
    /// word (a migration would then be recorded as applied with its end missing); stepping through the results
    /// reports the error.</remarks>
    public static async Task ExecuteScriptAsync(DbCommand script, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(script);
        await using DbDataReader reader = await script.ExecuteReaderAsync(cancellationToken);
        while (await reader.NextResultAsync(cancellationToken))
        {
        }
    }

    /// <summary>Applies the missing migrations inside a transaction that the engine has made exclusive.</summary>
    /// <exception cref="SchemaVersionException">The database has a newer schema than this version knows.</exception>
    protected async Task MigrateAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using (DbCommand create = Command(connection, transaction, CreateMigrationsTableSql))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        int current;
        await using (DbCommand max = Command(connection, transaction, "SELECT coalesce(max(version), 0) FROM schema_migrations"))
        {
            current = Convert.ToInt32(await max.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }

        IReadOnlyList<Migration> migrations = MigrationScripts.For(Engine);
        if (current > migrations.Count)
        {
            throw new SchemaVersionException(
                $"{Description} has schema version {current}, written by a newer version of Vigil; this version knows up to "
                + $"version {migrations.Count}. Upgrade Vigil to use this database.")
            {
                DatabaseVersion = current,
                SupportedVersion = migrations.Count,
            };
        }

        foreach (Migration migration in migrations)
        {
            if (migration.Version <= current)
            {
                continue;
            }

            await using (DbCommand script = Command(connection, transaction, migration.Sql))
            {
                await ExecuteScriptAsync(script, cancellationToken);
            }

            await using DbCommand record = Command(
                connection,
                transaction,
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)",
                migration.Version,
                migration.Name,
                Time.GetUtcNow());
            await record.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
