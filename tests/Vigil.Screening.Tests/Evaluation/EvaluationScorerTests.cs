using System.Globalization;
using System.Text;
using System.Text.Json;
using Vigil.Screening.Evaluation;

namespace Vigil.Screening.Tests.Evaluation;

/// <summary>The port of the evaluation set's score.py gives score.py's numbers and table.</summary>
/// <remarks>The expected figures below were worked out by hand from the definitions in score.py (and agree with
/// what score.py prints for the same two files).</remarks>
public sealed class EvaluationScorerTests
{
    /// <summary>A hand-made set: 200 innocents whose best scores are i/250, four typos, two partials, three
    /// namesakes, sixteen common innocents and one query without a kind.</summary>
    private static (string Queries, string Results) HandMadeSet()
    {
        StringBuilder queries = new();
        StringBuilder results = new();
        void Query(string id, string? kind, string? expect) =>
            queries.Append("{\"id\":\"").Append(id).Append('"')
                .Append(kind is null ? string.Empty : $",\"kind\":\"{kind}\"")
                .Append(",\"name\":\"X Y\",\"dob\":\"\",\"nationality\":\"\",\"gender\":\"\",\"expect\":")
                .Append(expect is null ? "null" : $"\"{expect}\"").Append("}\n");
        void Result(string id, string status, params (string SourceId, double Score)[] hits) =>
            results.Append("{\"id\":\"").Append(id).Append("\",\"status\":\"").Append(status).Append("\",\"hits\":[")
                .AppendJoin(',', hits.Select(h => string.Create(CultureInfo.InvariantCulture, $"{{\"sourceId\":\"{h.SourceId}\",\"score\":{h.Score:R}}}")))
                .Append("]}\n");

        for (int i = 0; i < 200; i++)
        {
            string id = $"i{i:D3}";
            Query(id, "innocent", null);
            double score = i / 250.0;
            Result(id, score >= 0.7 ? "review" : "clear", i == 0 ? [] : [($"N{i}", score)]);
        }

        Query("t1", "typo", "S1");
        Result("t1", "review", ("S1", 0.95), ("S5", 0.5));       // found first, above both thresholds
        Query("t2", "typo", "S2");
        Result("t2", "review", ("S7", 0.9), ("S2", 0.85));       // found second
        Query("t3", "typo", "S3");
        Result("t3", "clear", ("S3", 0.79));                     // not reviewed, but above the 1 % threshold 0.788
        Query("t4", "typo", "S4");                               // no result line at all
        Query("p1", "partial", "S5");
        Result("p1", "review", ("S5", 0.788));                   // exactly at the 1 % threshold: not above it
        Query("p2", "partial", "S6");
        Result("p2", "review", ("S8", 0.9));                     // reviewed for the wrong subject
        foreach ((string id, string status) in new[] { ("n1", "review"), ("n2", "review"), ("n3", "clear") })
        {
            Query(id, "namesake", null);
            Result(id, status, ("S9", 0.9));
        }

        for (int i = 0; i < 16; i++)
        {
            Query($"c{i:D2}", "common-innocent", null);
            Result($"c{i:D2}", i == 0 ? "review" : "clear", ("S1", i == 0 ? 0.9 : 0.3));
        }

        Query("x1", null, "S9");                                 // no kind, expects a subject: kind "positive"
        Result("x1", "review", ("S9", 0.85));
        return (queries.ToString(), results.ToString());
    }

    private static EvaluationReport Score(string queries, string results, string? label = null)
    {
        LabelledQuerySet set = LabelledQueryFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(queries)), "q.jsonl");
        IReadOnlyList<EngineResult> engine = EngineResultFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(results)), out int skipped);
        Assert.Equal(0, skipped);
        return EvaluationScorer.Score(set.Queries, engine, label);
    }

    [Fact]
    public void Renders_the_table_of_score_py_character_for_character()
    {
        (string queries, string results) = HandMadeSet();

        EvaluationReport report = Score(queries, results);

        // 1/16 = 0.0625 prints as 0.062: Python rounds an exact tie to even.
        string expected = string.Join('\n',
            "kind                      n   recall   rec@1  rec@1%  rec@.1%  alerts",
            "common-innocent          16                                     0.062",
            "innocent                200                                     0.125",
            "namesake                  3                                     0.667",
            "partial                   2    0.500   0.500   0.000    0.000        ",
            "positive                  1    1.000   1.000   1.000    1.000        ",
            "typo                      4    0.500   0.250   0.750    0.500        ",
            "ALL positives             7    0.571   0.429   0.571    0.429   0.125",
            "score thresholds at innocent alert rate 1%: 0.7880, 0.1%: 0.7960; results missing for 1 queries");
        Assert.Equal(expected, report.ToTable());
    }

    [Fact]
    public void Computes_the_numbers_of_score_py()
    {
        (string queries, string results) = HandMadeSet();

        EvaluationReport report = Score(queries, results);

        Assert.Equal((226, 1), (report.Queries, report.MissingResults));
        Assert.Equal(["common-innocent", "innocent", "namesake", "partial", "positive", "typo"], report.Kinds.Select(k => k.Kind));
        KindScore typo = report.Kinds.Single(k => k.Kind == "typo");
        Assert.Equal((4, 0.5, 0.25, 0.75, 0.5), (typo.Count, typo.Recall, typo.RecallAtOne, typo.RecallAtOnePercentFpr, typo.RecallAtTenthPercentFpr));
        Assert.Null(typo.AlertRate);
        Assert.Equal(2.0 / 3, report.Kinds.Single(k => k.Kind == "namesake").AlertRate);
        OverallScore overall = report.Overall;
        Assert.Equal((7, 4.0 / 7, 3.0 / 7), (overall.Positives, overall.Recall, overall.RecallAtOne));
        Assert.Equal((0.125, 2.0 / 3, 0.0625), (overall.InnocentAlertRate, overall.NamesakeAlertRate, overall.CommonNameAlertRate));
        Assert.Equal([("1%", 197 / 250.0), ("0.1%", 199 / 250.0)], overall.Thresholds.Select(t => (t.Name, t.Score)));
        Assert.Equal((4.0 / 7, 3.0 / 7), (overall.RecallAtOnePercentFpr, overall.RecallAtTenthPercentFpr));
    }

    [Fact]
    public void Writes_the_json_of_score_py()
    {
        (string queries, string results) = HandMadeSet();
        EvaluationReport report = Score(queries, results, "dev");
        using MemoryStream stream = new();

        using (Utf8JsonWriter writer = new(stream))
        {
            report.WriteJson(writer);
        }

        JsonElement json = JsonDocument.Parse(stream.ToArray()).RootElement;
        Assert.Equal(["label", "queries", "missingResults", "kinds", "overall"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal("dev", json.GetProperty("label").GetString());
        Assert.Equal(["n", "recall", "recall@1", "recall@1%FPR", "recall@0.1%FPR"],
            json.GetProperty("kinds").GetProperty("typo").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["n", "alertRate"], json.GetProperty("kinds").GetProperty("namesake").EnumerateObject().Select(p => p.Name));
        JsonElement overall = json.GetProperty("overall");
        Assert.Equal(
            ["positives", "recall", "recall@1", "innocentAlertRate", "namesakeAlertRate", "commonNameAlertRate", "thresholds", "recall@1%FPR", "recall@0.1%FPR"],
            overall.EnumerateObject().Select(p => p.Name));
        Assert.Equal(0.5714285714285714, overall.GetProperty("recall").GetDouble());
        Assert.Equal(0.788, overall.GetProperty("thresholds").GetProperty("1%").GetDouble());
    }

    [Fact]
    public void Without_innocents_there_are_no_thresholds_and_no_recall_at_fpr()
    {
        string queries = """
            {"id":"a","kind":"typo","name":"X Y","expect":"S1"}
            {"id":"b","kind":"namesake","name":"X Y","expect":null}
            """;
        string results = """
            {"id":"a","status":"review","hits":[{"sourceId":"S1","score":0.9}]}
            """;

        EvaluationReport report = Score(queries, results);

        Assert.Empty(report.Overall.Thresholds);
        Assert.Null(report.Overall.InnocentAlertRate);
        Assert.Equal(string.Join('\n',
            "kind                      n   recall   rec@1  rec@1%  rec@.1%  alerts",
            "namesake                  1                                     0.000",
            "typo                      1    1.000   1.000                         ",
            "ALL positives             1    1.000   1.000                         ",
            "score thresholds at innocent alert rate ; results missing for 1 queries"), report.ToTable());
    }

    [Fact]
    public void The_last_result_of_an_id_wins_and_a_result_without_status_is_clear()
    {
        string queries = """
            {"id":"a","kind":"typo","name":"X Y","expect":"S1"}
            {"id":"b","kind":"typo","name":"X Y","expect":"S2"}
            """;
        string results = """
            {"id":"a","status":"clear","hits":[]}
            {"id":"a","status":"review","hits":[{"sourceId":"S1","score":0.9}]}
            {"id":"b","line":2,"error":"VGL-TRV006: bad date"}
            """;

        EvaluationReport report = Score(queries, results);

        KindScore typo = Assert.Single(report.Kinds);
        Assert.Equal((0.5, 0.5), (typo.Recall, typo.RecallAtOne));
        Assert.Equal(0, report.MissingResults);
    }

    [Fact]
    public void Reads_labels_and_keeps_lines_with_bad_traveler_fields_as_queries()
    {
        string queries = """
            {"id":"a","kind":"typo","name":"X Y","expect":"S1","namesakeOf":"S0"}
            {"id":"b","name":"X Y","expect":null}
            {"id":"c","kind":"","name":"X Y","dob":"not a date","expect":"S3"}

            not json
            {"name":"no id","expect":null}
            """;

        LabelledQuerySet set = LabelledQueryFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(queries)), "q.jsonl");

        Assert.Equal(
            [new LabelledQuery("a", "typo", true, "S1"), new LabelledQuery("b", "innocent", false, null), new LabelledQuery("c", "positive", true, "S3")],
            set.Queries);
        Assert.Equal([1, 2, 3, 5, 6], set.Travelers.Select(t => t.Line));
        Assert.True(set.Travelers[2].IsError);
        Assert.Equal([5, 6], set.Skipped.Select(d => d.Position.Line!.Value));
    }
}
