using System.Text;
using BenchmarkDotNet.Attributes;
using Vigil.Formats.Mrz;

namespace Vigil.Benchmarks.Formats;

/// <summary>How long it takes to read one machine readable zone (<c>MrzParser.Parse</c> from bytes), and what it
/// allocates, for a clean passport, a clean TD1 card with a long number, and a messy zone (CR LF, lower case, a
/// failed check digit, a short line).</summary>
/// <remarks>The zones are invented. The mean is per zone.</remarks>
[MemoryDiagnoser]
public class MrzParserBenchmarks
{
    private static readonly DateOnly Today = new(2025, 6, 1);

    private readonly byte[] _passport = Encoding.ASCII.GetBytes(
        "P<NORTESTPERSON<<AUGUSTA<MAE<<<<<<<<<<<<<<<<\nVG44172034NOR8103147F3309025AB12345<<<<<<<62\n");

    private readonly byte[] _card = Encoding.ASCII.GetBytes(
        "I<BEL592017348<8160<<<<<<<<<<<\n8802299M3406119BEL880229014570\nVAN<DER<ELST<<PIETER<JAN<<<<<<\n");

    private readonly byte[] _messy = Encoding.ASCII.GetBytes(
        "\r\n  P<NORtestperson<<AUGUSTA<MAE\r\n\r\nVG44172035NOR8103147F3309025AB12345<<<<<<<62  \r\n");

    [Benchmark(Baseline = true)]
    public MrzParseResult Passport() => MrzParser.Parse(_passport, Today);

    [Benchmark]
    public MrzParseResult CardWithLongNumber() => MrzParser.Parse(_card, Today);

    [Benchmark]
    public MrzParseResult MessyZone() => MrzParser.Parse(_messy, Today);
}
