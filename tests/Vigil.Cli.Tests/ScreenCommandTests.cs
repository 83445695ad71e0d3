using System.Text;
using System.Text.Json;
using Vigil.Domain;
using Vigil.Formats.Lists;
using Vigil.Formats.Travelers;
using Vigil.Testing;

namespace Vigil.Cli.Tests;

/// <summary><c>vigil screen</c> and <c>vigil evaluate</c>, in process, against a list file and against a database.</summary>
public sealed class ScreenCommandTests : IDisposable
{
    private readonly TempDirectory _folder = new("vigil-screen-");

    public void Dispose() => _folder.Dispose();

    /// <summary>The subjects of the UN sample, read at run time (the tests never copy a listed name).</summary>
    private static readonly Lazy<List<Subject>> UnSubjects = new(() =>
    {
        using FileStream stream = File.OpenRead(SharedData.UnSample);
        ListReadResult read = new UnConsolidatedListReader().Read(new ListInput(stream), new ListReadOptions("un", "un-sample.xml", ListingCategory.SecondaryScreening));
        return [.. read.Subjects];
    });

    private static List<Subject> UnPeople => [.. UnSubjects.Value.Where(s => s.Kind == SubjectKind.Person && s.PrimaryName is not null)];

    private static string TravelerLine(string id, string name, PartialDate dob = default) =>
        JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = id, ["name"] = name, ["dob"] = dob.ToString(), ["nationality"] = "", ["gender"] = "" });

    private string WriteTravelers(params string[] lines) => ListFixtures.Write(_folder.Path, "travelers.jsonl", string.Join("\n", lines) + "\n");

    private static List<JsonElement> ReadResults(string path) =>
        [.. File.ReadAllLines(path, Encoding.UTF8).Select(l => JsonDocument.Parse(l).RootElement.Clone())];

    [Fact]
    public async Task Screening_against_a_list_file_writes_one_result_per_line_in_input_order()
    {
        List<Subject> people = UnPeople;
        List<string> lines = [];
        for (int i = 0; i < people.Count; i++)
        {
            lines.Add(TravelerLine($"t{i:D3}", people[i].PrimaryName!.Full));
            lines.Add(TravelerLine($"u{i:D3}", $"Invented Travelername{i}"));
        }

        string input = WriteTravelers([.. lines]);
        string output = _folder.Combine("results.jsonl");

        CliResult result = await CliRun.InProcessAsync("screen", "--in", input, "--out", output, "--index", SharedData.UnSample, "--index-format", "un-xml");

        Assert.True(result.ExitCode == 0, result.ToString());
        List<JsonElement> results = ReadResults(output);
        Assert.Equal(lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()), results.Select(r => r.GetProperty("id").GetString()));
        Assert.All(results, r =>
        {
            Assert.Equal(["id", "status", "hits"], r.EnumerateObject().Select(p => p.Name));
            Assert.Contains(r.GetProperty("status").GetString(), new[] { "clear", "review" });
            Assert.True(r.GetProperty("hits").GetArrayLength() <= 10);
        });
        for (int i = 0; i < people.Count; i++)
        {
            // A listed person's own primary name finds that person among the hits.
            JsonElement hits = results[2 * i].GetProperty("hits");
            Assert.Contains(hits.EnumerateArray(), h => h.GetProperty("sourceId").GetString() == people[i].Listing.SourceId);
            JsonElement hit = hits[0];
            Assert.Equal(["subjectId", "list", "sourceId", "score", "name", "explanation", "relations"], hit.EnumerateObject().Select(p => p.Name));
            Assert.Equal("un-sample.xml", hit.GetProperty("list").GetString());
            Assert.Equal(SubjectId.For("un-sample.xml", hit.GetProperty("sourceId").GetString()!).Value, hit.GetProperty("subjectId").GetString());
        }

        Assert.Contains($"Screened {lines.Count} travelers", result.Error, StringComparison.Ordinal);
        Assert.Contains("0 malformed", result.Error, StringComparison.Ordinal);
        Assert.Contains("index built in", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }

    [Fact]
    public async Task A_malformed_line_is_reported_in_place_and_the_batch_goes_on()
    {
        string input = WriteTravelers(
            TravelerLine("a", "Invented Travelername"),
            """{"id":"b","name":"Invented Other","dob":"1980-02-30"}""",
            """{"id":"c","name":""",
            TravelerLine("d", "Invented Third"));
        string output = _folder.Combine("results.jsonl");

        CliResult result = await CliRun.InProcessAsync("screen", "--in", input, "--out", output, "--index", SharedData.UnSample);

        Assert.True(result.ExitCode == 0, result.ToString());
        List<JsonElement> results = ReadResults(output);
        Assert.Equal(4, results.Count);
        Assert.Equal(("b", 2, TravelerDiagnostics.InvalidDateCode), (results[1].GetProperty("id").GetString(), results[1].GetProperty("line").GetInt32(), results[1].GetProperty("code").GetString()));
        Assert.False(results[1].TryGetProperty("status", out _));
        Assert.Equal((3, TravelerDiagnostics.InvalidJsonCode), (results[2].GetProperty("line").GetInt32(), results[2].GetProperty("code").GetString()));
        Assert.Equal("d", results[3].GetProperty("id").GetString());
        Assert.Contains("travelers.jsonl:2:41: error VGL-TRV006:", result.Error, StringComparison.Ordinal);
        Assert.Contains("2 malformed", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_input_file_exits_with_1()
    {
        CliResult result = await CliRun.InProcessAsync("screen", "--in", _folder.Combine("nothing.jsonl"), "--out", _folder.Combine("r.jsonl"), "--index", SharedData.UnSample);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no file", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.Combine("r.jsonl")));
    }

    [Fact]
    public async Task Screening_against_lists_of_the_database_uses_their_subjects()
    {
        string db = _folder.Combine("vigil.db");
        CliResult import = await CliRun.InProcessAsync("lists", "import", SharedData.UnSample, "--format", "un-xml", "--list", "un", "--db", db);
        Assert.True(import.ExitCode == 0, import.ToString());
        Subject person = UnPeople[0];
        string input = WriteTravelers(TravelerLine("x1", person.PrimaryName!.Full), TravelerLine("x2", "Invented Travelername"));
        string output = _folder.Combine("results.jsonl");

        CliResult result = await CliRun.InProcessAsync("screen", "--in", input, "--out", output, "--list", "un", "--db", db, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        List<JsonElement> results = ReadResults(output);
        Assert.Equal(["x1", "x2"], results.Select(r => r.GetProperty("id").GetString()));
        JsonElement hit = results[0].GetProperty("hits").EnumerateArray().First(h => h.GetProperty("sourceId").GetString() == person.Listing.SourceId);
        Assert.Equal(("un", person.Id.Value), (hit.GetProperty("list").GetString(), hit.GetProperty("subjectId").GetString()));
        JsonElement summary = JsonDocument.Parse(result.Output).RootElement;
        Assert.Equal((2, 0), (summary.GetProperty("travelers").GetInt32(), summary.GetProperty("errors").GetInt32()));
        Assert.Equal(UnSubjects.Value.Count, summary.GetProperty("index").GetProperty("subjects").GetInt32());
        Assert.Equal(UnSubjects.Value.Count(s => s.Kind == SubjectKind.Person), summary.GetProperty("index").GetProperty("persons").GetInt32());
    }

    [Fact]
    public async Task An_unknown_list_is_rejected_with_the_names_of_the_lists()
    {
        string db = _folder.Combine("vigil.db");
        await CliRun.InProcessAsync("lists", "import", SharedData.UnSample, "--format", "un-xml", "--list", "un", "--db", db);
        string input = WriteTravelers(TravelerLine("x1", "Invented Travelername"));

        CliResult result = await CliRun.InProcessAsync("screen", "--in", input, "--out", _folder.Combine("r.jsonl"), "--list", "nope", "--db", db);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no list 'nope'", result.Error, StringComparison.Ordinal);
        Assert.Contains("un", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_prints_the_score_table_and_writes_the_json_scores()
    {
        List<Subject> people = UnPeople;
        List<string> lines = [];
        for (int i = 0; i < people.Count; i++)
        {
            lines.Add(JsonSerializer.Serialize(new { id = $"p{i}", kind = "exact", name = people[i].PrimaryName!.Full, dob = "", nationality = "", gender = "", expect = people[i].Listing.SourceId }));
            lines.Add(JsonSerializer.Serialize(new { id = $"n{i}", kind = "innocent", name = $"Invented Travelername{i}", dob = "1990-01-01", nationality = "", gender = "", expect = (string?)null }));
        }

        string queries = ListFixtures.Write(_folder.Path, "labelled.jsonl", string.Join("\n", lines) + "\n");
        string json = _folder.Combine("scores.json");

        CliResult result = await CliRun.InProcessAsync("evaluate", "--queries", queries, "--index", SharedData.UnSample, "--json-out", json);

        Assert.True(result.ExitCode == 0, result.ToString());
        string[] table = result.Output.TrimEnd('\n').Split('\n');
        Assert.Equal("kind                      n   recall   rec@1  rec@1%  rec@.1%  alerts", table[0]);
        Assert.StartsWith("exact", table[1], StringComparison.Ordinal);
        Assert.StartsWith("innocent", table[2], StringComparison.Ordinal);
        Assert.StartsWith("ALL positives", table[3], StringComparison.Ordinal);
        Assert.StartsWith("score thresholds at innocent alert rate 1%: ", table[4], StringComparison.Ordinal);
        Assert.EndsWith("results missing for 0 queries", table[4], StringComparison.Ordinal);
        JsonElement scores = JsonDocument.Parse(File.ReadAllText(json)).RootElement;
        Assert.Equal(lines.Count, scores.GetProperty("queries").GetInt32());
        Assert.Equal(people.Count, scores.GetProperty("overall").GetProperty("positives").GetInt32());
    }

    [Fact]
    public async Task Evaluate_without_the_queries_file_exits_with_1()
    {
        CliResult result = await CliRun.InProcessAsync("evaluate", "--queries", _folder.Combine("none.jsonl"), "--index", SharedData.UnSample);

        Assert.Equal(1, result.ExitCode);
    }
}
