using BenchmarkDotNet.Attributes;
using Vigil.Formats.Edifact;
using Vigil.Formats.Pnrgov;
using Vigil.Synthetic.Messages;

namespace Vigil.Benchmarks.Formats;

/// <summary>Time, allocations and throughput of <c>PnrgovParser.Parse</c> on one thread: one generated push of 10 or
/// 150 PNRs of one to four passengers (contacts, SSR DOCS, ticket, payment, itinerary, now and then a history
/// block).</summary>
/// <remarks>The messages are made by <c>Vigil.Synthetic</c>'s PNRGOV generator with seed 1: every person, booking and
/// contact in them is invented. The mean is per message.</remarks>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class PnrgovParserBenchmarks : IThroughputBenchmark
{
    private byte[] _input = [];

    /// <summary>PNRs in the message.</summary>
    [Params(10, 150)]
    public int Pnrs { get; set; } = 10;

    /// <inheritdoc/>
    public long InputBytes => PnrgovGenerator.Generate(Pnrs, seed: 1).Length;

    [GlobalSetup]
    public void Setup()
    {
        _input = PnrgovGenerator.Generate(Pnrs, seed: 1);
        EdifactParseResult<PnrgovMessage> result = PnrgovParser.Parse(_input);
        if (result.Outcome != EdifactOutcome.Valid)
        {
            throw new InvalidOperationException($"The generated message is not valid: {string.Join("; ", result.Issues)}");
        }
    }

    /// <summary>Parses the message; returns the number of PNRs, so that nothing is optimized away.</summary>
    [Benchmark]
    public int Parse() => PnrgovParser.Parse(_input).Messages.Sum(m => m.Pnrs.Count);
}
