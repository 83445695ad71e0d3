using Vigil.Domain;
using Vigil.Screening.Decisions;

namespace Vigil.Screening.Tests.Decisions;

public sealed class DecisionPolicyFileTests
{
    [Fact]
    public void An_empty_object_keeps_every_default()
    {
        DecisionPolicyOptions options = DecisionPolicyFile.Parse("{}", "policy.json");

        Assert.Null(options.ReviewThreshold);
        Assert.Equal(0.80, options.ConfidentThreshold);
        Assert.Equal(Decision.Contact, options.Categories[ListingCategory.NoBoard]);
        Assert.Equal(Decision.Selectee, options.Categories[ListingCategory.SecondaryScreening]);
        Assert.Equal(Decision.Board, options.Categories[ListingCategory.Monitor]);
        Assert.Equal([CustodyState.Detained, CustodyState.Convicted, CustodyState.DeceasedReported, CustodyState.DeceasedConfirmed], options.AnomalyStates);
    }

    [Fact]
    public void Every_setting_is_read()
    {
        const string Json = """
            {"reviewThreshold": 0.7, "confidentThreshold": 0.85, "nameAgreement": 0.8,
             "categories": {"secondary-screening": "contact"},
             "custodyAnomaly": {"states": ["detained", "deceased-confirmed"], "decision": "no-board"},
             "documentNoBoard": "contact"}
            """;

        DecisionPolicyOptions options = DecisionPolicyFile.Parse(Json, "policy.json");

        Assert.Equal(0.7, options.ReviewThreshold);
        Assert.Equal(0.85, options.ConfidentThreshold);
        Assert.Equal(0.8, options.NameAgreement);
        Assert.Equal(Decision.Contact, options.Categories[ListingCategory.SecondaryScreening]);
        Assert.Equal(Decision.Contact, options.Categories[ListingCategory.NoBoard]);
        Assert.Equal([CustodyState.Detained, CustodyState.DeceasedConfirmed], options.AnomalyStates);
        Assert.Equal(Decision.NoBoard, options.AnomalyDecision);
        Assert.Equal(Decision.Contact, options.DocumentNoBoardDecision);
    }

    [Theory]
    [InlineData("""{"reviewThreshold": 2}""", "policy.json: $.reviewThreshold must be a number from 0 to 1.")]
    [InlineData("""{"categories": {"watch": "board"}}""", "policy.json: $.categories.watch is not a listing category")]
    [InlineData("""{"categories": {"monitor": "wave"}}""", "policy.json: $.categories.monitor must be one of board, selectee, contact, no-board.")]
    [InlineData("""{"custodyAnomaly": {"states": ["detained", "asleep"]}}""", "policy.json: $.custodyAnomaly.states[1] is not a custody status")]
    [InlineData("""{"threshold": 0.5}""", "policy.json: $.threshold is not a setting of the decision policy")]
    [InlineData("[]", "policy.json: $ must be a JSON object.")]
    public void A_wrong_setting_is_named_by_its_path(string json, string message)
    {
        FormatException e = Assert.Throws<FormatException>(() => DecisionPolicyFile.Parse(json, "policy.json"));

        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_that_is_not_json_is_located_by_line_and_column()
    {
        FormatException e = Assert.Throws<FormatException>(() => DecisionPolicyFile.Parse("{\n  \"reviewThreshold\": ,\n}", "policy.json"));

        Assert.StartsWith("policy.json:2:", e.Message, StringComparison.Ordinal);
    }
}
