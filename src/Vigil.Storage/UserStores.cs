using Vigil.Screening.People;

namespace Vigil.Storage;

/// <summary>Opens the store of users in the database that a specification names.</summary>
/// <remarks>A process that also needs other stores of the database opens them together with
/// <see cref="VigilStores.OpenAsync(string?, TimeProvider, CancellationToken)"/>, so that they share one writer.</remarks>
public static class UserStores
{
    /// <summary>Opens a store and brings the database's schema up to date.</summary>
    /// <param name="dbSpec">As for <see cref="WatchListStores.OpenAsync"/>.</param>
    /// <param name="time">The clock for the times the store records.</param>
    /// <param name="cancellationToken">Cancels opening.</param>
    /// <exception cref="SchemaVersionException">The database was written by a newer version of Vigil.</exception>
    public static async Task<IUserStore> OpenAsync(string? dbSpec, TimeProvider time, CancellationToken cancellationToken)
    {
        SqlDatabase database = await SqlDatabase.OpenAsync(dbSpec, time, cancellationToken);
        return new SqlUserStore(new ChainWriter(database, ownsDatabase: true), ownsWriter: true);
    }
}
