using BenchmarkDotNet.Attributes;
using Vigil.Domain;
using Vigil.Formats.Lists;
using Vigil.Matching;
using Vigil.Screening.Flights;
using Vigil.Screening.Messages;
using Vigil.Synthetic;
using Vigil.Synthetic.Messages;

namespace Vigil.Benchmarks.Screening;

/// <summary>A flight of 400 passengers (one PAXLST message) screened against the OFAC SDN list of 2019, as
/// <c>vigil screen --format paxlst</c> does once its index is loaded: the message read and its travelers taken out
/// (<c>MessageReader.Read</c>), every traveler screened (<c>FlightScreener.ScreenAll</c>, on every core, or one
/// traveler after the other on one thread), and the results written as JSON lines (encoded
/// whole, then handed to <c>Stream.Null</c>).</summary>
/// <remarks>
/// The list is read from <c>../shared/data/ofac-sdn-2019</c> and its index built once, in the global setup. The
/// message is made by <c>Vigil.Synthetic</c> with seed 1: invented passengers, 5 % of them listed people under
/// changed names (typos, other romanizations, reordered, a middle part dropped), so that some are sent for review.
/// The mean is per flight.
/// </remarks>
[MemoryDiagnoser]
public class FlightScreeningBenchmarks
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(PaxlstGenerator.PreparedAt);

    private FlightScreener _screener = null!;
    private byte[] _message = [];
    private IReadOnlyList<FlightTraveler> _travelers = [];

    [GlobalSetup]
    public void Setup()
    {
        ListReadResult read = ListLoader.Read(SharedData.Path("ofac-sdn-2019"), "ofac-csv");
        if (read.HasErrors || read.Subjects.IsEmpty)
        {
            throw new InvalidOperationException($"The OFAC list did not read cleanly: {read.Diagnostics.FirstOrDefault()}");
        }

        Subject[] subjects = [.. read.Subjects];
        WatchListIndex index = WatchListIndex.Build(subjects);
        _screener = new FlightScreener(index, index.ReviewThreshold);
        _message = PaxlstGenerator.Generate(400, seed: 1, list: subjects, listedShare: 0.05);
        ReadMessage message = MessageReader.Read("paxlst", _message, "pax400.edi", Today);
        if (message.Outcome != ParseOutcome.Valid || message.Travelers.Count != 400)
        {
            throw new InvalidOperationException($"The generated flight did not read as 400 valid travelers: {message.Outcome}, {string.Join("; ", message.Issues)}");
        }

        _travelers = message.Travelers;
    }

    /// <summary>Reads the message and takes its travelers out; returns their number.</summary>
    [Benchmark]
    public int Read() => MessageReader.Read("paxlst", _message, "pax400.edi", Today).Travelers.Count;

    /// <summary>Screens the 400 travelers on every core; returns the number of results.</summary>
    [Benchmark]
    public int ScreenAll() => _screener.ScreenAll(_travelers).Count;

    /// <summary>Read, screened on every core, written: what <c>vigil screen</c> times; returns the number for review.</summary>
    [Benchmark(Baseline = true)]
    public int EndToEnd()
    {
        ReadMessage message = MessageReader.Read("paxlst", _message, "pax400.edi", Today);
        return FlightScreener.Write(_screener.ScreenAll(message.Travelers), Stream.Null).Review;
    }

    /// <summary>The same on one thread: the travelers screened one after the other.</summary>
    [Benchmark]
    public int EndToEndOneThread()
    {
        ReadMessage message = MessageReader.Read("paxlst", _message, "pax400.edi", Today);
        return FlightScreener.Write([.. message.Travelers.Select(_screener.Screen)], Stream.Null).Review;
    }
}
