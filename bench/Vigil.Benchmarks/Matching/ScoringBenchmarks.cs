using BenchmarkDotNet.Attributes;
using Vigil.Matching.Indexing;
using Vigil.Matching.Scoring;

namespace Vigil.Benchmarks.Matching;

/// <summary>The comparison of two name parts (<c>PartSimilarity.Compare</c>): exact, same skeleton, typo, phonetic,
/// unrelated, per pair. Scoring a candidate is a handful of these plus the alignment.</summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    // Invented names: pairs of each kind the comparison meets.
    private static readonly (string Query, string Listed)[] Pairs =
    [
        ("sammour", "sammour"), ("tarek", "tariq"), ("mouhamad", "muhammad"), ("qudsy", "qudsi"),
        ("zuhayir", "zuhayri"), ("bekmurzaev", "bekmurzayev"), ("kassabji", "kasabji"), ("tafreshi", "tafresh"),
        ("okonjo", "kareem"), ("walid", "waleed"), ("faris", "fares"), ("dzhamal", "jamal"),
    ];

    private (NamePart Query, NamePart Listed)[] _parts = [];

    [GlobalSetup]
    public void Setup() =>
        _parts = [.. Pairs.Select(p => (NameAnalyzer.Analyze(p.Query)[0], NameAnalyzer.Analyze(p.Listed)[0]))];

    /// <summary>Compares every pair; returns the sum of similarities, so that nothing is optimized away.</summary>
    [Benchmark(OperationsPerInvoke = 12)]
    public float ComparePairs()
    {
        float sum = 0;
        foreach ((NamePart query, NamePart listed) in _parts)
        {
            sum += PartSimilarity.Compare(query, listed).Similarity;
        }

        return sum;
    }
}
