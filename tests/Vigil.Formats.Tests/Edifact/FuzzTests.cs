using System.Globalization;
using System.Text;
using System.Text.Json;
using Vigil.Formats.Diagnostics;
using Vigil.Formats.Edifact;
using Vigil.Formats.Paxlst;
using Vigil.Formats.Pnrgov;
using Vigil.Testing;

namespace Vigil.Formats.Tests.Edifact;

/// <summary>Mutated and truncated versions of valid messages: the parsers never throw, never hang, and every rejected
/// input carries at least one error located at a segment.</summary>
/// <remarks>The number of inputs per test is 100,000 by default; set <c>VIGIL_FUZZ_ITERATIONS</c> for longer runs and
/// <c>VIGIL_FUZZ_SEED</c> to replay a run (the seed of a failing run is in the failure message).</remarks>
public sealed class FuzzTests
{
    private static readonly byte[] Noise = Encoding.ASCII.GetBytes("+:?'*$\r\n UNHTZ019AZaz\u007f");

    private static int Iterations => int.TryParse(Environment.GetEnvironmentVariable("VIGIL_FUZZ_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : 100_000;

    private static int Seed => int.TryParse(Environment.GetEnvironmentVariable("VIGIL_FUZZ_SEED"), NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : 20250601;

    [Fact(Timeout = 300_000)]
    public async Task Mutated_paxlst_messages_never_throw_and_every_rejection_is_located()
    {
        byte[][] seeds = [.. Seeds("paxlst"), Interchanges.Bytes(Interchanges.PassengerList(Interchanges.Passenger, Interchanges.Passenger))];

        int checkedInputs = await Task.Run(() => Fuzz(seeds, Seed, Iterations, (bytes, json) => Check(PaxlstParser.Parse(bytes, ParseJson.Options()), json ? PaxlstJsonWriter.Write : null)), TestContext.Current.CancellationToken);

        Assert.Equal(Iterations, checkedInputs);
    }

    [Fact(Timeout = 300_000)]
    public async Task Mutated_pnrgov_messages_never_throw_and_every_rejection_is_located()
    {
        byte[][] seeds = Seeds("pnrgov");

        int checkedInputs = await Task.Run(() => Fuzz(seeds, Seed + 1, Iterations, (bytes, json) => Check(PnrgovParser.Parse(bytes, ParseJson.Options()), json ? PnrgovJsonWriter.Write : null)), TestContext.Current.CancellationToken);

        Assert.Equal(Iterations, checkedInputs);
    }

    [Fact]
    public void Random_bytes_never_throw_and_are_rejected_with_a_located_error()
    {
        Random random = new(Seed);
        for (int i = 0; i < 2000; i++)
        {
            byte[] bytes = new byte[random.Next(0, 600)];
            random.NextBytes(bytes);
            EdifactParseResult<PaxlstMessage> result = PaxlstParser.Parse(bytes, ParseJson.Options());
            Check(result, PaxlstJsonWriter.Write);
            Assert.NotEqual(EdifactOutcome.Valid, result.Outcome);
        }
    }

    /// <summary>Parses <paramref name="count"/> mutations of the seeds; returns how many were checked.</summary>
    /// <remarks>Every 16th result is also written as JSON, so that the writer meets damaged results too.</remarks>
    private static int Fuzz(byte[][] seeds, int seed, int count, Action<byte[], bool> check)
    {
        Random random = new(seed);
        for (int i = 0; i < count; i++)
        {
            byte[] input = Mutate(seeds[random.Next(seeds.Length)], random);
            try
            {
                check(input, i % 16 == 0);
            }
            catch (Exception e)
            {
                throw new Xunit.Sdk.XunitException(
                    $"Input {i} of seed {seed} failed: {e.GetType().Name}: {e.Message}\n--- input (Latin-1) ---\n{Encoding.Latin1.GetString(input)}\n--- \n{e}");
            }
        }

        return count;
    }

    private static void Check<TMessage>(EdifactParseResult<TMessage> result, Action<Utf8JsonWriter, EdifactParseResult<TMessage>>? write)
        where TMessage : class
    {
        bool hasError = result.Issues.Any(i => i.IsError);
        if (result.Outcome == EdifactOutcome.Valid)
        {
            Assert.False(hasError, "A valid outcome must have no error.");
        }
        else
        {
            Assert.True(hasError, $"A {result.Outcome} outcome must list at least one error; issues: {string.Join("; ", result.Issues)}");
        }

        foreach (Diagnostic issue in result.Issues)
        {
            Assert.True(issue.Position.SegmentIndex is >= 0, $"Every issue is located at a segment: {issue}");
        }

        if (result.Outcome == EdifactOutcome.Unreadable)
        {
            Assert.Empty(result.Messages);
        }

        if (write is not null)
        {
            using MemoryStream buffer = new();
            using Utf8JsonWriter writer = new(buffer);
            write(writer, result);
        }
    }

    internal static byte[] Mutate(byte[] source, Random random)
    {
        List<byte> bytes = [.. source];
        int mutations = random.Next(1, 4);
        for (int m = 0; m < mutations && bytes.Count > 0; m++)
        {
            int at = random.Next(bytes.Count);
            switch (random.Next(9))
            {
                case 0:
                    // Truncate: the commonest real damage.
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 1:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 2:
                    bytes[at] = Noise[random.Next(Noise.Length)];
                    break;
                case 3:
                    bytes.Insert(at, Noise[random.Next(Noise.Length)]);
                    break;
                case 4:
                    bytes.RemoveRange(at, Math.Min(random.Next(1, 40), bytes.Count - at));
                    break;
                case 5:
                    {
                        // Duplicate a run of bytes (repeated segments, doubled separators).
                        int length = Math.Min(random.Next(1, 80), bytes.Count - at);
                        bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(at, length));
                        break;
                    }

                case 6:
                    if (char.IsAsciiDigit((char)bytes[at]))
                    {
                        bytes[at] = (byte)('0' + random.Next(10));
                    }
                    else
                    {
                        bytes[at] = (byte)random.Next('A', 'Z' + 1);
                    }

                    break;
                case 7:
                    {
                        // Move a run elsewhere (segments out of order).
                        int length = Math.Min(random.Next(1, 120), bytes.Count - at);
                        List<byte> run = bytes.GetRange(at, length);
                        bytes.RemoveRange(at, length);
                        bytes.InsertRange(random.Next(bytes.Count + 1), run);
                        break;
                    }

                default:
                    bytes.InsertRange(at, Encoding.ASCII.GetBytes(random.Next(2) == 0 ? "\r\n" : "?"));
                    break;
            }
        }

        return [.. bytes];
    }

    internal static byte[][] Seeds(string format)
    {
        IEnumerable<string> shared = Directory.GetFiles(SharedData.PathOf("formats-examples"), format + "-*.edi");
        IEnumerable<string> own = Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "tests", "Vigil.Formats.Tests", "Examples"), format + "-*.edi");
        byte[][] seeds = [.. shared.Concat(own).Order(StringComparer.Ordinal).Select(File.ReadAllBytes)];
        Assert.True(seeds.Length >= 3, $"Expected at least three {format} examples to mutate.");
        return seeds;
    }
}
