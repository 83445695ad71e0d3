using System.Text.Json;
using System.Xml.Linq;

namespace Vigil.Cli.Tests;

/// <summary><c>vigil stats custody</c> run as a real process against a real database; once per engine by the
/// subclasses. The subjects are invented.</summary>
public abstract class StatsCommandTests : IAsyncLifetime
{
    // At 2020-06-30: ST-01, 02, 03 and 04 detained (03 with two nationalities), 05 at large, 06 unknown; 07 is an
    // organization. In 2020 ST-04 is released, in 2021 ST-02 repatriated.
    private const string List = """
        {"id":"ST-01","names":[{"full":"Odran Velkazi"}],"nationalities":["GBR"],"gender":"male","custody":[{"status":"at-large","since":"2014"},{"status":"detained","since":"2019-03","authority":"Northern Guard","place":"Camp Tamarisk","country":"SYR"}]}
        {"id":"ST-02","names":[{"full":"Bastien Quorrel"}],"nationalities":["GBR"],"gender":"male","custody":[{"status":"detained","since":"2019-05-12","authority":"Northern Guard","country":"SYR"},{"status":"repatriated","since":"2021-02","country":"GBR"}]}
        {"id":"ST-03","names":[{"full":"Idris Palvanek"}],"nationalities":["GBR","PAK"],"gender":"male","custody":[{"status":"detained","since":"2019","authority":"Eastern Police","country":"IRQ"}]}
        {"id":"ST-04","names":[{"full":"Maren Tozhelli"}],"nationalities":["GBR"],"gender":"female","custody":[{"status":"detained","since":"2019-04","authority":"Northern Guard"},{"status":"released","since":"2020-11-03"}]}
        {"id":"ST-05","names":[{"full":"Lucien Arvazzo"}],"nationalities":["FRA"],"gender":"male","custody":[{"status":"at-large","since":"2015"}]}
        {"id":"ST-06","names":[{"full":"Kasim Dorvelle"}],"nationalities":["GBR"],"gender":"male"}
        {"id":"ST-07","kind":"organization","names":[{"full":"Brigade of the Invented Dawn"}],"custody":[{"status":"at-large","since":"2014"}]}
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("vigil-stats-").FullName;

    private string _db = string.Empty;

    protected abstract Task<string> NewDatabaseAsync();

    public async ValueTask InitializeAsync()
    {
        _db = await NewDatabaseAsync();
        string file = Path.Combine(_folder, "invented.jsonl");
        await File.WriteAllTextAsync(file, List, TestContext.Current.CancellationToken);
        CliResult import = await CliRun.InProcessAsync("lists", "import", file, "--format", "vigil-jsonl", "--list", "invented", "--db", _db);
        Assert.True(import.ExitCode == 0, import.ToString());
    }

    public ValueTask DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    private async Task<CliResult> Vigil(params string[] args)
    {
        CliResult result = await CliRun.ProcessAsync([.. args, "--db", _db]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }

    private static string Groups(JsonElement groups) => JsonSerializer.Serialize(groups);

    [Fact]
    public async Task Json_counts_subjects_by_nationality_and_status_once_per_group()
    {
        JsonElement json = JsonDocument.Parse((await Vigil("stats", "custody", "--by", "nationality,status", "--at", "2020-06-30", "--json")).Output).RootElement;

        Assert.Equal("2020-06-30", json.GetProperty("at").GetString());
        Assert.Equal(
            """[{"nationality":"FRA","status":"at-large","count":1},{"nationality":"GBR","status":"unknown","count":1},{"nationality":"GBR","status":"detained","count":4},{"nationality":"PAK","status":"detained","count":1}]""",
            Groups(json.GetProperty("groups")));
        Assert.Equal(6, json.GetProperty("total").GetInt32());
        Assert.Equal("person", json.GetProperty("kind").GetString());
        Assert.Contains(json.GetProperty("rules").EnumerateArray(), r => r.GetString()!.Contains("first day of that month or year", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Json_counts_men_of_one_list_by_authority_and_every_kind_by_status()
    {
        JsonElement men = JsonDocument.Parse((await Vigil("stats", "custody", "--list", "invented", "--gender", "male", "--by", "authority", "--at", "2020-06-30", "--json")).Output).RootElement;
        JsonElement all = JsonDocument.Parse((await Vigil("stats", "custody", "--kind", "all", "--at", "2013-12-31", "--json")).Output).RootElement;

        Assert.Equal(
            """[{"authority":"Eastern Police","count":1},{"authority":"Northern Guard","count":2},{"authority":null,"count":2}]""",
            Groups(men.GetProperty("groups")));
        Assert.Equal(5, men.GetProperty("total").GetInt32());
        Assert.Equal("""[{"status":"unknown","count":7}]""", Groups(all.GetProperty("groups")));
    }

    [Fact]
    public async Task A_yearly_series_replays_the_histories_with_the_transitions_of_each_year()
    {
        JsonElement json = JsonDocument.Parse((await Vigil("stats", "custody", "--from", "2019", "--to", "2021-12-31", "--every", "year", "--json")).Output).RootElement;

        JsonElement[] periods = [.. json.GetProperty("periods").EnumerateArray()];
        Assert.Equal(["2019", "2020", "2021"], periods.Select(p => p.GetProperty("period").GetString()));
        Assert.Equal(["2019-12-31", "2020-12-31", "2021-12-31"], periods.Select(p => p.GetProperty("end").GetString()));
        Assert.Equal(
            [
                """[{"status":"unknown","count":1},{"status":"at-large","count":1},{"status":"detained","count":4}]""",
                """[{"status":"unknown","count":1},{"status":"at-large","count":1},{"status":"detained","count":3},{"status":"released","count":1}]""",
                """[{"status":"unknown","count":1},{"status":"at-large","count":1},{"status":"detained","count":2},{"status":"released","count":1},{"status":"repatriated","count":1}]""",
            ],
            periods.Select(p => Groups(p.GetProperty("groups"))));
        string st01 = Domain.SubjectId.For("invented", "ST-01").Value;
        string[] unknownToDetained = [.. new[] { "ST-02", "ST-03", "ST-04" }.Select(s => Domain.SubjectId.For("invented", s).Value).Order(StringComparer.Ordinal)];
        Assert.Equal(
            $$"""[{"from":"unknown","to":"detained","count":3,"subjects":["{{string.Join("\",\"", unknownToDetained)}}"]},{"from":"at-large","to":"detained","count":1,"subjects":["{{st01}}"]}]""",
            JsonSerializer.Serialize(periods[0].GetProperty("transitions")));
        Assert.Equal(
            $$"""[{"from":"detained","to":"released","count":1,"subjects":["{{Domain.SubjectId.For("invented", "ST-04").Value}}"]}]""",
            JsonSerializer.Serialize(periods[1].GetProperty("transitions")));
        Assert.Equal(
            $$"""[{"from":"detained","to":"repatriated","count":1,"subjects":["{{Domain.SubjectId.For("invented", "ST-02").Value}}"]}]""",
            JsonSerializer.Serialize(periods[2].GetProperty("transitions")));
    }

    [Fact]
    public async Task Text_output_to_a_pipe_is_a_readable_table_with_the_counting_rules()
    {
        CliResult count = await Vigil("stats", "custody", "--by", "nationality,status", "--at", "2020-06-30");
        CliResult series = await Vigil("stats", "custody", "--from", "2020-01", "--to", "2021-06", "--every", "quarter");

        string[] lines = count.Output.Split('\n');
        Assert.Contains("Persons of every list by nationality, status as of 2020-06-30: 6 in total.", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries) is ["nationality", "status", "count"]);
        Assert.Contains(lines, l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries) is ["GBR", "detained", "4"]);
        Assert.Contains(lines, l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries) is ["PAK", "detained", "1"]);
        Assert.Contains("first day of that month or year", count.Output, StringComparison.Ordinal);
        Assert.Contains("counts once in each group", count.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", count.Output, StringComparison.Ordinal);

        string[] seriesLines = series.Output.Split('\n');
        Assert.Contains(seriesLines, l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries) is ["2020-Q4", _, _, _, _, _, "6"]);
        Assert.Contains(seriesLines, l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries) is ["2020-Q4", "detained", "released", "1", var who] && who == Domain.SubjectId.For("invented", "ST-04").Value);
        Assert.Contains(seriesLines, l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries) is ["2021-Q1", "detained", "repatriated", "1", _]);
    }

    [Fact]
    public async Task Svg_charts_are_valid_svg_with_a_bar_label_per_group_and_a_line_per_status()
    {
        string bars = Path.Combine(_folder, "count.svg");
        string lines = Path.Combine(_folder, "series.svg");

        CliResult count = await Vigil("stats", "custody", "--by", "nationality,status", "--at", "2020-06-30", "--svg", bars);
        await Vigil("stats", "custody", "--from", "2019-01-01", "--to", "2021-12-31", "--every", "month", "--svg", lines, "--json");

        Assert.Contains(bars, count.Error, StringComparison.Ordinal);
        XNamespace svg = "http://www.w3.org/2000/svg";
        XDocument barChart = XDocument.Load(bars);
        Assert.Equal(svg + "svg", barChart.Root!.Name);
        string[] barTexts = [.. barChart.Descendants(svg + "text").Select(t => t.Value.Trim())];
        Assert.Contains("GBR detained", barTexts);
        Assert.Contains("FRA at-large", barTexts);
        Assert.Contains("PAK detained", barTexts);

        XDocument lineChart = XDocument.Load(lines);
        Assert.Equal(svg + "svg", lineChart.Root!.Name);
        string[] lineTexts = [.. lineChart.Descendants(svg + "text").Select(t => t.Value.Trim())];
        Assert.Contains("detained", lineTexts);
        Assert.Contains("repatriated", lineTexts);
        Assert.Contains("released", lineTexts);
        // One line of 36 months per status the subjects had in the span: unknown, at-large, detained, released,
        // repatriated (the legend draws a short line of its own for each).
        Assert.Equal(5, lineChart.Descendants(svg + "path").Count(p =>
            (string?)p.Attribute("stroke-width") == "2" && ((string?)p.Attribute("d") ?? string.Empty).Count(c => c == 'L') >= 35));
    }
}

public sealed class SqliteStatsCommandTests : StatsCommandTests, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("vigil-stats-db-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    protected override Task<string> NewDatabaseAsync() => Task.FromResult(Path.Combine(_folder, "vigil.db"));

    [Theory]
    [InlineData("--by gender", "'gender' is not a field")]
    [InlineData("--at 2019-02-30", "--at '2019-02-30' is not a date")]
    [InlineData("--from 2021 --to 2020", "--from 2021-01-01 is after --to 2020-12-31")]
    [InlineData("--every month", "--every makes a time series")]
    [InlineData("--from 2020-01-01", "needs both --from and --to")]
    [InlineData("--at 2020 --from 2019 --to 2020", "give one or the other")]
    [InlineData("--from 1800 --to 2020 --every month", "more than 1200 periods")]
    [InlineData("--every week --from 2019 --to 2020", "week")]
    [InlineData("--gender other", "other")]
    public async Task Wrong_options_are_usage_errors_with_exit_code_2_and_say_why(string options, string message)
    {
        CliResult result = await CliRun.InProcessAsync(["stats", "custody", .. options.Split(' '), "--db", Path.Combine(_folder, "vigil.db")]);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }

    [Fact]
    public async Task An_unknown_list_is_bad_input_with_exit_code_1()
    {
        CliResult result = await CliRun.InProcessAsync("stats", "custody", "--list", "nowhere", "--db", Path.Combine(_folder, "vigil.db"));

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("no list 'nowhere'", result.Error, StringComparison.Ordinal);
    }
}

public sealed class PostgresStatsCommandTests(Testing.PostgresServer server) : StatsCommandTests
{
    protected override Task<string> NewDatabaseAsync() => server.CreateDatabaseAsync(nameof(PostgresStatsCommandTests));
}
