using System.Text;
using System.Text.Json;
using Vigil.Testing;

namespace Vigil.Cli.Tests;

/// <summary><c>-</c> means standard input for every <c>--in</c> (and the like) and standard output for every <c>--out</c>.</summary>
public sealed class StandardStreamTests : IDisposable
{
    private readonly TempDirectory _folder = new("vigil-stdio-");

    public void Dispose() => _folder.Dispose();

    private static byte[] Travelers(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n");

    [Fact]
    public async Task Screen_reads_travelers_from_standard_input_and_writes_results_to_standard_output()
    {
        byte[] input = Travelers("""{"id":"a1","name":"Invented Travelername"}""", """{"id":"a2","givenNames":"Other","familyName":"Madeupname"}""");

        CliResult result = await CliRun.InProcessWithInputAsync(input, "screen", "--in", "-", "--out", "-", "--index", SharedData.UnSample);

        Assert.True(result.ExitCode == 0, result.ToString());
        string[] lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["a1", "a2"], lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()));
        Assert.False(File.Exists("-"), "a file named '-' was created");
        Assert.Contains("Results: standard output", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_on_standard_input_is_recognised_by_its_bytes()
    {
        byte[] message = await File.ReadAllBytesAsync(SharedData.Path("formats-examples", "paxlst-passengers-2leg.edi"), TestContext.Current.CancellationToken);

        CliResult result = await CliRun.InProcessWithInputAsync(message, "screen", "--in", "-", "--out", "-", "--index", SharedData.UnSample, "--no-record");

        Assert.True(result.ExitCode == 0, result.ToString());
        JsonElement[] lines = [.. result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)];
        Assert.Equal(3, lines.Length);
        Assert.All(lines, l => Assert.Equal("VG", l.GetProperty("flight").GetProperty("carrier").GetString()));
        Assert.Contains("of stdin (paxlst, valid)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Results_and_the_json_summary_cannot_share_standard_output()
    {
        CliResult result = await CliRun.InProcessWithInputAsync(Travelers("""{"id":"a1","name":"Invented Travelername"}"""),
            "screen", "--in", "-", "--out", "-", "--index", SharedData.UnSample, "--json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--out - writes the results to standard output", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }

    [Fact]
    public async Task Evaluate_reads_queries_from_standard_input_and_writes_json_scores_to_standard_output()
    {
        byte[] queries = Travelers("""{"id":"q1","kind":"innocent","name":"Invented Travelername","expect":null}""");

        CliResult result = await CliRun.InProcessWithInputAsync(queries, "evaluate", "--queries", "-", "--index", SharedData.UnSample, "--json-out", "-");

        Assert.True(result.ExitCode == 0, result.ToString());
        int brace = result.Output.IndexOf("\n{", StringComparison.Ordinal);
        Assert.True(brace >= 0, result.Output);
        using JsonDocument scores = JsonDocument.Parse(result.Output[(brace + 1)..]);
        Assert.Equal(JsonValueKind.Object, scores.RootElement.ValueKind);
        Assert.False(File.Exists("-"), "a file named '-' was created");
    }
}
