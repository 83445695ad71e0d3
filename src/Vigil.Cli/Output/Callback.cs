namespace Vigil.Cli.Output;

/// <summary>An <see cref="IProgress{T}"/> that reports synchronously on the caller's thread.</summary>
/// <remarks><see cref="Progress{T}"/> posts to the thread pool, which would reorder reports and outlive the work.</remarks>
internal sealed class Callback<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
