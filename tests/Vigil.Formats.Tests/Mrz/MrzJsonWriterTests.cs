using System.Text;
using System.Text.Json;
using Vigil.Formats.Mrz;
using static Vigil.Formats.Tests.Mrz.MrzSamples;

namespace Vigil.Formats.Tests.Mrz;

public sealed class MrzJsonWriterTests
{
    private static JsonElement Json(MrzParseResult result)
    {
        using MemoryStream stream = new();
        MrzJsonWriter.Write(stream, result);
        using JsonDocument document = JsonDocument.Parse(stream.ToArray());
        return document.RootElement.Clone();
    }

    private static JsonElement Json(string text) => Json(MrzParser.Parse(Encoding.UTF8.GetBytes(text), Today, "mrz.txt"));

    [Fact]
    public void Writes_the_contract_fields_at_the_top_level_next_to_outcome_and_issues()
    {
        JsonElement json = Json(Text(Td3(state: "D<<", nationality: "D<<", sex: '<', personal: string.Empty)));

        Assert.Equal(
            [
                "outcome", "issues", "documentFormat", "documentCode", "issuingState", "issuingStateIso", "nationality", "nationalityIso",
                "familyName", "givenNames", "documentNumber", "dateOfBirth", "sex", "expiry", "optionalData", "failedChecks",
                "nameMayBeTruncated", "lines",
            ],
            json.EnumerateObject().Select(p => p.Name));
        Assert.Equal("valid", json.GetProperty("outcome").GetString());
        Assert.Equal(0, json.GetProperty("issues").GetArrayLength());
        Assert.Equal("TD3", json.GetProperty("documentFormat").GetString());
        Assert.Equal("P", json.GetProperty("documentCode").GetString());
        Assert.Equal("DEU", json.GetProperty("issuingState").GetString());
        Assert.Equal("DEU", json.GetProperty("issuingStateIso").GetString());
        Assert.Equal("DEU", json.GetProperty("nationality").GetString());
        Assert.Equal("TESTPERSON", json.GetProperty("familyName").GetString());
        Assert.Equal("AUGUSTA MAE", json.GetProperty("givenNames").GetString());
        Assert.Equal("VG4417203", json.GetProperty("documentNumber").GetString());
        Assert.Equal("1981-03-14", json.GetProperty("dateOfBirth").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("sex").ValueKind);
        Assert.Equal("2033-09-02", json.GetProperty("expiry").GetString());
        Assert.Equal(string.Empty, json.GetProperty("optionalData").GetString());
        Assert.Equal(0, json.GetProperty("failedChecks").GetArrayLength());
        Assert.False(json.GetProperty("nameMayBeTruncated").GetBoolean());
        Assert.Equal(2, json.GetProperty("lines").GetArrayLength());
    }

    [Theory]
    [InlineData("TD1")]
    [InlineData("TD2")]
    [InlineData("MRVA")]
    [InlineData("MRVB")]
    public void Writes_the_format_name_of_every_layout(string format)
    {
        string[] lines = format switch
        {
            "TD1" => Td1(),
            "TD2" => Td2(),
            "MRVA" => Td3(code: "V<"),
            _ => Td2(code: "V<"),
        };

        Assert.Equal(format, Json(Text(lines)).GetProperty("documentFormat").GetString());
    }

    [Fact]
    public void Writes_failed_checks_by_name_in_order_and_located_issues()
    {
        string[] lines = With(With(Td3(), 2, 20, '0'), 2, 43, '0');

        JsonElement json = Json(Text(lines));

        Assert.Equal("invalid", json.GetProperty("outcome").GetString());
        Assert.Equal(["dateOfBirth", "optionalData", "composite"], json.GetProperty("failedChecks").EnumerateArray().Select(e => e.GetString()));
        JsonElement first = json.GetProperty("issues")[0];
        Assert.Equal("error", first.GetProperty("severity").GetString());
        Assert.Equal("VGL-MRZ011", first.GetProperty("code").GetString());
        Assert.Equal(2, first.GetProperty("line").GetInt32());
        Assert.Equal(20, first.GetProperty("column").GetInt32());
        Assert.Equal("dateOfBirth", first.GetProperty("field").GetString());
        Assert.Contains("date of birth", first.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("1981-03-14", json.GetProperty("dateOfBirth").GetString());
    }

    [Fact]
    public void Writes_partial_dates_with_reduced_precision_and_warnings_as_such()
    {
        JsonElement json = Json(Text(Td3(dob: "7408<<", name: "TESTPERSONWITHLONGNAME<<AUGUSTINA<MAEVE")));

        Assert.Equal("1974-08", json.GetProperty("dateOfBirth").GetString());
        Assert.Equal("valid", json.GetProperty("outcome").GetString());
        Assert.Equal("warning", json.GetProperty("issues")[0].GetProperty("severity").GetString());
        Assert.True(json.GetProperty("nameMayBeTruncated").GetBoolean());
    }

    [Fact]
    public void A_td1_card_joins_the_optional_data_of_its_two_lines_and_gives_each()
    {
        JsonElement json = Json(Text(Td1(optional1: "K12", optional2: "77<A")));

        Assert.Equal("K12 77<A", json.GetProperty("optionalData").GetString());
        Assert.Equal("K12", json.GetProperty("optionalDataLine1").GetString());
        Assert.Equal("77<A", json.GetProperty("optionalDataLine2").GetString());
    }

    [Fact]
    public void An_unreadable_input_has_the_same_shape_with_nulls()
    {
        JsonElement json = Json(string.Empty);

        Assert.Equal("unreadable", json.GetProperty("outcome").GetString());
        JsonElement issue = Assert.Single(json.GetProperty("issues").EnumerateArray());
        Assert.Equal(1, issue.GetProperty("line").GetInt32());
        Assert.Equal(1, issue.GetProperty("column").GetInt32());
        foreach (string name in new[] { "documentFormat", "documentCode", "issuingState", "familyName", "givenNames", "documentNumber", "dateOfBirth", "sex", "expiry", "optionalData" })
        {
            Assert.Equal(JsonValueKind.Null, json.GetProperty(name).ValueKind);
        }

        Assert.Equal(0, json.GetProperty("failedChecks").GetArrayLength());
    }

    [Fact]
    public void Properties_can_be_written_into_an_object_the_caller_started()
    {
        using MemoryStream stream = new();
        using (Utf8JsonWriter writer = new(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("file", "mrz.txt");
            MrzJsonWriter.WriteProperties(writer, MrzParser.ParseText(Text(Td1()), Today));
            writer.WriteEndObject();
        }

        using JsonDocument document = JsonDocument.Parse(stream.ToArray());
        Assert.Equal("mrz.txt", document.RootElement.GetProperty("file").GetString());
        Assert.Equal("TD1", document.RootElement.GetProperty("documentFormat").GetString());
    }
}
