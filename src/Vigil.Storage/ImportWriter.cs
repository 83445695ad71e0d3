namespace Vigil.Storage;

/// <summary>Runs the many small statements of an import inside its transaction, as fast as the engine allows.</summary>
/// <remarks>SQLite runs each statement at once through a prepared command reused for every row; PostgreSQL
/// queues them into batches, one round trip per batch. Statements run in the order given; errors may surface
/// only at <see cref="FlushAsync"/>.</remarks>
internal abstract class ImportWriter : IAsyncDisposable
{
    /// <summary>Runs, or queues, a statement whose parameters are <c>$1</c>, <c>$2</c>... in order.</summary>
    /// <param name="sql">The statement; the same string instance for every row, so its command can be reused.</param>
    /// <param name="values">The parameter values.</param>
    /// <param name="cancellationToken">Cancels the import.</param>
    public abstract ValueTask ExecuteAsync(string sql, object?[] values, CancellationToken cancellationToken);

    /// <summary>Runs whatever is queued.</summary>
    public abstract ValueTask FlushAsync(CancellationToken cancellationToken);

    /// <inheritdoc />
    public abstract ValueTask DisposeAsync();
}
