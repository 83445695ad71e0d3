using BenchmarkDotNet.Attributes;
using Vigil.Domain;
using Vigil.Formats.Lists;
using Vigil.Matching;
using Vigil.Synthetic;

namespace Vigil.Benchmarks.Matching;

/// <summary>The stages of one search against the OFAC SDN list of 2019, on one thread, per traveler: candidate
/// retrieval alone (analysis, vocabulary lookup, names reached), retrieval with scoring (alignment and evidence of
/// the best candidates, no explanation text), and the whole search with explanations.</summary>
/// <remarks>Same list and travelers as <see cref="MatchBenchmarks"/>. The difference between two stages is the cost
/// of the later one. A traveler part's similar vocabulary entries are remembered between searches, as in
/// production, so after the first iteration retrieval mostly reads that cache.</remarks>
[MemoryDiagnoser]
public class RetrievalBenchmarks
{
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

        Subject[] subjects = [.. read.Subjects];
        _index = WatchListIndex.Build(subjects);
        _queries =
        [
            .. new TravelerGenerator(subjects, seed: 1).Generate(MatchBenchmarks.TravelerCount).Select(t => new MatchQuery(t.Name, null, null)
            {
                DateOfBirth = t.DateOfBirth,
                Nationality = t.Nationality,
                Gender = t.Gender,
            }),
        ];
    }

    /// <summary>Candidate retrieval: returns the number of list names reached.</summary>
    [Benchmark(OperationsPerInvoke = MatchBenchmarks.TravelerCount)]
    public int Retrieve()
    {
        int reached = 0;
        foreach (MatchQuery query in _queries)
        {
            reached += _index.CountCandidates(query);
        }

        return reached;
    }

    /// <summary>Retrieval and scoring: returns the number of subjects above the report floor.</summary>
    [Benchmark(OperationsPerInvoke = MatchBenchmarks.TravelerCount)]
    public int RetrieveAndScore()
    {
        int scored = 0;
        foreach (MatchQuery query in _queries)
        {
            scored += _index.CountScored(query);
        }

        return scored;
    }

    /// <summary>The whole search, with explanations: returns the number of hits.</summary>
    [Benchmark(OperationsPerInvoke = MatchBenchmarks.TravelerCount, Baseline = true)]
    public int Match()
    {
        int hits = 0;
        foreach (MatchQuery query in _queries)
        {
            hits += _index.Match(query, 10).Count;
        }

        return hits;
    }
}
