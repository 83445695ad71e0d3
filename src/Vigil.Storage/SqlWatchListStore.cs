using System.Data.Common;
using Vigil.Screening.Lists;
using Vigil.Storage.Migrations;

namespace Vigil.Storage;

/// <summary>The watch-list store over ADO.NET: everything both engines share.</summary>
/// <remarks>Each operation opens its own connection (both drivers pool them), so one store may serve
/// concurrent requests. Engines differ in how they open connections, serialize writers, bind parameters,
/// keep timestamps and write many rows fast; the rest, including the SQL of reads and writes, is here.</remarks>
internal abstract partial class SqlWatchListStore : IWatchListStore
{
    protected SqlWatchListStore(TimeProvider time) => Time = time;

    /// <inheritdoc />
    public abstract string Description { get; }

    protected TimeProvider Time { get; }

    protected abstract DatabaseEngine Engine { get; }

    /// <summary>The statement that creates the table of applied migrations when it is missing.</summary>
    protected abstract string CreateMigrationsTableSql { get; }

    /// <inheritdoc />
    public abstract ValueTask DisposeAsync();

    /// <summary>Opens a connection ready for use.</summary>
    protected abstract ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>Begins a transaction that writes to a list; no other writer of that list runs until it ends.</summary>
    protected abstract ValueTask<DbTransaction> BeginWriteAsync(DbConnection connection, string listName, CancellationToken cancellationToken);

    /// <summary>Begins a transaction in which several reads see one consistent state.</summary>
    protected abstract ValueTask<DbTransaction> BeginReadAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Makes the parameter at a 1-based position; converts <see cref="DateTimeOffset"/> and <see cref="JsonText"/>.</summary>
    protected abstract DbParameter CreateParameter(DbCommand command, int position, object? value);

    /// <summary>Reads a timestamp column as UTC.</summary>
    protected abstract DateTimeOffset ReadTimestamp(DbDataReader reader, int ordinal);

    /// <summary>Makes the writer of the rows of one import.</summary>
    protected abstract ImportWriter CreateWriter(DbConnection connection, DbTransaction transaction);

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
                await script.ExecuteNonQueryAsync(cancellationToken);
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

    protected DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params object?[] values)
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
}
