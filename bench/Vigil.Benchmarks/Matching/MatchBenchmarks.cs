using BenchmarkDotNet.Attributes;
using Vigil.Domain;
using Vigil.Formats.Lists;
using Vigil.Matching;
using Vigil.Synthetic;

namespace Vigil.Benchmarks.Matching;

/// <summary>Screening travelers against the OFAC SDN list of 2019 (<c>WatchListIndex.Match</c>), and building the
/// index of that list (<c>WatchListIndex.Build</c>), on one thread.</summary>
/// <remarks>
/// The list is read from <c>../shared/data/ofac-sdn-2019</c> with the reader <c>vigil screen --index</c> uses. The
/// travelers are made by <c>Vigil.Synthetic</c> with a fixed seed: about 10 % listed people under changed names
/// (typos, other romanizations, reordered, a middle part dropped), the rest invented innocents of the same naming
/// cultures, so that most queries are the common case of screening, a name that is on no list. The mean of
/// <see cref="Match"/> is per traveler; that of <see cref="Build"/> per index.
/// </remarks>
[MemoryDiagnoser]
public class MatchBenchmarks
{
    /// <summary>Travelers screened per invocation of <see cref="Match"/>.</summary>
    public const int TravelerCount = 1000;

    private Subject[] _subjects = [];
    private WatchListIndex _index = null!;
    private MatchQuery[] _queries = [];

    [GlobalSetup]
    public void Setup()
    {
        ListReadResult read = ListLoader.Read(SharedData.Path("ofac-sdn-2019"), "ofac-csv");
        if (read.HasErrors || read.Subjects.IsEmpty)
        {
            throw new InvalidOperationException($"The OFAC list did not read cleanly: {read.Diagnostics.FirstOrDefault()}");
        }

        _subjects = [.. read.Subjects];
        _index = WatchListIndex.Build(_subjects);
        _queries =
        [
            .. new TravelerGenerator(_subjects, seed: 1).Generate(TravelerCount).Select(t => new MatchQuery(t.Name, null, null)
            {
                DateOfBirth = t.DateOfBirth,
                Nationality = t.Nationality,
                Gender = t.Gender,
            }),
        ];
    }

    /// <summary>Screens every traveler; returns the number of hits, so that nothing is optimized away.</summary>
    [Benchmark(OperationsPerInvoke = TravelerCount)]
    public int Match()
    {
        int hits = 0;
        foreach (MatchQuery query in _queries)
        {
            hits += _index.Match(query, 10).Count;
        }

        return hits;
    }

    /// <summary>Builds the index of the whole list; returns the number of names indexed.</summary>
    [Benchmark]
    public int Build() => WatchListIndex.Build(_subjects).NameCount;
}
