using System.Text.Json;
using Vigil.Testing;

namespace Vigil.Cli.Tests;

/// <summary><c>vigil subjects relate|unrelate|show</c> and relations in imports and screening, against a real
/// database; run once per engine by the subclasses. Every name is invented.</summary>
public abstract class RelationsCliTests : IAsyncLifetime
{
    // A fighter with his wife and son; the son's relation to his mother is recorded on the son.
    private const string Family = """
        # fictitious test data
        {"id":"F-1","category":"no-board","names":[{"full":"Quorvath Belstrane"}],"relations":[{"type":"spouse","subject":"F-2","since":"2014","source":"court file"},{"type":"child","subject":"F-3"}]}
        {"id":"F-2","category":"monitor","names":[{"full":"Yselda Marrowquint"}],"gender":"female","custody":[{"status":"detained","since":"2019-03","place":"(camp)"}]}
        {"id":"F-3","category":"monitor","names":[{"full":"Tobrin Belstrane"}],"relations":[{"type":"parent","subject":"F-2"}]}
        """;

    protected string Folder { get; } = Directory.CreateTempSubdirectory("vigil-cli-rel-").FullName;

    protected string Db { get; private set; } = string.Empty;

    protected abstract Task<string> NewDatabaseAsync();

    public async ValueTask InitializeAsync() => Db = await NewDatabaseAsync();

    public virtual ValueTask DisposeAsync()
    {
        Directory.Delete(Folder, recursive: true);
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    private Task<CliResult> Vigil(params string[] args) => CliRun.InProcessAsync([.. args, "--db", Db]);

    private static JsonElement Json(CliResult result) => JsonDocument.Parse(result.Output).RootElement;

    private async Task<CliResult> ImportAsync(string name, string content, string list = "fam")
    {
        string path = Path.Combine(Folder, name);
        await File.WriteAllTextAsync(path, content, TestContext.Current.CancellationToken);
        return await Vigil("lists", "import", path, "--format", "vigil-jsonl", "--list", list);
    }

    [Fact]
    public async Task Show_lists_each_relative_from_both_sides_with_its_list_category_and_custody()
    {
        CliResult import = await ImportAsync("fam.jsonl", Family);

        JsonElement fighter = Json(await Vigil("subjects", "show", "F-1", "--json"));
        JsonElement wife = Json(await Vigil("subjects", "show", "F-2", "--json"));
        CliResult table = await Vigil("subjects", "show", "F-3");

        Assert.True(import.ExitCode == 0, import.ToString());
        JsonElement[] relations = [.. fighter.GetProperty("relations").EnumerateArray()];
        Assert.Equal(["spouse", "child"], relations.Select(r => r.GetProperty("type").GetString()));
        Assert.Equal(
            ("F-2", "fam", "monitor", "detained", "2014", "court file"),
            (relations[0].GetProperty("sourceId").GetString(), relations[0].GetProperty("list").GetString(), relations[0].GetProperty("category").GetString(),
                relations[0].GetProperty("custody").GetString(), relations[0].GetProperty("since").GetString(), relations[0].GetProperty("source").GetString()));
        Assert.StartsWith("V", relations[0].GetProperty("subjectId").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, relations[1].GetProperty("note").ValueKind);
        Assert.Equal(
            [("spouse", "F-1"), ("child", "F-3")],
            wife.GetProperty("relations").EnumerateArray().Select(r => (r.GetProperty("type").GetString(), r.GetProperty("sourceId").GetString())));
        Assert.True(table.ExitCode == 0, table.ToString());
        Assert.Contains("Relations", table.Output, StringComparison.Ordinal);
        Assert.Contains("Quorvath Belstrane", table.Output, StringComparison.Ordinal);
        Assert.Contains("detained", table.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_relation_recorded_by_hand_survives_a_reimport_that_drops_the_files_own_and_unrelate_removes_it()
    {
        await ImportAsync("fam.jsonl", Family);
        await ImportAsync("other.jsonl", """{"id":"Q-7","names":[{"full":"Haldecott Prymwell"}],"category":"secondary-screening"}""", "other");

        CliResult related = await Vigil("subjects", "relate", "F-1", "--to", "other:Q-7", "--type", "associate", "--since", "2013", "--source", "liaison report",
            "--note", "same cell", "--actor", "analyst1", "--json");
        CliResult reimport = await ImportAsync("fam-2.jsonl", Family.Replace("""{"type":"spouse","subject":"F-2","since":"2014","source":"court file"},""", string.Empty, StringComparison.Ordinal));
        JsonElement after = Json(await Vigil("subjects", "show", "F-1", "--json"));
        JsonElement history = Json(await Vigil("subjects", "history", "Q-7", "--json"));
        CliResult unrelated = await Vigil("subjects", "unrelate", "Q-7", "--to", "F-1", "--type", "associate", "--json");
        CliResult again = await Vigil("subjects", "unrelate", "Q-7", "--to", "F-1", "--type", "associate");

        Assert.True(related.ExitCode == 0, related.ToString());
        Assert.True(Json(related).GetProperty("changed").GetBoolean());
        Assert.True(reimport.ExitCode == 0, reimport.ToString());
        Assert.Equal(
            [("child", "F-3", false), ("associate", "Q-7", true)],
            after.GetProperty("relations").EnumerateArray().Select(r => (r.GetProperty("type").GetString(), r.GetProperty("sourceId").GetString(), r.GetProperty("manual").GetBoolean())));
        JsonElement associate = after.GetProperty("relations")[1];
        Assert.Equal(("other", "secondary-screening", "2013", "same cell"), (associate.GetProperty("list").GetString(), associate.GetProperty("category").GetString(),
            associate.GetProperty("since").GetString(), associate.GetProperty("note").GetString()));
        Assert.Equal("relations-changed", history.GetProperty("changes")[0].GetProperty("action").GetString());
        Assert.True(unrelated.ExitCode == 0, unrelated.ToString());
        Assert.Equal(0, Json(unrelated).GetProperty("relations").GetArrayLength());
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("is not", again.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("F-1", "F-1", "spouse", 1, "cannot be related to itself")]
    [InlineData("F-1", "F-404", "spouse", 1, "no subject 'F-404'")]
    [InlineData("F-404", "F-1", "spouse", 1, "no subject 'F-404'")]
    [InlineData("F-1", "F-2", "cousin", 2, "is not a relation")]
    public async Task Relating_refuses_the_same_subject_an_unknown_one_and_an_unknown_type(string id, string to, string type, int exit, string message)
    {
        await ImportAsync("fam.jsonl", Family);
        string before = await DatabaseSnapshot.TakeAsync(Db);

        CliResult result = await Vigil("subjects", "relate", id, "--to", to, "--type", type);

        Assert.True(result.ExitCode == exit, result.ToString());
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(Db));
    }

    [Fact]
    public async Task A_file_naming_an_unknown_relative_is_rejected_whole_with_the_position()
    {
        CliResult result = await ImportAsync("bad.jsonl", Family.Replace("\"subject\":\"F-3\"", "\"subject\":\"F-33\"", StringComparison.Ordinal));

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("bad.jsonl:2:", result.Error, StringComparison.Ordinal);
        Assert.Contains("error VGL-JSONL016", result.Error, StringComparison.Ordinal);
        Assert.Contains("$.relations[1].subject", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, Json(await Vigil("lists", "list", "--json")).GetProperty("lists").GetArrayLength());
    }

    [Fact]
    public async Task Screening_hits_carry_the_subjects_relations()
    {
        await ImportAsync("fam.jsonl", Family);
        string travelers = Path.Combine(Folder, "travelers.jsonl"), results = Path.Combine(Folder, "results.jsonl");
        await File.WriteAllTextAsync(travelers, """{"id":"t1","name":"Tobrin Belstrane"}""" + "\n", TestContext.Current.CancellationToken);

        CliResult screen = await Vigil("screen", "--in", travelers, "--out", results);

        Assert.True(screen.ExitCode == 0, screen.ToString());
        JsonElement hit = JsonDocument.Parse(File.ReadAllLines(results)[0]).RootElement.GetProperty("hits")[0];
        Assert.Equal("F-3", hit.GetProperty("sourceId").GetString());
        Assert.Equal(
            [("parent", "F-1", "no-board", "unknown"), ("parent", "F-2", "monitor", "detained")],
            hit.GetProperty("relations").EnumerateArray().Select(r => (r.GetProperty("type").GetString(), r.GetProperty("sourceId").GetString(),
                r.GetProperty("category").GetString(), r.GetProperty("custody").GetString())));
    }

    [Fact]
    public async Task The_demo_booking_of_a_mother_and_her_children_tells_each_of_the_others()
    {
        string demo = Path.Combine(RepositoryRoot.Path, "data", "demo");
        await Vigil("lists", "import", Path.Combine(demo, "national-ftf.jsonl"), "--format", "vigil-jsonl", "--list", "national-ftf");

        CliResult screen = await Vigil("screen", "--in", Path.Combine(demo, "pnr-family.edi"), "--out", "-", "--no-record");

        Assert.True(screen.ExitCode == 0, screen.ToString());
        JsonElement[] results = [.. screen.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)];
        Assert.Equal(["Q7MB4X/1", "Q7MB4X/2", "Q7MB4X/3"], results.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(
            [("Q7MB4X/2", "NFL-2022-0035", "child", true), ("Q7MB4X/3", "NFL-2022-0036", "child", true)],
            results[0].GetProperty("relatedHits").EnumerateArray().Select(r => (r.GetProperty("travelerId").GetString(), r.GetProperty("sourceId").GetString(),
                r.GetProperty("relation").GetString(), r.GetProperty("sameBooking").GetBoolean())));
        Assert.Equal(
            [("Q7MB4X/1", "parent"), ("Q7MB4X/2", "sibling")],
            results[2].GetProperty("relatedHits").EnumerateArray().Select(r => (r.GetProperty("travelerId").GetString(), r.GetProperty("relation").GetString())));
        Assert.Contains(
            results[0].GetProperty("hits")[0].GetProperty("relations").EnumerateArray(),
            r => r.GetProperty("type").GetString() == "spouse" && r.GetProperty("sourceId").GetString() == "NFL-2019-0001" && r.GetProperty("category").GetString() == "no-board");
    }
}

public sealed class SqliteRelationsCliTests : RelationsCliTests
{
    protected override Task<string> NewDatabaseAsync() => Task.FromResult(Path.Combine(Folder, "vigil.db"));
}

public sealed class PostgresRelationsCliTests(PostgresServer server) : RelationsCliTests
{
    protected override Task<string> NewDatabaseAsync() => server.CreateDatabaseAsync(nameof(PostgresRelationsCliTests));
}
