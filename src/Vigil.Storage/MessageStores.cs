using Vigil.Screening.Messages;

namespace Vigil.Storage;

/// <summary>Opens the store of received messages in the database that a specification names.</summary>
public static class MessageStores
{
    /// <summary>Opens a store, with the default size limit, and brings the database's schema up to date.</summary>
    /// <param name="dbSpec">As for <see cref="WatchListStores.OpenAsync"/>: a PostgreSQL connection string or URI, or
    /// the path of a SQLite file; when null or empty, <c>VIGIL_DB</c>, else <see cref="WatchListStores.DefaultSqlitePath"/>.</param>
    /// <param name="time">The clock for the times the store records.</param>
    /// <param name="cancellationToken">Cancels opening.</param>
    /// <exception cref="SchemaVersionException">The database was written by a newer version of Vigil.</exception>
    public static Task<IMessageStore> OpenAsync(string? dbSpec, TimeProvider time, CancellationToken cancellationToken) =>
        OpenAsync(dbSpec, time, new MessageStoreOptions(), cancellationToken);

    /// <summary>Opens a store with the given options and brings the database's schema up to date.</summary>
    /// <param name="dbSpec">As for <see cref="WatchListStores.OpenAsync"/>.</param>
    /// <param name="time">The clock for the times the store records.</param>
    /// <param name="options">The size limit.</param>
    /// <param name="cancellationToken">Cancels opening.</param>
    /// <exception cref="SchemaVersionException">The database was written by a newer version of Vigil.</exception>
    public static async Task<IMessageStore> OpenAsync(string? dbSpec, TimeProvider time, MessageStoreOptions options, CancellationToken cancellationToken)
    {
        Validate(options);
        SqlDatabase database = await SqlDatabase.OpenAsync(dbSpec, time, cancellationToken);
        return new SqlMessageStore(database, options.MaxMessageBytes);
    }

    /// <summary>Checks the options of a message store.</summary>
    internal static void Validate(MessageStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxMessageBytes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.MaxMessageBytes, Array.MaxLength);
    }
}
