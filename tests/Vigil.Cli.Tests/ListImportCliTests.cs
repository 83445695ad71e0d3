using System.Text.Json;

namespace Vigil.Cli.Tests;

/// <summary>The <c>vigil lists</c> commands against a real database; run once per engine by the subclasses.</summary>
public abstract class ListImportCliTests : IAsyncLifetime
{
    protected string Folder { get; } = Directory.CreateTempSubdirectory("vigil-cli-").FullName;

    protected string Db { get; private set; } = string.Empty;

    protected abstract Task<string> NewDatabaseAsync();

    public async ValueTask InitializeAsync() => Db = await NewDatabaseAsync();

    public virtual ValueTask DisposeAsync()
    {
        Directory.Delete(Folder, recursive: true);
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    protected Task<CliResult> Vigil(params string[] args) => CliRun.InProcessAsync([.. args, "--db", Db]);

    protected static JsonElement Json(CliResult result) => JsonDocument.Parse(result.Output).RootElement;

    [Fact]
    public async Task Importing_the_UN_sample_adds_every_subject_and_records_the_import()
    {
        CliResult result = await Vigil("lists", "import", SharedData.UnSample, "--format", "un-xml", "--list", "un", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        JsonElement json = Json(result);
        Assert.Equal("imported", json.GetProperty("status").GetString());
        Assert.Equal(25, json.GetProperty("subjectsRead").GetInt32());
        Assert.Equal(25, json.GetProperty("added").GetInt32());
        Assert.Equal(0, json.GetProperty("changed").GetInt32());
        Assert.Equal(0, json.GetProperty("removed").GetInt32());
        JsonElement lists = Json(await Vigil("lists", "list", "--json")).GetProperty("lists");
        Assert.Equal(25, lists[0].GetProperty("subjects").GetInt32());
        Assert.Equal("un", lists[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Importing_the_same_file_again_changes_nothing_and_says_so()
    {
        CliResult first = await Vigil("lists", "import", SharedData.UnSample, "--format", "un-xml", "--list", "un", "--json");
        string before = await DatabaseSnapshot.TakeAsync(Db);

        CliResult second = await Vigil("lists", "import", SharedData.UnSample, "--format", "un-xml", "--list", "un", "--json");

        Assert.True(second.ExitCode == 0, second.ToString());
        JsonElement json = Json(second);
        Assert.Equal("unchanged", json.GetProperty("status").GetString());
        Assert.Equal(Json(first).GetProperty("import").GetProperty("id").GetInt64(), json.GetProperty("alreadyImported").GetProperty("id").GetInt64());
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(Db));
        CliResult text = await Vigil("lists", "import", SharedData.UnSample, "--format", "un-xml", "--list", "un");
        Assert.Contains("No change", text.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_newer_version_of_a_list_shows_exactly_the_subjects_added_changed_and_removed()
    {
        string newer = ListFixtures.UnNewerVersion(Folder, changedRef: "KPi.017", removedRef: "IRi.022");
        await Vigil("lists", "import", SharedData.UnSample, "--format", "un-xml", "--list", "un");

        CliResult result = await Vigil("lists", "import", newer, "--format", "un-xml", "--list", "un", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        JsonElement json = Json(result);
        Assert.Equal((1, 1, 1, 23), (json.GetProperty("added").GetInt32(), json.GetProperty("changed").GetInt32(),
            json.GetProperty("removed").GetInt32(), json.GetProperty("unchanged").GetInt32()));
        JsonElement diff = Json(await Vigil("lists", "diff", "un", "--json"));
        Assert.Equal("CDi.901", diff.GetProperty("addedSubjects")[0].GetProperty("sourceId").GetString());
        JsonElement changed = diff.GetProperty("changedSubjects")[0];
        Assert.Equal("KPi.017", changed.GetProperty("sourceId").GetString());
        Assert.Equal(["datesOfBirth"], changed.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal("1931", changed.GetProperty("after").GetProperty("datesOfBirth")[0].GetString());
        Assert.Equal("IRi.022", diff.GetProperty("removedSubjects")[0].GetProperty("sourceId").GetString());
        JsonElement removed = Json(await Vigil("subjects", "show", "IRi.022", "--list", "un", "--json"));
        Assert.True(removed.GetProperty("removed").GetBoolean());
        JsonElement history = Json(await Vigil("lists", "history", "un", "--json"));
        Assert.Equal(2, history.GetProperty("imports").GetArrayLength());
        Assert.Equal("un-newer.xml", history.GetProperty("imports")[0].GetProperty("sourceFile").GetString());
    }

    public static TheoryData<string, string, string, string> MalformedFiles => new()
    {
        // name, format, content, expected text on stderr (file:line and what)
        { "truncated.xml", "un-xml", Truncate(File.ReadAllText(SharedData.UnSample), 9000), "truncated.xml:" },
        {
            "entity.xml", "un-xml",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE CONSOLIDATED_LIST [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]>\n<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>&xxe;</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>\n",
            "entity.xml:2"
        },
        { "bad-date.xml", "un-xml", File.ReadAllText(SharedData.UnSample).Replace("1965-12-28", "1965-02-30", StringComparison.Ordinal), "1965-02-30" },
        { "sdn.csv", "ofac-csv", "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n37,\"SHORT ROW\",-0- \n", "sdn.csv:2" },
        { "national.jsonl", "vigil-jsonl", "{\"id\":\"N-1\",\"names\":[{\"full\":\"Test Person\"}],\"datesOfBirth\":[\"1988-02-30\"]}\n", "national.jsonl:1" },
    };

    [Theory]
    [MemberData(nameof(MalformedFiles))]
    public async Task A_malformed_file_is_rejected_with_its_location_and_the_database_is_unchanged(string name, string format, string content, string expected)
    {
        await Vigil("lists", "import", SharedData.UnSample, "--format", "un-xml", "--list", "un");
        string before = await DatabaseSnapshot.TakeAsync(Db);
        string path = ListFixtures.Write(Folder, name, content);

        CliResult result = await Vigil("lists", "import", path, "--format", format, "--list", "un");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.Contains("database is unchanged", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(Db));
    }

    [Fact]
    public async Task A_custody_status_is_recorded_with_its_history_and_survives_a_reimport()
    {
        await Vigil("lists", "import", SharedData.UnSample, "--format", "un-xml", "--list", "un");

        CliResult set = await Vigil("subjects", "set-status", "IQi.003", "--status", "detained", "--by", "Test Armed Force",
            "--since", "2019-03", "--place", "Test camp", "--source", "test report", "--note", "seen in a camp roster", "--actor", "analyst1");
        string newer = ListFixtures.UnNewerVersion(Folder, changedRef: "KPi.017", removedRef: "IRi.022");
        await Vigil("lists", "import", newer, "--format", "un-xml", "--list", "un");

        Assert.True(set.ExitCode == 0, set.ToString());
        JsonElement subject = Json(await Vigil("subjects", "show", "IQi.003", "--json"));
        JsonElement custody = subject.GetProperty("custody");
        Assert.Equal(1, custody.GetArrayLength());
        Assert.Equal("detained", custody[0].GetProperty("status").GetString());
        Assert.Equal("2019-03", custody[0].GetProperty("since").GetString());
        Assert.Equal("Test Armed Force", custody[0].GetProperty("authority").GetString());
        Assert.Equal("analyst1", custody[0].GetProperty("recordedBy").GetString());
        JsonElement history = Json(await Vigil("subjects", "history", subject.GetProperty("subjectId").GetString()!, "--json"));
        Assert.Contains(history.GetProperty("changes").EnumerateArray(), c => c.GetProperty("action").GetString() == "status-changed");
    }

    private static string Truncate(string text, int length) => text[..Math.Min(length, text.Length)];
}
