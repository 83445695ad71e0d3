namespace Vigil.Storage;

/// <summary>Tells a process that another process (or this one) committed a change to what a channel names, as soon as
/// it is committed, so that what the process keeps in memory is dropped.</summary>
/// <remarks>While <see cref="IsListening"/> is false (not connected yet, or the connection was lost) nothing can be
/// known of other processes' changes: a cache must then not be trusted. Every change seen, and every loss of the
/// connection, moves <see cref="Generation"/>.</remarks>
internal abstract class ChangeSignal : IAsyncDisposable
{
    private long _generation;

    /// <summary>True while changes are heard as they are committed.</summary>
    public abstract bool IsListening { get; }

    /// <summary>Moves on every change heard and every time listening stops or starts again.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <inheritdoc />
    public abstract ValueTask DisposeAsync();

    /// <summary>Records that what the channel names may have changed.</summary>
    protected internal void Changed() => Interlocked.Increment(ref _generation);
}
