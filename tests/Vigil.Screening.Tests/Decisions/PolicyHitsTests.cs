using Vigil.Domain;
using Vigil.Matching;
using Vigil.Screening.Decisions;
using Vigil.Testing;

namespace Vigil.Screening.Tests.Decisions;

/// <summary>The decision policy over the matcher's real hits: what it reads of a hit's explanation.</summary>
public sealed class PolicyHitsTests
{
    private static readonly WatchListIndex Index = WatchListIndex.Build(
    [
        SubjectBuilder.For("NB-1").Category(ListingCategory.NoBoard).Name("Corvin Alastair DRUMMELSBY").Passport("QX7731904", "GBR").BornOn(PartialDate.OfYear(1984)).Build(),
        SubjectBuilder.For("SS-1").Category(ListingCategory.SecondaryScreening).Name("Evander Quill MARROWAY").Build(),
        SubjectBuilder.For("MO-1").Category(ListingCategory.Monitor).Name("Tobiah Renwick SALLOWAY").Custody(CustodyState.Detained, PartialDate.OfYear(2020)).Build(),
    ]);

    private static readonly DecisionPolicy Policy = new(DecisionPolicyOptions.Default, Index.ReviewThreshold);

    private static DecisionOutcome Decide(MatchQuery traveler) => Policy.Decide([.. Index.Match(traveler)]);

    [Fact]
    public void The_listed_document_and_the_listed_name_make_no_board_at_once()
    {
        DecisionOutcome outcome = Decide(new MatchQuery("Corvin DRUMMELSBY", null, null) { Document = new DocumentQuery("QX7731904", CountryCode.Of("GBR"), DocumentType.Passport) });

        Assert.Equal(new DecisionOutcome(Decision.NoBoard, DecisionRule.DocumentNoBoard, NeedsReview: true, IsCustodyAnomaly: false), outcome);
    }

    [Fact]
    public void The_listed_document_under_another_name_waits_for_the_authority()
    {
        DecisionOutcome outcome = Decide(new MatchQuery("Wendeline PARSIFOUX", null, null) { Document = new DocumentQuery("QX7731904", null, null) });

        Assert.Equal(Decision.Contact, outcome.Decision);
        Assert.Equal(DecisionRule.NoBoardEntry, outcome.Rule);
    }

    [Fact]
    public void The_listed_name_alone_on_a_no_board_entry_waits_for_the_authority()
    {
        DecisionOutcome outcome = Decide(new MatchQuery("Corvin Alastair DRUMMELSBY", null, null));

        Assert.Equal(Decision.Contact, outcome.Decision);
        Assert.Equal(DecisionRule.NoBoardEntry, outcome.Rule);
    }

    [Fact]
    public void A_secondary_screening_entry_makes_a_selectee()
    {
        Assert.Equal(Decision.Selectee, Decide(new MatchQuery("Evander MARROWAY", null, null)).Decision);
    }

    [Fact]
    public void A_detained_monitor_entry_met_confidently_is_a_custody_anomaly()
    {
        DecisionOutcome outcome = Decide(new MatchQuery("Tobiah Renwick SALLOWAY", null, null));

        Assert.Equal(new DecisionOutcome(Decision.Contact, DecisionRule.CustodyAnomaly, NeedsReview: true, IsCustodyAnomaly: true), outcome);
    }

    [Fact]
    public void A_stranger_boards_without_review()
    {
        Assert.Equal(DecisionOutcome.Clear, Decide(new MatchQuery("Marisol Undset QUARTERMAINE", null, null)));
    }
}
