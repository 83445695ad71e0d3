using System.Text;
using Vigil.Domain;
using Vigil.Screening.Access;
using Vigil.Screening.Checks;
using Vigil.Screening.Decisions;

namespace Vigil.Screening.Tests.Checks;

public sealed class ReviewRulesTests
{
    private static readonly ReviewActor AnalystOne = new("key:one", "desk one", AccessRole.Analyst);
    private static readonly ReviewActor AnalystTwo = new("key:two", "desk two", AccessRole.Analyst);
    private static readonly ReviewActor Supervisor = new("key:sup", "duty supervisor", AccessRole.Supervisor);
    private static readonly ReviewActor Admin = new("key:adm", "operations", AccessRole.Admin);

    /// <summary>A review item of a check the policy answered with <paramref name="policy"/>, with hits on entries of the
    /// given categories (stored as a check's hits are: the category in the hit's subject summary).</summary>
    private static ReviewItem Item(Decision policy, ReviewState state = ReviewState.Open, params ListingCategory[] hits)
    {
        StringBuilder json = new("[");
        for (int i = 0; i < hits.Length; i++)
        {
            json.Append(i == 0 ? string.Empty : ",")
                .Append($$$"""{"subjectId":"V{{{i}}}","list":"invented","score":0.9,"subject":{"list":"invented","category":"{{{ListingCategories.ToName(hits[i])}}}"}}""");
        }

        CheckRecord check = new("chk_1", CheckChannel.Check, "P-1", null, policy, DecisionRule.NoBoardEntry, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch)
        {
            PolicyDecision = policy,
            HitsJson = json.Append(']').ToString(),
        };
        return new ReviewItem(7, state, DateTimeOffset.UnixEpoch, check);
    }

    private static ReviewDecisionRecord Past(ReviewActor actor, ReviewOutcome outcome, ReviewState state, int version = 1) =>
        new(7, version, DateTimeOffset.UnixEpoch, actor, outcome, null, state, Decision.Contact);

    public static TheoryData<string, Decision, ListingCategory[], Decision> Clears => new()
    {
        { "a no-board hit cleared boards", Decision.Contact, [ListingCategory.NoBoard], Decision.Board },
        { "a no-board hit cleared with a secondary-screening hit remaining is a selectee", Decision.Contact, [ListingCategory.NoBoard, ListingCategory.SecondaryScreening], Decision.Selectee },
        { "a no-board hit cleared with a monitor hit remaining boards", Decision.Contact, [ListingCategory.NoBoard, ListingCategory.Monitor], Decision.Board },
        { "a document no-board cleared with a secondary-screening hit remaining is a selectee", Decision.NoBoard, [ListingCategory.NoBoard, ListingCategory.SecondaryScreening], Decision.Selectee },
        { "a secondary-screening hit cleared boards", Decision.Selectee, [ListingCategory.SecondaryScreening], Decision.Board },
        { "two secondary-screening hits cleared board", Decision.Selectee, [ListingCategory.SecondaryScreening, ListingCategory.SecondaryScreening], Decision.Board },
        { "a monitor hit cleared boards", Decision.Board, [ListingCategory.Monitor], Decision.Board },
    };

    [Theory]
    [MemberData(nameof(Clears))]
    public void Clear_closes_the_item_with_board_or_selectee_where_a_secondary_screening_hit_remains(
        string because, Decision policy, ListingCategory[] hits, Decision expected)
    {
        ReviewStep step = ReviewRules.Apply(Item(policy, ReviewState.Open, hits), [], AnalystOne, ReviewOutcome.Clear);

        Assert.True((ReviewRefusal.None, ReviewState.Closed, expected) == (step.Refusal, step.State, step.CarrierDecision), because);
    }

    [Theory]
    [InlineData(Decision.Selectee, Decision.Selectee)]
    [InlineData(Decision.Board, Decision.Board)]
    public void Confirm_of_an_answer_short_of_no_board_closes_the_item_with_one_person(Decision policy, Decision expected)
    {
        ReviewStep step = ReviewRules.Apply(Item(policy, ReviewState.Open, ListingCategory.SecondaryScreening), [], AnalystOne, ReviewOutcome.Confirm);

        Assert.Equal((ReviewRefusal.None, ReviewState.Closed, expected, false), (step.Refusal, step.State, step.CarrierDecision, step.AwaitsSecond));
    }

    [Theory]
    [InlineData(Decision.Contact)]
    [InlineData(Decision.NoBoard)]
    public void First_confirm_of_a_no_board_answer_awaits_a_second_person_and_leaves_the_carriers_answer(Decision policy)
    {
        ReviewStep step = ReviewRules.Apply(Item(policy, ReviewState.Open, ListingCategory.NoBoard), [], AnalystOne, ReviewOutcome.Confirm);

        Assert.Equal((ReviewRefusal.None, ReviewState.AwaitingSecond, policy, true), (step.Refusal, step.State, step.CarrierDecision, step.AwaitsSecond));
    }

    [Fact]
    public void Second_confirm_by_another_analyst_makes_the_answer_no_board()
    {
        ReviewStep step = ReviewRules.Apply(
            Item(Decision.Contact, ReviewState.AwaitingSecond, ListingCategory.NoBoard), [Past(AnalystOne, ReviewOutcome.Confirm, ReviewState.AwaitingSecond)], AnalystTwo, ReviewOutcome.Confirm);

        Assert.Equal((ReviewRefusal.None, ReviewState.Closed, Decision.NoBoard), (step.Refusal, step.State, step.CarrierDecision));
    }

    [Fact]
    public void Second_confirm_by_the_first_confirmer_is_refused()
    {
        ReviewStep step = ReviewRules.Apply(
            Item(Decision.Contact, ReviewState.AwaitingSecond, ListingCategory.NoBoard), [Past(AnalystOne, ReviewOutcome.Confirm, ReviewState.AwaitingSecond)], AnalystOne, ReviewOutcome.Confirm);

        Assert.Equal(ReviewRefusal.SamePerson, step.Refusal);
    }

    [Fact]
    public void A_second_person_may_clear_what_the_first_confirmed()
    {
        ReviewStep step = ReviewRules.Apply(
            Item(Decision.Contact, ReviewState.AwaitingSecond, ListingCategory.NoBoard), [Past(AnalystOne, ReviewOutcome.Confirm, ReviewState.AwaitingSecond)], AnalystTwo, ReviewOutcome.Clear);

        Assert.Equal((ReviewRefusal.None, ReviewState.Closed, Decision.Board), (step.Refusal, step.State, step.CarrierDecision));
    }

    [Theory]
    [InlineData(ReviewState.Closed, ReviewOutcome.Confirm)]
    [InlineData(ReviewState.Closed, ReviewOutcome.Clear)]
    [InlineData(ReviewState.Closed, ReviewOutcome.Escalate)]
    [InlineData(ReviewState.Withdrawn, ReviewOutcome.Clear)]
    [InlineData(ReviewState.Escalated, ReviewOutcome.Escalate)]
    public void A_closed_withdrawn_or_already_escalated_item_takes_no_such_decision(ReviewState state, ReviewOutcome outcome)
    {
        ReviewStep step = ReviewRules.Apply(Item(Decision.Contact, state, ListingCategory.NoBoard), [], Admin, outcome);

        Assert.Equal(ReviewRefusal.NotOpen, step.Refusal);
    }

    [Fact]
    public void Escalation_moves_the_item_to_supervisors_and_leaves_the_carriers_answer()
    {
        ReviewStep step = ReviewRules.Apply(Item(Decision.Contact, ReviewState.Open, ListingCategory.NoBoard), [], AnalystOne, ReviewOutcome.Escalate);

        Assert.Equal((ReviewRefusal.None, ReviewState.Escalated, Decision.Contact), (step.Refusal, step.State, step.CarrierDecision));
    }

    [Theory]
    [InlineData(ReviewOutcome.Confirm)]
    [InlineData(ReviewOutcome.Clear)]
    public void An_analyst_cannot_decide_an_escalated_item(ReviewOutcome outcome)
    {
        ReviewStep step = ReviewRules.Apply(
            Item(Decision.Contact, ReviewState.Escalated, ListingCategory.NoBoard), [Past(AnalystOne, ReviewOutcome.Escalate, ReviewState.Escalated)], AnalystTwo, outcome);

        Assert.Equal(ReviewRefusal.SupervisorsOnly, step.Refusal);
    }

    [Fact]
    public void A_supervisor_clears_an_escalated_item()
    {
        ReviewStep step = ReviewRules.Apply(
            Item(Decision.Contact, ReviewState.Escalated, ListingCategory.NoBoard, ListingCategory.SecondaryScreening),
            [Past(AnalystOne, ReviewOutcome.Escalate, ReviewState.Escalated)],
            Supervisor,
            ReviewOutcome.Clear);

        Assert.Equal((ReviewRefusal.None, ReviewState.Closed, Decision.Selectee), (step.Refusal, step.State, step.CarrierDecision));
    }

    [Fact]
    public void A_supervisors_confirm_of_an_escalated_item_still_needs_a_second_person_and_stays_with_supervisors()
    {
        ReviewItem item = Item(Decision.Contact, ReviewState.Escalated, ListingCategory.NoBoard);
        ReviewDecisionRecord escalation = Past(AnalystOne, ReviewOutcome.Escalate, ReviewState.Escalated);

        ReviewStep first = ReviewRules.Apply(item, [escalation], Supervisor, ReviewOutcome.Confirm);
        ReviewDecisionRecord firstKept = Past(Supervisor, ReviewOutcome.Confirm, ReviewState.Escalated, version: 2);
        ReviewStep again = ReviewRules.Apply(item, [escalation, firstKept], Supervisor, ReviewOutcome.Confirm);
        ReviewStep analyst = ReviewRules.Apply(item, [escalation, firstKept], AnalystTwo, ReviewOutcome.Confirm);
        ReviewStep second = ReviewRules.Apply(item, [escalation, firstKept], Admin, ReviewOutcome.Confirm);

        Assert.Equal((ReviewState.Escalated, Decision.Contact, true), (first.State, first.CarrierDecision, first.AwaitsSecond));
        Assert.Equal(ReviewRefusal.SamePerson, again.Refusal);
        Assert.Equal(ReviewRefusal.SupervisorsOnly, analyst.Refusal);
        Assert.Equal((ReviewRefusal.None, ReviewState.Closed, Decision.NoBoard), (second.Refusal, second.State, second.CarrierDecision));
    }

    [Fact]
    public void A_confirm_escalated_after_the_first_confirm_is_completed_by_a_supervisor()
    {
        ReviewStep step = ReviewRules.Apply(
            Item(Decision.Contact, ReviewState.Escalated, ListingCategory.NoBoard),
            [Past(AnalystOne, ReviewOutcome.Confirm, ReviewState.AwaitingSecond), Past(AnalystTwo, ReviewOutcome.Escalate, ReviewState.Escalated, version: 2)],
            Supervisor,
            ReviewOutcome.Confirm);

        Assert.Equal((ReviewRefusal.None, ReviewState.Closed, Decision.NoBoard), (step.Refusal, step.State, step.CarrierDecision));
    }
}
