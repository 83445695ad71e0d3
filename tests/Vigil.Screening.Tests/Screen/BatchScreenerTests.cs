using System.Text;
using System.Text.Json;
using Vigil.Domain;
using Vigil.Formats.Travelers;
using Vigil.Matching;
using Vigil.Screening.Screen;
using Vigil.Testing;

namespace Vigil.Screening.Tests.Screen;

public sealed class BatchScreenerTests
{
    // Invented names: each is listed once, with a date of birth and a nationality.
    private static readonly (string SourceId, string Name, string Dob, string Nationality)[] Listed =
    [
        ("L-001", "Quentavio Brammelkamp", "1971-03-04", "NLD"),
        ("L-002", "Zorvandi Pelletrusk", "1985-11-20", "BEL"),
        ("L-003", "Ixmadora Quillfenter", "1990", "DEU"),
        ("L-004", "Brodwick Anselmatter Oyelundi", "1966-07", "NGA"),
    ];

    private static readonly Lazy<WatchListIndex> SharedIndex = new(() => WatchListIndex.Build(
        Listed.Select(l => SubjectBuilder.For(l.SourceId, "test-list")
            .Name(l.Name)
            .BornOn(PartialDate.Parse(l.Dob))
            .Nationality(l.Nationality)
            .Build())));

    private static List<TravelerLine> Lines(string text) => [.. TravelerJsonlReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "travelers.jsonl")];

    private static (ScreeningSummary Summary, List<JsonElement> Output) Write(BatchScreener screener, string input)
    {
        using MemoryStream output = new();
        ScreeningSummary summary = screener.Write(Lines(input), output, cancellationToken: TestContext.Current.CancellationToken);
        string text = Encoding.UTF8.GetString(output.ToArray());
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        List<JsonElement> lines = [.. text.TrimEnd('\n').Split('\n').Select(l => JsonDocument.Parse(l).RootElement.Clone())];
        return (summary, lines);
    }

    /// <summary>Many travelers: every listed name (exact), and invented innocents, interleaved.</summary>
    private static string ManyTravelers(int count)
    {
        StringBuilder text = new();
        for (int i = 0; i < count; i++)
        {
            (string _, string name, string dob, string nationality) = Listed[i % Listed.Length];
            text.Append(i % 3 == 0
                ? $$"""{"id":"q{{i:D5}}","name":"{{name}}","dob":"{{dob}}","nationality":"{{nationality}}"}"""
                : $$"""{"id":"q{{i:D5}}","givenNames":"Traveler{{i}}","familyName":"Innocentson{{i % 17}}"}""");
            text.Append('\n');
        }

        return text.ToString();
    }

    [Fact]
    public void Writes_one_result_per_line_in_input_order_with_the_contract_fields()
    {
        BatchScreener screener = new(SharedIndex.Value, SharedIndex.Value.ReviewThreshold);
        string input = """
            {"id":"a","name":"Quentavio Brammelkamp","dob":"1971-03-04","nationality":"NLD","gender":"M"}
            {"id":"b","name":"Somebody Else Entirely"}
            """;

        (ScreeningSummary summary, List<JsonElement> output) = Write(screener, input);

        Assert.Equal(["a", "b"], output.Select(o => o.GetProperty("id").GetString()));
        JsonElement first = output[0];
        Assert.Equal(["id", "status", "hits"], first.EnumerateObject().Select(p => p.Name));
        Assert.Equal("review", first.GetProperty("status").GetString());
        JsonElement hit = first.GetProperty("hits")[0];
        Assert.Equal(["subjectId", "list", "sourceId", "score", "name", "explanation", "relations"], hit.EnumerateObject().Select(p => p.Name));
        Assert.Equal(SubjectId.For("test-list", "L-001").Value, hit.GetProperty("subjectId").GetString());
        Assert.Equal("test-list", hit.GetProperty("list").GetString());
        Assert.Equal("L-001", hit.GetProperty("sourceId").GetString());
        Assert.Equal("Quentavio Brammelkamp", hit.GetProperty("name").GetString());
        double score = hit.GetProperty("score").GetDouble();
        Assert.Equal(Math.Round(score, BatchScreener.ScoreDecimals), score);
        Assert.Equal((2, 2, 0), (summary.Travelers, summary.Review + summary.Clear, summary.Errors));
    }

    [Fact]
    public void Status_is_review_exactly_when_the_best_written_score_reaches_the_threshold()
    {
        string input = ManyTravelers(60);
        foreach (double threshold in new[] { 0.0, 0.5, SharedIndex.Value.ReviewThreshold, 0.99, 1.5 })
        {
            BatchScreener screener = new(SharedIndex.Value, threshold);

            (_, List<JsonElement> output) = Write(screener, input);

            foreach (JsonElement line in output)
            {
                JsonElement hits = line.GetProperty("hits");
                Assert.True(hits.GetArrayLength() <= 10);
                double[] scores = [.. hits.EnumerateArray().Select(h => h.GetProperty("score").GetDouble())];
                Assert.Equal(scores.OrderDescending(), scores);
                bool review = scores.Length > 0 && scores[0] >= threshold;
                Assert.Equal(review ? "review" : "clear", line.GetProperty("status").GetString());
            }
        }
    }

    [Fact]
    public void Keeps_input_order_under_parallelism_and_gives_the_sequential_results()
    {
        string input = ManyTravelers(1_000);
        BatchScreener parallel = new(SharedIndex.Value, SharedIndex.Value.ReviewThreshold) { ChunkSize = 37 };
        BatchScreener sequential = new(SharedIndex.Value, SharedIndex.Value.ReviewThreshold) { MaxDegreeOfParallelism = 1 };

        (ScreeningSummary summary, List<JsonElement> output) = Write(parallel, input);
        (_, List<JsonElement> expected) = Write(sequential, input);

        Assert.Equal(Enumerable.Range(0, 1_000).Select(i => $"q{i:D5}"), output.Select(o => o.GetProperty("id").GetString()));
        Assert.Equal(expected.Select(e => e.GetRawText()), output.Select(o => o.GetRawText()));
        Assert.Equal(1_000, summary.Travelers);
        Assert.Equal(1_000, summary.Clear + summary.Review);
    }

    [Fact]
    public void Reports_a_malformed_line_in_place_and_goes_on()
    {
        BatchScreener screener = new(SharedIndex.Value, SharedIndex.Value.ReviewThreshold) { ChunkSize = 2 };
        string input = """
            {"id":"a","name":"Zorvandi Pelletrusk"}

            {"id":"b","name":"Ixmadora Quillfenter","dob":"1990-13"}
            {"id":"c","name":
            {"id":"d","name":"Brodwick Oyelundi"}
            """;

        (ScreeningSummary summary, List<JsonElement> output) = Write(screener, input);

        Assert.Equal(4, output.Count);
        Assert.Equal("a", output[0].GetProperty("id").GetString());
        JsonElement badDate = output[1];
        Assert.Equal(["id", "line", "column", "code", "error"], badDate.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("b", 3, 47, TravelerDiagnostics.InvalidDateCode), (badDate.GetProperty("id").GetString(), badDate.GetProperty("line").GetInt32(),
            badDate.GetProperty("column").GetInt32(), badDate.GetProperty("code").GetString()));
        Assert.Contains("'1990-13' is not a valid date of birth", badDate.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal((4, TravelerDiagnostics.InvalidJsonCode), (output[2].GetProperty("line").GetInt32(), output[2].GetProperty("code").GetString()));
        Assert.Equal("d", output[3].GetProperty("id").GetString());
        Assert.True(output[3].TryGetProperty("status", out _));
        Assert.Equal((4, 2), (summary.Travelers, summary.Errors));
    }

    [Fact]
    public void Writes_names_in_any_script_unescaped()
    {
        BatchScreener screener = new(WatchListIndex.Build([SubjectBuilder.For("A-1").Name("Ümit Çağlar Þórsson").Build()]), 0.0);

        using MemoryStream output = new();
        screener.Write(Lines("""{"id":"é-1","name":"Ümit Çağlar Þórsson"}"""), output, cancellationToken: TestContext.Current.CancellationToken);

        string text = Encoding.UTF8.GetString(output.ToArray());
        Assert.StartsWith("""{"id":"é-1","status":"review","hits":[""", text, StringComparison.Ordinal);
        Assert.Contains("\"name\":\"Ümit Çağlar Þórsson\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Maps_every_traveler_field_into_the_match_query()
    {
        TravelerRecord traveler = new("t")
        {
            GivenNames = "Anna",
            FamilyName = "Beispiel",
            DateOfBirth = PartialDate.OfYearMonth(1980, 2),
            Nationality = CountryCode.Of("AUT"),
            Gender = Gender.Female,
            DocumentNumber = "P123",
            DocumentCountry = CountryCode.Of("AUT"),
            DocumentType = DocumentType.Passport,
        };

        MatchQuery query = BatchScreener.ToQuery(traveler);

        Assert.Equal((null, "Anna", "Beispiel"), (query.FullName, query.GivenNames, query.FamilyName));
        Assert.Equal((PartialDate.OfYearMonth(1980, 2), CountryCode.Of("AUT"), Gender.Female), (query.DateOfBirth, query.Nationality, query.Gender));
        Assert.Equal(new DocumentQuery("P123", CountryCode.Of("AUT"), DocumentType.Passport), query.Document);
    }
}
