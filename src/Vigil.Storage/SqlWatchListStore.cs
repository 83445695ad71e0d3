using System.Data.Common;
using Vigil.Screening.Lists;

namespace Vigil.Storage;

/// <summary>The watch-list store in a SQLite or PostgreSQL database: the SQL of reads and writes, shared by both.</summary>
/// <remarks>Each operation opens its own connection (both drivers pool them), so one store may serve
/// concurrent requests. What differs between the engines is in <see cref="SqlDatabase"/>.</remarks>
/// <param name="database">The database.</param>
/// <param name="ownsDatabase">True when disposing the store disposes the database; false when the store is one of a
/// <see cref="VigilStoreSet"/>, which disposes it.</param>
internal sealed partial class SqlWatchListStore(SqlDatabase database, bool ownsDatabase = true) : IWatchListStore
{
    /// <inheritdoc />
    public string Description => database.Description;

    private TimeProvider Time => database.Time;

    /// <inheritdoc />
    public ValueTask DisposeAsync() => ownsDatabase ? database.DisposeAsync() : ValueTask.CompletedTask;

    private ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        database.OpenConnectionAsync(cancellationToken);

    private ValueTask<DbTransaction> BeginWriteAsync(DbConnection connection, string listName, CancellationToken cancellationToken) =>
        database.BeginWriteAsync(connection, listName, cancellationToken);

    private ValueTask<DbTransaction> BeginReadAsync(DbConnection connection, CancellationToken cancellationToken) =>
        database.BeginReadAsync(connection, cancellationToken);

    private DateTimeOffset ReadTimestamp(DbDataReader reader, int ordinal) => database.ReadTimestamp(reader, ordinal);

    private ImportWriter CreateWriter(DbConnection connection, DbTransaction transaction) => database.CreateWriter(connection, transaction);

    private DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params object?[] values) =>
        database.Command(connection, transaction, sql, values);
}
