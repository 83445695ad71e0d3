using System.Globalization;
using Vigil.Domain;
using Vigil.Matching;
using Vigil.Screening.Lists;

namespace Vigil.Screening.Screen;

/// <summary>The in-memory index of lists of the store, built once and rebuilt only when one of them changes.</summary>
/// <remarks>
/// A list's version is the identifier of its newest history entry: every import that changes a subject and every
/// custody change writes one, and an import that changes nothing writes none. Asking for the index costs one small
/// query (<see cref="IWatchListStore.GetVersionsAsync"/>) while nothing has changed. Safe to share between threads: callers get an immutable index, and one
/// rebuild runs at a time while the others wait for it.
/// </remarks>
public sealed class WatchListIndexCache(IWatchListStore store, TimeProvider? time = null) : IDisposable
{
    private readonly SemaphoreSlim _rebuild = new(1, 1);
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private CachedIndex? _current;

    /// <summary>The index of <paramref name="lists"/>, reused when none of them changed since it was built.</summary>
    /// <exception cref="ArgumentException">No list is named, or a list is not in the store.</exception>
    public async Task<CachedIndex> GetAsync(IReadOnlyList<string> lists, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lists);
        if (lists.Count == 0)
        {
            throw new ArgumentException("Name at least one list.", nameof(lists));
        }

        string version = await VersionAsync(lists, cancellationToken).ConfigureAwait(false);
        if (_current is { } current && current.Version == version)
        {
            return current with { Rebuilt = false };
        }

        await _rebuild.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_current is { } built && built.Version == version)
            {
                return built with { Rebuilt = false };
            }

            long started = _time.GetTimestamp();
            List<Subject> subjects = [];
            foreach (string list in lists)
            {
                subjects.AddRange(await store.GetSubjectsAsync(list, cancellationToken).ConfigureAwait(false));
            }

            // Every relation of the store, once per build: a relative may be in a list that is not screened.
            Relations.RelationGraph relations = Relations.RelationGraph.From(await store.GetRelationsAsync(null, cancellationToken).ConfigureAwait(false));
            TimeSpan read = _time.GetElapsedTime(started);
            started = _time.GetTimestamp();
            WatchListIndex index = WatchListIndex.Build(subjects);
            _current = new CachedIndex(index, subjects.Count, version, read, _time.GetElapsedTime(started), Rebuilt: true) { Relations = relations };
            return _current;
        }
        finally
        {
            _rebuild.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _rebuild.Dispose();

    private async Task<string> VersionAsync(IReadOnlyList<string> lists, CancellationToken cancellationToken)
    {
        IReadOnlyDictionary<string, long> versions = await store.GetVersionsAsync(cancellationToken).ConfigureAwait(false);
        List<string> parts = new(lists.Count);
        foreach (string list in lists)
        {
            if (!versions.TryGetValue(list, out long version))
            {
                throw new ArgumentException($"No list '{list}' in the store.", nameof(lists));
            }

            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{list}@{version}"));
        }

        return string.Join('|', parts);
    }
}

/// <summary>An index of lists of the store, with the version it was built at.</summary>
/// <param name="Index">The index.</param>
/// <param name="Subjects">The subjects read from the lists (the index keeps the persons).</param>
/// <param name="Version">The lists and their versions (<c>name@newest history id</c>, joined by <c>|</c>).</param>
/// <param name="ReadTime">How long reading the subjects took.</param>
/// <param name="BuildTime">How long building the index took.</param>
/// <param name="Rebuilt">True when this call built it; false when it was reused.</param>
public sealed record CachedIndex(WatchListIndex Index, int Subjects, string Version, TimeSpan ReadTime, TimeSpan BuildTime, bool Rebuilt)
{
    /// <summary>Every relation of the store when the index was built.</summary>
    public Relations.RelationGraph Relations { get; init; } = Vigil.Screening.Relations.RelationGraph.Empty;
}
