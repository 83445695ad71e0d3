using System.Text.Json;

namespace Vigil.Cli.Tests;

/// <summary>Usage, exit codes and the demo, on a SQLite file.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("vigil-cli-").FullName;

    private string Db => Path.Combine(_folder, "vigil.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task An_unknown_command_is_a_usage_error_with_exit_code_2()
    {
        CliResult result = await CliRun.InProcessAsync("lsts", "list", "--db", Db);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("lsts", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_required_option_is_a_usage_error_with_exit_code_2()
    {
        CliResult result = await CliRun.InProcessAsync("lists", "import", SharedData.UnSample, "--list", "un", "--db", Db);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--format", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_format_is_a_usage_error_naming_the_formats()
    {
        CliResult result = await CliRun.InProcessAsync("lists", "import", SharedData.UnSample, "--format", "xls", "--list", "un", "--db", Db);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("un-xml", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_database_option_is_accepted_before_or_after_the_arguments()
    {
        CliResult before = await CliRun.InProcessAsync("--db", Db, "lists", "import", SharedData.UnSample, "--format", "un-xml", "--list", "un");
        CliResult after = await CliRun.InProcessAsync("lists", "show", "un", "--json", "--db", Db);

        Assert.True(before.ExitCode == 0, before.ToString());
        Assert.True(after.ExitCode == 0, after.ToString());
        Assert.Equal(25, JsonDocument.Parse(after.Output).RootElement.GetProperty("subjects").GetArrayLength());
    }

    [Fact]
    public async Task An_unknown_subject_is_bad_input_with_exit_code_1_and_a_hint()
    {
        await CliRun.InProcessAsync("lists", "import", SharedData.UnSample, "--format", "un-xml", "--list", "un", "--db", Db);

        CliResult result = await CliRun.InProcessAsync("subjects", "show", "QDi.999", "--db", Db);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no subject 'QDi.999'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_subject_is_found_by_vigil_id_or_by_the_list_identifier()
    {
        await CliRun.InProcessAsync("lists", "import", SharedData.UnSample, "--format", "un-xml", "--list", "un", "--db", Db);
        JsonElement bySource = JsonDocument.Parse((await CliRun.InProcessAsync("subjects", "show", "IQi.003", "--json", "--db", Db)).Output).RootElement;
        string id = bySource.GetProperty("subjectId").GetString()!;

        CliResult byId = await CliRun.InProcessAsync("subjects", "show", id.ToLowerInvariant(), "--json", "--db", Db);

        Assert.True(byId.ExitCode == 0, byId.ToString());
        Assert.Equal("IQi.003", JsonDocument.Parse(byId.Output).RootElement.GetProperty("sourceId").GetString());
    }

    [Fact]
    public async Task An_identifier_shared_by_two_lists_asks_for_the_list()
    {
        await CliRun.InProcessAsync("lists", "import", SharedData.UnSample, "--format", "un-xml", "--list", "un", "--db", Db);
        await CliRun.InProcessAsync("lists", "import", SharedData.UnSample, "--format", "un-xml", "--list", "un-copy", "--db", Db);

        CliResult ambiguous = await CliRun.InProcessAsync("subjects", "show", "IQi.003", "--db", Db);
        CliResult chosen = await CliRun.InProcessAsync("subjects", "show", "IQi.003", "--list", "un-copy", "--json", "--db", Db);

        Assert.Equal(1, ambiguous.ExitCode);
        Assert.Contains("--list", ambiguous.Error, StringComparison.Ordinal);
        Assert.Equal("un-copy", JsonDocument.Parse(chosen.Output).RootElement.GetProperty("list").GetString());
    }

    [Fact]
    public async Task The_demo_loads_the_fictitious_list_with_every_custody_status_and_reuses_its_database()
    {
        CliResult first = await CliRun.InProcessAsync("demo", "--db", Db);
        CliResult second = await CliRun.InProcessAsync("demo", "--db", Db);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("No change", second.Output, StringComparison.Ordinal);
        JsonElement national = JsonDocument.Parse((await CliRun.InProcessAsync("lists", "show", "national-ftf", "--json", "--db", Db)).Output).RootElement;
        string[] states = [.. national.GetProperty("subjects").EnumerateArray()
            .SelectMany(s => s.TryGetProperty("custody", out JsonElement c) ? c.EnumerateArray() : Enumerable.Empty<JsonElement>())
            .Select(c => c.GetProperty("status").GetString()!)
            .Distinct()];
        Assert.Superset(
            new HashSet<string>(["at-large", "detained", "released", "repatriated", "under-prosecution", "convicted", "acquitted",
                "deceased-reported", "deceased-confirmed", "citizenship-revoked", "stateless"]),
            new HashSet<string>(states));
        Assert.True(national.GetProperty("list").GetProperty("byCustody").EnumerateObject().Count() >= 5, national.ToString());
        Assert.InRange(national.GetProperty("subjects").GetArrayLength(), 25, 40);
        JsonElement lists = JsonDocument.Parse((await CliRun.InProcessAsync("lists", "list", "--json", "--db", Db)).Output).RootElement.GetProperty("lists");
        Assert.Contains(lists.EnumerateArray(), l => l.GetProperty("name").GetString() == "un" && l.GetProperty("subjects").GetInt32() == 25);
    }

    [Fact]
    public async Task The_vigil_jsonl_example_of_the_readme_imports()
    {
        string readme = File.ReadAllText(Path.Combine(Testing.RepositoryRoot.Path, "README.md"));
        int start = readme.IndexOf("```json\n", StringComparison.Ordinal) + "```json\n".Length;
        string example = readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)].ReplaceLineEndings(string.Empty);
        string file = Path.Combine(_folder, "example.jsonl");
        await File.WriteAllTextAsync(file, example + "\n", TestContext.Current.CancellationToken);

        CliResult result = await CliRun.InProcessAsync("lists", "import", file, "--format", "vigil-jsonl", "--list", "example", "--json", "--db", Db);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(JsonDocument.Parse(result.Output).RootElement.GetProperty("diagnostics").EnumerateArray());
        JsonElement subject = JsonDocument.Parse((await CliRun.InProcessAsync("subjects", "show", "EX-0001", "--json", "--db", Db)).Output)
            .RootElement;
        Assert.Equal("detained", subject.GetProperty("custody")[1].GetProperty("status").GetString());
        Assert.Equal("original-script", subject.GetProperty("names")[1].GetProperty("quality").GetString());
    }
}
