namespace Vigil.Storage;

/// <summary>Opens every store of the database that a specification names, with one open and one migration.</summary>
public static class VigilStores
{
    /// <summary>Opens the stores, with the default message size limit, and brings the database's schema up to date.</summary>
    /// <param name="dbSpec">As for <see cref="WatchListStores.OpenAsync"/>: a PostgreSQL connection string or URI, or
    /// the path of a SQLite file; when null or empty, <c>VIGIL_DB</c>, else <see cref="WatchListStores.DefaultSqlitePath"/>.</param>
    /// <param name="time">The clock for the times the stores record.</param>
    /// <param name="cancellationToken">Cancels opening.</param>
    /// <exception cref="SchemaVersionException">The database was written by a newer version of Vigil.</exception>
    public static Task<VigilStoreSet> OpenAsync(string? dbSpec, TimeProvider time, CancellationToken cancellationToken) =>
        OpenAsync(dbSpec, time, new MessageStoreOptions(), cancellationToken);

    /// <summary>Opens the stores and brings the database's schema up to date.</summary>
    /// <param name="dbSpec">As for <see cref="WatchListStores.OpenAsync"/>.</param>
    /// <param name="time">The clock for the times the stores record.</param>
    /// <param name="options">The settings of the message store.</param>
    /// <param name="cancellationToken">Cancels opening.</param>
    /// <exception cref="SchemaVersionException">The database was written by a newer version of Vigil.</exception>
    public static async Task<VigilStoreSet> OpenAsync(string? dbSpec, TimeProvider time, MessageStoreOptions options, CancellationToken cancellationToken)
    {
        MessageStores.Validate(options);
        SqlDatabase database = await SqlDatabase.OpenAsync(dbSpec, time, cancellationToken);
        return new VigilStoreSet(database, options.MaxMessageBytes);
    }
}
