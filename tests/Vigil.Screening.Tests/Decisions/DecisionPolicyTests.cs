using System.Collections.Frozen;
using Vigil.Domain;
using Vigil.Screening.Decisions;

namespace Vigil.Screening.Tests.Decisions;

public sealed class DecisionPolicyTests
{
    private static readonly DecisionPolicy Policy = new(DecisionPolicyOptions.Default, defaultReviewThreshold: 0.675);

    private static PolicyHit Hit(
        ListingCategory category,
        double score,
        CustodyState custody = CustodyState.AtLarge,
        double nameScore = 0.95,
        bool document = false,
        string id = "V1") => new(SubjectId.For("test", id), category, custody, score, nameScore, document);

    public static TheoryData<string, PolicyHit[], Decision, DecisionRule, bool, bool> Rules => new()
    {
        { "no hit at all boards", [], Decision.Board, DecisionRule.NoHit, false, false },
        { "a hit below the review threshold boards", [Hit(ListingCategory.NoBoard, 0.67)], Decision.Board, DecisionRule.NoHit, false, false },
        { "a monitor hit boards but is reviewed", [Hit(ListingCategory.Monitor, 0.95)], Decision.Board, DecisionRule.Monitor, true, false },
        { "a secondary-screening hit is a selectee", [Hit(ListingCategory.SecondaryScreening, 0.7)], Decision.Selectee, DecisionRule.SecondaryScreening, true, false },
        { "a no-board hit waits for the authority", [Hit(ListingCategory.NoBoard, 0.7)], Decision.Contact, DecisionRule.NoBoardEntry, true, false },
        { "the strongest answer of several hits wins", [Hit(ListingCategory.Monitor, 0.99), Hit(ListingCategory.SecondaryScreening, 0.8, id: "V2"), Hit(ListingCategory.NoBoard, 0.7, id: "V3")], Decision.Contact, DecisionRule.NoBoardEntry, true, false },
        { "a confident hit on a detained subject is a custody anomaly", [Hit(ListingCategory.Monitor, 0.85, CustodyState.Detained)], Decision.Contact, DecisionRule.CustodyAnomaly, true, true },
        { "a confident hit on a convicted subject is a custody anomaly", [Hit(ListingCategory.SecondaryScreening, 0.8, CustodyState.Convicted)], Decision.Contact, DecisionRule.CustodyAnomaly, true, true },
        { "a confident hit on a subject reported dead is a custody anomaly", [Hit(ListingCategory.SecondaryScreening, 0.9, CustodyState.DeceasedReported)], Decision.Contact, DecisionRule.CustodyAnomaly, true, true },
        { "a confident hit on a subject confirmed dead is a custody anomaly", [Hit(ListingCategory.NoBoard, 0.9, CustodyState.DeceasedConfirmed)], Decision.Contact, DecisionRule.CustodyAnomaly, true, true },
        { "a weak hit on a detained subject is no anomaly", [Hit(ListingCategory.SecondaryScreening, 0.75, CustodyState.Detained)], Decision.Selectee, DecisionRule.SecondaryScreening, true, false },
        { "a released subject is no anomaly", [Hit(ListingCategory.SecondaryScreening, 0.95, CustodyState.Released)], Decision.Selectee, DecisionRule.SecondaryScreening, true, false },
        { "an equal document on a no-board entry with agreeing names is no-board", [Hit(ListingCategory.NoBoard, 0.98, nameScore: 0.9, document: true)], Decision.NoBoard, DecisionRule.DocumentNoBoard, true, false },
        { "an equal document with names that do not agree waits for the authority", [Hit(ListingCategory.NoBoard, 0.98, nameScore: 0.4, document: true)], Decision.Contact, DecisionRule.NoBoardEntry, true, false },
        { "an equal document on a secondary-screening entry is a selectee", [Hit(ListingCategory.SecondaryScreening, 0.98, nameScore: 1, document: true)], Decision.Selectee, DecisionRule.SecondaryScreening, true, false },
        { "no-board by document outranks a custody anomaly, which is still flagged", [Hit(ListingCategory.NoBoard, 0.98, CustodyState.Detained, 0.9, true)], Decision.NoBoard, DecisionRule.DocumentNoBoard, true, true },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Each_rule_gives_its_decision(string rule, PolicyHit[] hits, Decision decision, DecisionRule producedBy, bool review, bool anomaly)
    {
        DecisionOutcome outcome = Policy.Decide(hits);

        Assert.True(outcome == new DecisionOutcome(decision, producedBy, review, anomaly), $"{rule}: got {outcome}");
    }

    [Fact]
    public void Options_without_a_review_threshold_take_the_index_one()
    {
        DecisionPolicy strict = new(DecisionPolicyOptions.Default, defaultReviewThreshold: 0.9);

        Assert.Equal(0.9, strict.ReviewThreshold);
        Assert.Equal(Decision.Board, strict.Decide([Hit(ListingCategory.NoBoard, 0.85)]).Decision);
    }

    [Fact]
    public void The_category_mapping_is_configurable()
    {
        DecisionPolicyOptions options = DecisionPolicyOptions.Default with
        {
            Categories = new Dictionary<ListingCategory, Decision> { [ListingCategory.SecondaryScreening] = Decision.Contact }.ToFrozenDictionary(),
        };

        DecisionOutcome outcome = new DecisionPolicy(options, 0.675).Decide([Hit(ListingCategory.SecondaryScreening, 0.7)]);

        Assert.Equal(Decision.Contact, outcome.Decision);
        Assert.Equal(DecisionRule.SecondaryScreening, outcome.Rule);
    }

    [Fact]
    public void A_custody_state_left_out_of_the_anomaly_states_raises_no_anomaly()
    {
        DecisionPolicyOptions options = DecisionPolicyOptions.Default with { AnomalyStates = [CustodyState.DeceasedConfirmed] };

        DecisionOutcome outcome = new DecisionPolicy(options, 0.675).Decide([Hit(ListingCategory.Monitor, 0.95, CustodyState.Detained)]);

        Assert.False(outcome.IsCustodyAnomaly);
        Assert.Equal(Decision.Board, outcome.Decision);
    }
}
