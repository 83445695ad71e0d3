using System.Text;
using System.Text.Json;
using Vigil.Domain;
using Vigil.Matching;
using Vigil.Screening.Screen;

namespace Vigil.Screening.Tests.Screen;

/// <summary>The structured explanation as JSON, for hosts (invented names).</summary>
public sealed class ExplanationJsonTests
{
    private static JsonElement Json(MatchExplanation explanation)
    {
        using MemoryStream buffer = new();
        using (Utf8JsonWriter writer = new(buffer))
        {
            ExplanationJson.Write(writer, explanation);
        }

        return JsonDocument.Parse(buffer.ToArray()).RootElement.Clone();
    }

    private static string Raw(MatchExplanation explanation)
    {
        using MemoryStream buffer = new();
        using (Utf8JsonWriter writer = new(buffer))
        {
            ExplanationJson.Write(writer, explanation);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    [Fact]
    public void Writes_every_part_of_the_explanation_with_camel_case_names()
    {
        MatchExplanation explanation = new(
            0.912345,
            "Zafer Omid QARANDASHI",
            NameQuality.Primary,
            [
                new NamePartPair("qarandsahi", "qarandashi", PartMatchKind.EditDistance, 0.88f) { EditDistance = 1 },
                new NamePartPair("barzakan", "barzakan", PartMatchKind.Exact, 1f) { OtherName = "Zafer BARZAKAN" },
            ],
            [
                new EvidenceEffect(EvidenceKind.DateOfBirth, EvidenceAgreement.Differs, -0.14, "1981", "1977-03-14") { GapYears = 3.800136892539357 },
                new EvidenceEffect(EvidenceKind.Nationality, EvidenceAgreement.Differs, -0.06, "TUR", "IRN/IRQ"),
                new EvidenceEffect(EvidenceKind.Gender, EvidenceAgreement.Differs, -0.12, "Female", "Male"),
            ],
            new DocumentAgreement("k 4471902", "Passport", "K4471902", 0.98),
            0.5194);

        string expected = """
            {"nameScore":0.9123,"listName":"Zafer Omid QARANDASHI","listNameKind":"primary",
            "pairs":[{"traveler":"qarandsahi","listed":"qarandashi","how":"edit-distance","similarity":0.88,"editDistance":1},
            {"traveler":"barzakan","listed":"barzakan","how":"exact","similarity":1,"otherName":"Zafer BARZAKAN"}],
            "evidence":[{"kind":"dateOfBirth","agreement":"differs","effect":-0.14,"traveler":"1981","listed":"1977-03-14","gapYears":3.8},
            {"kind":"nationality","agreement":"differs","effect":-0.06,"traveler":"TUR","listed":"IRN/IRQ"},
            {"kind":"gender","agreement":"differs","effect":-0.12,"traveler":"Female","listed":"Male"}],
            "document":{"number":"k 4471902","listedType":"Passport","listedNumber":"K4471902","floor":0.98},
            "scoreBeforeDocument":0.5194}
            """.ReplaceLineEndings(string.Empty);

        Assert.Equal(expected, Raw(explanation));
    }

    [Theory]
    [InlineData(PartMatchKind.Exact, "exact")]
    [InlineData(PartMatchKind.Transliteration, "transliteration")]
    [InlineData(PartMatchKind.EditDistance, "edit-distance")]
    [InlineData(PartMatchKind.Phonetic, "phonetic")]
    [InlineData(PartMatchKind.Initial, "initial")]
    [InlineData(PartMatchKind.Joined, "joined")]
    [InlineData(PartMatchKind.WithoutPrefix, "without-prefix")]
    [InlineData(PartMatchKind.WithoutSuffix, "without-suffix")]
    [InlineData(PartMatchKind.Nisba, "nisba")]
    [InlineData(PartMatchKind.Ocr, "ocr")]
    [InlineData(PartMatchKind.Shortened, "shortened")]
    public void How_parts_met_has_a_kebab_case_wire_name(PartMatchKind how, string name)
    {
        JsonElement pair = Json(new MatchExplanation(0.8, "Zafer BARZAKAN", NameQuality.StrongAlias, [new NamePartPair("a", "b", how, 0.9f)], [], null, 0.7))
            .GetProperty("pairs")[0];

        Assert.Equal(name, pair.GetProperty("how").GetString());
        Assert.False(pair.TryGetProperty("editDistance", out _));
        Assert.False(pair.TryGetProperty("otherName", out _));
    }

    [Theory]
    [InlineData(EvidenceAgreement.Same, "same")]
    [InlineData(EvidenceAgreement.Within, "within")]
    [InlineData(EvidenceAgreement.Near, "near")]
    [InlineData(EvidenceAgreement.Differs, "differs")]
    [InlineData(EvidenceAgreement.Contradicts, "contradicts")]
    public void Agreements_have_wire_names(EvidenceAgreement agreement, string name)
    {
        Assert.Equal(name, ExplanationJson.AgreementName(agreement));
    }

    [Theory]
    [InlineData(NameQuality.Primary, "primary")]
    [InlineData(NameQuality.StrongAlias, "strong-alias")]
    [InlineData(NameQuality.WeakAlias, "weak-alias")]
    [InlineData(NameQuality.OriginalScript, "original-script")]
    public void The_kind_of_list_name_is_written_as_in_subject_json(NameQuality quality, string name)
    {
        JsonElement json = Json(new MatchExplanation(0.8, "Zafer BARZAKAN", quality, [], [], null, 0.7));

        Assert.Equal(name, json.GetProperty("listNameKind").GetString());
    }

    [Fact]
    public void A_hit_by_document_number_alone_has_null_list_name_and_empty_arrays()
    {
        JsonElement json = Json(new MatchExplanation(0, null, null, [], [], new DocumentAgreement("K4471902", "Passport", "K4471902", 0.98), 0));

        Assert.Equal(JsonValueKind.Null, json.GetProperty("listName").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("listNameKind").ValueKind);
        Assert.Equal(0, json.GetProperty("pairs").GetArrayLength());
        Assert.Equal(0, json.GetProperty("evidence").GetArrayLength());
        Assert.Equal(0.98, json.GetProperty("document").GetProperty("floor").GetDouble());
        Assert.Equal(0, json.GetProperty("scoreBeforeDocument").GetDouble());
    }

    [Fact]
    public void No_document_is_written_as_null_and_a_date_gap_only_for_dates()
    {
        JsonElement json = Json(new MatchExplanation(
            0.95, "Zafer Omid QARANDASHI", NameQuality.Primary, [],
            [
                new EvidenceEffect(EvidenceKind.DateOfBirth, EvidenceAgreement.Same, 0.08, "1977-03-14", "1977-03-14") { GapYears = 0 },
                new EvidenceEffect(EvidenceKind.Nationality, EvidenceAgreement.Same, 0.03, "IRN", "IRN"),
            ],
            null,
            0.984));

        Assert.Equal(JsonValueKind.Null, json.GetProperty("document").ValueKind);
        Assert.Equal(0, json.GetProperty("evidence")[0].GetProperty("gapYears").GetDouble());
        Assert.False(json.GetProperty("evidence")[1].TryGetProperty("gapYears", out _));
        Assert.Equal(0.984, json.GetProperty("scoreBeforeDocument").GetDouble());
    }

    [Fact]
    public void Writes_as_the_value_of_a_property()
    {
        using MemoryStream buffer = new();
        using (Utf8JsonWriter writer = new(buffer))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("explanation");
            ExplanationJson.Write(writer, new MatchExplanation(0.8, "Zafer BARZAKAN", NameQuality.StrongAlias, [], [], null, 0.7));
            writer.WriteEndObject();
        }

        using JsonDocument document = JsonDocument.Parse(buffer.ToArray());
        Assert.Equal("Zafer BARZAKAN", document.RootElement.GetProperty("explanation").GetProperty("listName").GetString());
    }
}
