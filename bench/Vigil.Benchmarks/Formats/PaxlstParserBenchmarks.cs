using System.Collections.Concurrent;
using BenchmarkDotNet.Attributes;
using Vigil.Formats.Edifact;
using Vigil.Formats.Paxlst;
using Vigil.Synthetic.Messages;

namespace Vigil.Benchmarks.Formats;

/// <summary>Throughput of <c>PaxlstParser.Parse</c> on one thread: a generated interchange of about 1 MB and about
/// 10 MB (flights of 400 passengers, one message each, 15 % of them with two legs, a line break after each segment),
/// with the interchange limit raised to the input, keeping the whole result (<c>Parse</c>) or handing each message over
/// as it is read (<c>ParseMessageByMessage</c>). The MB/s column is the input size over the mean.</summary>
/// <remarks>The interchanges are made by <c>Vigil.Synthetic</c>'s PAXLST generator with seed 1: every person in them
/// is invented. The whole result (every message and traveler) is kept until the parse returns, as a caller gets
/// it, so the collector's work on it is part of the figure.</remarks>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class PaxlstParserBenchmarks : IThroughputBenchmark
{
    private static readonly ConcurrentDictionary<int, byte[]> Inputs = new();

    private byte[] _input = [];
    private EdifactReadOptions _options = EdifactReadOptions.Default;

    /// <summary>The size of the interchange, in MB (whole flights, so a little more).</summary>
    [Params(1, 10)]
    public int Megabytes { get; set; } = 1;

    /// <inheritdoc/>
    public long InputBytes => Input(Megabytes).Length;

    /// <summary>The interchange of a size, the same for a size in every process.</summary>
    public static byte[] Input(int megabytes) => Inputs.GetOrAdd(megabytes, m => PaxlstGenerator.GenerateBytes(m * 1_000_000L, seed: 1));

    [GlobalSetup]
    public void Setup()
    {
        _input = Input(Megabytes);
        _options = new EdifactReadOptions
        {
            Source = "benchmark.edi",
            Limits = EdifactLimits.Default with { MaxInterchangeBytes = Math.Max(EdifactLimits.Default.MaxInterchangeBytes, _input.Length) },
        };
        EdifactParseResult<PaxlstMessage> result = PaxlstParser.Parse(_input, _options);
        if (result.Outcome != EdifactOutcome.Valid)
        {
            throw new InvalidOperationException($"The generated interchange is not valid: {string.Join("; ", result.Issues)}");
        }
    }

    /// <summary>Parses the interchange; returns the number of messages, so that nothing is optimized away.</summary>
    [Benchmark]
    public int Parse() => PaxlstParser.Parse(_input, _options).Messages.Count;

    /// <summary>Parses the interchange message by message, each handed over and dropped as a host screening message by
    /// message does; returns the number of messages.</summary>
    [Benchmark]
    public int ParseMessageByMessage()
    {
        int messages = 0;
        PaxlstParser.Parse(_input, _ => messages++, _options);
        return messages;
    }
}
