using Vigil.Screening.Audit;

namespace Vigil.Storage;

/// <summary>Opens the audit chain of the database that a specification names.</summary>
/// <remarks>A process that also writes checks or keys opens the stores together with
/// <see cref="VigilStores.OpenAsync(string?, TimeProvider, CancellationToken)"/>, so that they share one writer.</remarks>
public static class AuditLogs
{
    /// <summary>Opens the audit log and brings the database's schema up to date.</summary>
    /// <param name="dbSpec">As for <see cref="WatchListStores.OpenAsync"/>.</param>
    /// <param name="time">The clock for the times the log records.</param>
    /// <param name="cancellationToken">Cancels opening.</param>
    /// <exception cref="SchemaVersionException">The database was written by a newer version of Vigil.</exception>
    public static async Task<IAuditLog> OpenAsync(string? dbSpec, TimeProvider time, CancellationToken cancellationToken)
    {
        SqlDatabase database = await SqlDatabase.OpenAsync(dbSpec, time, cancellationToken);
        return new SqlAuditLog(new ChainWriter(database, ownsDatabase: true), ownsWriter: true);
    }
}
