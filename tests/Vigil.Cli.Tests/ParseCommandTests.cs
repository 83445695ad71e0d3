using System.Text.Json.Nodes;
using Vigil.Testing;

namespace Vigil.Cli.Tests;

/// <summary><c>vigil parse paxlst|pnrgov|mrz FILE --json</c>: one JSON document on standard output whatever the input,
/// exit code 0 only for valid input.</summary>
public sealed class ParseCommandTests
{
    private static string Example(string name) => SharedData.Path("formats-examples", name);

    [Theory]
    [InlineData("paxlst", "paxlst-passengers-2leg.edi", 3)]
    [InlineData("paxlst", "paxlst-crew.edi", 3)]
    [InlineData("pnrgov", "pnrgov-2pnrs.edi", 3)]
    public async Task Parses_the_shared_examples_as_valid_json_with_exit_code_0(string format, string file, int people)
    {
        CliResult result = await CliRun.InProcessAsync("parse", format, Example(file), "--json");

        Assert.Equal(0, result.ExitCode);
        JsonNode document = JsonNode.Parse(result.Output)!;
        Assert.Equal("valid", document["outcome"]!.GetValue<string>());
        Assert.Empty(document["issues"]!.AsArray());
        JsonArray messages = document["messages"]!.AsArray();
        int count = format == "paxlst"
            ? messages.Sum(m => m!["travelers"]!.AsArray().Count)
            : messages.Sum(m => m!["pnrs"]!.AsArray().Sum(p => p!["passengers"]!.AsArray().Count));
        Assert.Equal(people, count);
    }

    [Fact]
    public async Task Invalid_input_gives_exit_code_1_and_its_located_issues_in_the_document()
    {
        using TempDirectory temp = new();
        string path = temp.Combine("broken.edi");
        string text = await File.ReadAllTextAsync(Example("paxlst-crew.edi"), TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(path, text.Replace("UNT+39+C0118", "UNT+38+C0118", StringComparison.Ordinal), TestContext.Current.CancellationToken);

        CliResult result = await CliRun.InProcessAsync("parse", "paxlst", path, "--json");

        Assert.Equal(1, result.ExitCode);
        JsonNode document = JsonNode.Parse(result.Output)!;
        Assert.Equal("invalid", document["outcome"]!.GetValue<string>());
        JsonNode issue = Assert.Single(document["issues"]!.AsArray())!;
        Assert.Equal(("error", "VGL-EDI008", 40, "UNT"),
            (issue["severity"]!.GetValue<string>(), issue["code"]!.GetValue<string>(), issue["segmentIndex"]!.GetValue<int>(), issue["segmentTag"]!.GetValue<string>()));
        Assert.Equal(3, document["messages"]![0]!["travelers"]!.AsArray().Count);
        Assert.Contains("broken.edi: error VGL-EDI008", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_gives_an_unreadable_document_and_exit_code_1()
    {
        CliResult result = await CliRun.InProcessAsync("parse", "pnrgov", "/nonexistent/vigil/file.edi", "--json");

        Assert.Equal(1, result.ExitCode);
        JsonNode document = JsonNode.Parse(result.Output)!;
        Assert.Equal("unreadable", document["outcome"]!.GetValue<string>());
        Assert.Contains("no file", Assert.Single(document["issues"]!.AsArray())!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(document["messages"]!.AsArray());
    }

    [Fact]
    public async Task Binary_garbage_gives_an_unreadable_document_not_a_stack_trace()
    {
        using TempDirectory temp = new();
        string path = temp.Combine("garbage.bin");
        byte[] bytes = new byte[4096];
        new Random(5).NextBytes(bytes);
        await File.WriteAllBytesAsync(path, bytes, TestContext.Current.CancellationToken);

        CliResult result = await CliRun.InProcessAsync("parse", "paxlst", path, "--json");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("unreadable", JsonNode.Parse(result.Output)!["outcome"]!.GetValue<string>());
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mrz_reads_a_zone_and_names_each_failed_check_with_its_line_and_column()
    {
        // An invented passport; the date of birth's check digit (line 2, column 20) is wrong.
        string path = Path.Combine(Path.GetTempPath(), $"vigil-mrz-{Guid.NewGuid():N}.mrz");
        await File.WriteAllTextAsync(path, "P<UTOTESTPERSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<\nL898902C36UTO7408125F1204159ZE184226B<<<<<10\n", TestContext.Current.CancellationToken);
        try
        {
            CliResult result = await CliRun.InProcessAsync("parse", "mrz", path, "--json");

            Assert.Equal(1, result.ExitCode);
            JsonNode document = JsonNode.Parse(result.Output)!;
            Assert.Equal(("invalid", "TD3", "TESTPERSON", "ANNA MARIA"), (
                document["outcome"]!.GetValue<string>(), document["documentFormat"]!.GetValue<string>(),
                document["familyName"]!.GetValue<string>(), document["givenNames"]!.GetValue<string>()));
            Assert.Equal(["dateOfBirth", "composite"], document["failedChecks"]!.AsArray().Select(c => c!.GetValue<string>()));
            JsonNode issue = document["issues"]!.AsArray().First(i => i!["message"]!.GetValue<string>().Contains("date of birth", StringComparison.Ordinal))!;
            Assert.Equal((2, 20), (issue["line"]!.GetValue<int>(), issue["column"]!.GetValue<int>()));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Mrz_of_a_missing_file_is_an_unreadable_document_of_the_same_shape()
    {
        CliResult result = await CliRun.InProcessAsync("parse", "mrz", Path.Combine(Path.GetTempPath(), "no-such-zone.mrz"), "--json");

        Assert.Equal(1, result.ExitCode);
        JsonNode document = JsonNode.Parse(result.Output)!;
        Assert.Equal("unreadable", document["outcome"]!.GetValue<string>());
        Assert.Null(document["documentNumber"]);
        Assert.Contains("no file", document["issues"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_json_prints_a_summary_of_messages_and_travelers()
    {
        CliResult result = await CliRun.InProcessAsync("parse", "paxlst", Example("paxlst-passengers-2leg.edi"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("paxlst-passengers-2leg.edi: valid; 1 message, 3 travelers; 0 errors, 0 warnings.", result.Output, StringComparison.Ordinal);
        Assert.Contains("flight VG471 ATH 2025-03-15T06:40 - VIE 2025-03-15T08:20", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_format_is_a_usage_error()
    {
        CliResult result = await CliRun.InProcessAsync("parse", "bcbp", Example("paxlst-crew.edi"), "--json");

        Assert.Equal(2, result.ExitCode);
    }
}
