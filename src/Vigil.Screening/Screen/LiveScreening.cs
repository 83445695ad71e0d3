using Vigil.Matching;
using Vigil.Screening.Decisions;
using Vigil.Screening.Lists;

namespace Vigil.Screening.Screen;

/// <summary>The screening setup of a long-running process: the index of every list of the store, kept current.</summary>
/// <remarks>
/// <see cref="Current"/> costs nothing: requests never wait for the database or a rebuild. <see cref="RefreshAsync"/>
/// asks the store whether a list changed (one small query) and, when one did, builds the new index and
/// swaps it in whole; the host calls it on a timer, so that an import made by any process sharing the database
/// reaches this one within the timer's period plus the build time.
/// </remarks>
public sealed class LiveScreening : IDisposable
{
    private readonly IWatchListStore _store;
    private readonly DecisionPolicyOptions _policy;
    private readonly WatchListIndexCache _cache;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private volatile ScreeningSetup? _current;
    private string? _version;

    /// <summary>Creates it; nothing is read until <see cref="RefreshAsync"/>.</summary>
    public LiveScreening(IWatchListStore store, DecisionPolicyOptions policy, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(policy);
        _store = store;
        _policy = policy;
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
        _cache = new WatchListIndexCache(store, time);
    }

    /// <summary>The current setup, or null before the first refresh.</summary>
    public ScreeningSetup? Current => _current;

    /// <summary>The lists and versions the current index was built from (<c>name@history id|…</c>).</summary>
    public string? Version => _version;

    /// <summary>When the current index was built.</summary>
    public DateTimeOffset? BuiltAt { get; private set; }

    /// <summary>The subjects of the current index.</summary>
    public int Subjects { get; private set; }

    /// <summary>The current setup, building it first when there is none yet.</summary>
    public async Task<ScreeningSetup> GetAsync(CancellationToken cancellationToken)
    {
        if (_current is { } current)
        {
            return current;
        }

        await RefreshAsync(cancellationToken).ConfigureAwait(false);
        return _current!;
    }

    /// <summary>Rebuilds the index when a list was imported, changed or added since it was built.</summary>
    /// <returns>True when a new index was swapped in.</returns>
    public async Task<bool> RefreshAsync(CancellationToken cancellationToken)
    {
        await _refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            IReadOnlyDictionary<string, long> lists = await _store.GetVersionsAsync(cancellationToken).ConfigureAwait(false);
            if (lists.Count == 0)
            {
                if (_current is null || _version != string.Empty)
                {
                    Swap(WatchListIndex.Build([]), Relations.RelationGraph.Empty, string.Empty, 0);
                    return true;
                }

                return false;
            }

            CachedIndex cached = await _cache.GetAsync([.. lists.Keys.Order(StringComparer.Ordinal)], cancellationToken).ConfigureAwait(false);
            if (_current is not null && cached.Version == _version)
            {
                return false;
            }

            Swap(cached.Index, cached.Relations, cached.Version, cached.Subjects);
            return true;
        }
        finally
        {
            _refresh.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _cache.Dispose();
        _refresh.Dispose();
    }

    private void Swap(WatchListIndex index, Relations.RelationGraph relations, string version, int subjects)
    {
        _current = new ScreeningSetup(index, new DecisionPolicy(_policy, index.ReviewThreshold)) { Relations = relations };
        _version = version;
        Subjects = subjects;
        BuiltAt = _time.GetUtcNow();
    }
}
