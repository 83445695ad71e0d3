using Vigil.Screening.Lists;

namespace Vigil.Storage;

/// <summary>Opens the watch-list store that a database specification names.</summary>
public static class WatchListStores
{
    /// <summary>The environment variable read when no database is given.</summary>
    public const string DatabaseVariable = "VIGIL_DB";

    /// <summary>Opens a store and brings its schema up to date.</summary>
    /// <param name="dbSpec">A PostgreSQL connection string (<c>Host=db;Database=vigil;Username=vigil</c>) or URI
    /// (<c>postgres://vigil@db/vigil</c>), or the path of a SQLite file. When null or empty, the
    /// <c>VIGIL_DB</c> environment variable, else <see cref="DefaultSqlitePath"/>.</param>
    /// <param name="time">The clock for the times the store records.</param>
    /// <param name="cancellationToken">Cancels opening.</param>
    /// <exception cref="SchemaVersionException">The database was written by a newer version of Vigil.</exception>
    public static async Task<IWatchListStore> OpenAsync(string? dbSpec, TimeProvider time, CancellationToken cancellationToken)
    {
        SqlDatabase database = await SqlDatabase.OpenAsync(dbSpec, time, cancellationToken);
        return new SqlWatchListStore(database);
    }

    /// <summary>The SQLite file used when no database is given: <c>$XDG_DATA_HOME/vigil/vigil.db</c>, or
    /// <c>~/.local/share/vigil/vigil.db</c> when <c>XDG_DATA_HOME</c> is unset. Its folder is created.</summary>
    public static string DefaultSqlitePath()
    {
        string? dataHome = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        if (string.IsNullOrWhiteSpace(dataHome) || !Path.IsPathRooted(dataHome))
        {
            // The XDG base directory specification says a relative XDG_DATA_HOME is invalid and must be ignored.
            dataHome = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        }

        string folder = Path.Combine(dataHome, "vigil");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, "vigil.db");
    }
}
