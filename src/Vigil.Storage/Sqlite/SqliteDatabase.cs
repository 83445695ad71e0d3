using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Vigil.Storage.Sqlite;

/// <summary>A Vigil database in a SQLite file.</summary>
/// <remarks>
/// The file is in WAL mode with <c>synchronous=FULL</c>: a committed import survives a crash or power loss, and a
/// process killed mid-import leaves the file as it was before. Writers take the database lock at the start of
/// their transaction (<c>BEGIN IMMEDIATE</c>), so two imports, even from two processes, run one after the other
/// instead of failing when one upgrades a read lock. Timestamps are UTC ISO 8601 text of fixed width.
/// </remarks>
internal sealed class SqliteDatabase : SqlDatabase
{
    // How long a connection waits for another process's write lock before giving up.
    private const int BusyTimeoutMilliseconds = 30_000;

    // Extended result codes SQLITE_CONSTRAINT_UNIQUE and SQLITE_CONSTRAINT_PRIMARYKEY.
    private const int SqliteUniqueViolation = 2067;
    private const int SqlitePrimaryKeyViolation = 1555;

    private const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    // Local times (departure times as carriers give them) and dates: fixed width too, so text order is time order.
    private const string LocalTimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff";
    private const string DateFormat = "yyyy-MM-dd";

    private readonly string _connectionString;

    private SqliteDatabase(string path, string connectionString, TimeProvider time)
        : base(time)
    {
        Path = path;
        _connectionString = connectionString;
    }

    /// <summary>The full path of the database file.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public override string Description => $"SQLite {Path}";

    public override DatabaseEngine Engine => DatabaseEngine.Sqlite;

    protected override string CreateMigrationsTableSql => """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version     INTEGER PRIMARY KEY,
            name        TEXT NOT NULL,
            applied_at  TEXT NOT NULL
        ) STRICT
        """;

    /// <summary>Opens (creating it if needed) a SQLite file and brings its schema up to date.</summary>
    public static async Task<SqliteDatabase> OpenFileAsync(string path, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string fullPath = System.IO.Path.GetFullPath(path);
        string? folder = System.IO.Path.GetDirectoryName(fullPath);
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        SqliteConnectionStringBuilder builder = new()
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = BusyTimeoutMilliseconds / 1000,
        };
        SqliteDatabase store = new(fullPath, builder.ConnectionString, time);
        try
        {
            await using SqliteConnection connection = (SqliteConnection)await store.OpenConnectionAsync(cancellationToken);
            await EnableWriteAheadLogAsync(connection, fullPath, cancellationToken);
            await using DbTransaction transaction = connection.BeginTransaction(deferred: false);
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
    public override ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open; release them so the file can be moved or deleted.
        using SqliteConnection connection = new(_connectionString);
        SqliteConnection.ClearPool(connection);
        return ValueTask.CompletedTask;
    }

    public override async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        SqliteConnection connection = new(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);

            // Per-connection settings: pooled connections keep them, but setting them again costs nothing.
            using SqliteCommand pragmas = connection.CreateCommand();
            pragmas.CommandText = FormattableString.Invariant(
                $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;");
            await pragmas.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public override ValueTask<DbTransaction> BeginWriteAsync(DbConnection connection, string? listName, CancellationToken cancellationToken) =>
        // BEGIN IMMEDIATE: SQLite has one writer at a time for the whole file, so this also serializes the list.
        ValueTask.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    public override ValueTask<DbTransaction> BeginReadAsync(DbConnection connection, CancellationToken cancellationToken) =>
        // A deferred transaction reads one WAL snapshot and blocks no writer.
        ValueTask.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: true));

    public override DbParameter CreateParameter(DbCommand command, int position, object? value) =>
        new SqliteParameter(ParameterName(position), ToDbValue(value));

    public override DateTimeOffset ReadTimestamp(DbDataReader reader, int ordinal) =>
        DateTimeOffset.ParseExact(reader.GetString(ordinal), TimestampFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    public override DateTime ReadLocalTime(DbDataReader reader, int ordinal) =>
        DateTime.ParseExact(reader.GetString(ordinal), LocalTimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None);

    public override async ValueTask<(long Sequence, string Hash)> LockAuditChainAsync(
        DbConnection connection, DbTransaction transaction, bool flushed, CancellationToken cancellationToken)
    {
        // The write transaction began with BEGIN IMMEDIATE: it holds the file's only write lock already.
        await using DbCommand command = Command(connection, transaction, AuditSql.Head);
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        return await ReadChainHeadAsync(reader, cancellationToken);
    }

    public override ImportWriter CreateWriter(DbConnection connection, DbTransaction transaction) =>
        new SqliteImportWriter((SqliteConnection)connection, (SqliteTransaction)transaction);

    public override bool IsUniqueViolation(DbException exception) =>
        exception is SqliteException { SqliteExtendedErrorCode: SqliteUniqueViolation or SqlitePrimaryKeyViolation };

    internal static string ParameterName(int position) => FormattableString.Invariant($"${position}");

    internal static object ToDbValue(object? value) => value switch
    {
        null => DBNull.Value,
        DateTimeOffset time => time.UtcDateTime.ToString(TimestampFormat, CultureInfo.InvariantCulture),
        JsonText json => json.Value,
        DateTime local => local.ToString(LocalTimeFormat, CultureInfo.InvariantCulture),
        DateOnly date => date.ToString(DateFormat, CultureInfo.InvariantCulture),
        _ => value,
    };

    private static async Task EnableWriteAheadLogAsync(SqliteConnection connection, string path, CancellationToken cancellationToken)
    {
        // The journal mode is kept in the file: this only does something the first time.
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL";
        string? mode = (string?)await command.ExecuteScalarAsync(cancellationToken);
        if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Cannot put the SQLite database {path} in WAL mode (it is in '{mode}' mode).");
        }
    }
}
