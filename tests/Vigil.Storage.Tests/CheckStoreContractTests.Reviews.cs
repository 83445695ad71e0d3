using Vigil.Screening.Access;
using Vigil.Screening.Audit;
using Vigil.Screening.Checks;
using Vigil.Screening.Decisions;

namespace Vigil.Storage.Tests;

public abstract partial class CheckStoreContractTests
{
    private static readonly ReviewActor FirstAnalyst = new("key:an1", "first desk", AccessRole.Analyst);
    private static readonly ReviewActor SecondAnalyst = new("key:an2", "second desk", AccessRole.Analyst);

    /// <summary>Records a contact check and returns its review item.</summary>
    private async Task<ReviewItem> ContactItemAsync(string travelerId = "PAX-1")
    {
        NewCheck check = Check(travelerId, Contact);
        await RecordAsync(check);
        return Assert.Single(await Checks.GetReviewsAsync(new ReviewQuery(null), Ct), r => r.Check.CheckId == check.CheckId);
    }

    private static NewReviewDecision Decide(
        ReviewItem item, ReviewActor actor, ReviewOutcome outcome, ReviewState state, Decision carrier, int? version = null, string? note = null) =>
        new(item.Id, version ?? item.Version, actor, outcome, note, state, carrier);

    private static AuditEntry DecisionEntry(ReviewItem item, ReviewActor actor) => new(actor.Id, "review.decide", $"review:{item.Id} {item.Check.CheckId}");

    [Fact]
    public async Task A_review_item_reads_back_by_its_number_at_version_zero()
    {
        ReviewItem listed = await ContactItemAsync();

        ReviewItem? item = await Checks.GetReviewAsync(listed.Id, Ct);

        Assert.NotNull(item);
        Assert.Equal((listed.Id, ReviewState.Open, 0, listed.Check.CheckId, Decision.Contact), (item.Id, item.State, item.Version, item.Check.CheckId, item.Check.Decision));
        Assert.Null(await Checks.GetReviewAsync(listed.Id + 1000, Ct));
        Assert.Empty(await Checks.GetReviewDecisionsAsync(listed.Id, Ct));
    }

    [Fact]
    public async Task A_decision_moves_the_item_gives_the_check_the_analysts_answer_and_keeps_its_history_with_the_audit_row()
    {
        ReviewItem item = await ContactItemAsync();
        Time.Advance(TimeSpan.FromMinutes(5));

        ReviewDecisionRecord first = await Checks.DecideReviewAsync(
            Decide(item, FirstAnalyst, ReviewOutcome.Confirm, ReviewState.AwaitingSecond, Decision.Contact, note: "same face"), DecisionEntry(item, FirstAnalyst), Ct);
        CheckRecord afterFirst = (await Checks.GetAsync(item.Check.CheckId, Ct))!;
        Time.Advance(TimeSpan.FromMinutes(5));
        ReviewDecisionRecord second = await Checks.DecideReviewAsync(
            Decide(item, SecondAnalyst, ReviewOutcome.Confirm, ReviewState.Closed, Decision.NoBoard, version: 1), DecisionEntry(item, SecondAnalyst), Ct);

        Assert.Equal((1, ReviewState.AwaitingSecond, Decision.Contact, "same face"), (first.Version, first.State, first.CarrierDecision, first.Note));
        Assert.Equal((Decision.Contact, DecisionRule.NoBoardEntry, item.Check.DecidedAt), (afterFirst.Decision, afterFirst.Rule, afterFirst.DecidedAt));
        CheckRecord afterSecond = (await Checks.GetAsync(item.Check.CheckId, Ct))!;
        Assert.Equal((Decision.NoBoard, DecisionRule.Analyst, second.DecidedAt), (afterSecond.Decision, afterSecond.Rule, afterSecond.DecidedAt));
        Assert.Equal(Decision.Contact, afterSecond.PolicyDecision);
        Assert.Equal(Start.AddMinutes(10), second.DecidedAt);
        ReviewItem now = (await Checks.GetReviewAsync(item.Id, Ct))!;
        Assert.Equal((ReviewState.Closed, 2), (now.State, now.Version));
        ReviewItem listed = Assert.Single(await Checks.GetReviewsAsync(new ReviewQuery(ReviewState.Closed), Ct));
        Assert.Equal((item.Id, 2, Decision.NoBoard), (listed.Id, listed.Version, listed.Check.Decision));
        IReadOnlyList<ReviewDecisionRecord> history = await Checks.GetReviewDecisionsAsync(item.Id, Ct);
        Assert.Equal([first, second], history);
        Assert.Equal(FirstAnalyst, history[0].Actor);
        Assert.Equal(Start.AddMinutes(5), history[0].DecidedAt);
        IReadOnlyList<AuditRecord> audit = await Audit.ReadAsync(new AuditQuery(), Ct);
        Assert.Equal(
            [("check.create", CarrierKey), ("review.decide", FirstAnalyst.Id), ("review.decide", SecondAnalyst.Id)],
            audit.Select(r => (r.Entry.Action, r.Entry.Actor)));
        Assert.Equal(2, await QueryNumberAsync(
            "SELECT count(*) FROM review_decisions d JOIN audit_log a ON a.sequence = d.audit_sequence WHERE a.action = 'review.decide'"));
        Assert.Null((await Audit.VerifyAsync(Ct)).Fault);
    }

    [Fact]
    public async Task A_decision_over_a_version_another_decision_moved_on_is_refused_and_stores_nothing()
    {
        ReviewItem item = await ContactItemAsync();
        await Checks.DecideReviewAsync(Decide(item, FirstAnalyst, ReviewOutcome.Clear, ReviewState.Closed, Decision.Board), DecisionEntry(item, FirstAnalyst), Ct);

        await Assert.ThrowsAsync<ReviewConflictException>(() => Checks.DecideReviewAsync(
            Decide(item, SecondAnalyst, ReviewOutcome.Confirm, ReviewState.AwaitingSecond, Decision.Contact), DecisionEntry(item, SecondAnalyst), Ct));

        Assert.Equal(Decision.Board, (await Checks.GetAsync(item.Check.CheckId, Ct))!.Decision);
        Assert.Single(await Checks.GetReviewDecisionsAsync(item.Id, Ct));
        Assert.Equal(2, await QueryNumberAsync("SELECT count(*) FROM audit_log"));
    }

    [Fact]
    public async Task A_closed_or_withdrawn_item_takes_no_decision_even_at_its_own_version()
    {
        ReviewItem item = await ContactItemAsync();
        await Checks.DecideReviewAsync(Decide(item, FirstAnalyst, ReviewOutcome.Clear, ReviewState.Closed, Decision.Board), DecisionEntry(item, FirstAnalyst), Ct);
        ReviewItem withdrawn = await ContactItemAsync("PAX-2");
        await ExecuteSqlAsync($"UPDATE review_items SET state = {(int)ReviewState.Withdrawn} WHERE id = {withdrawn.Id}");

        await Assert.ThrowsAsync<ReviewConflictException>(() => Checks.DecideReviewAsync(
            Decide(item, SecondAnalyst, ReviewOutcome.Clear, ReviewState.Closed, Decision.Board, version: 1), DecisionEntry(item, SecondAnalyst), Ct));
        await Assert.ThrowsAsync<ReviewConflictException>(() => Checks.DecideReviewAsync(
            Decide(withdrawn, SecondAnalyst, ReviewOutcome.Clear, ReviewState.Closed, Decision.Board), DecisionEntry(withdrawn, SecondAnalyst), Ct));
        await Assert.ThrowsAsync<ReviewConflictException>(() => Checks.DecideReviewAsync(
            Decide(item with { Id = item.Id + 1000 }, SecondAnalyst, ReviewOutcome.Clear, ReviewState.Closed, Decision.Board), DecisionEntry(item, SecondAnalyst), Ct));

        Assert.Equal(Decision.Contact, (await Checks.GetAsync(withdrawn.Check.CheckId, Ct))!.Decision);
        Assert.Empty(await Checks.GetReviewDecisionsAsync(withdrawn.Id, Ct));
    }

    [Fact]
    public async Task Of_concurrent_decisions_on_one_item_from_two_processes_exactly_one_wins()
    {
        ReviewItem item = await ContactItemAsync();
        await using VigilStoreSet other = await VigilStores.OpenAsync(DatabaseSpec, Time, Ct);
        TaskCompletionSource start = new(TaskCreationOptions.RunContinuationsAsynchronously);
        Task<ReviewDecisionRecord>[] decisions =
        [
            .. Enumerable.Range(0, 8).Select(async i =>
            {
                await start.Task;
                ReviewActor actor = new($"key:an{i}", $"desk {i}", AccessRole.Analyst);
                ICheckStore store = i % 2 == 0 ? Checks : other.Checks;
                return await store.DecideReviewAsync(
                    Decide(item, actor, ReviewOutcome.Clear, ReviewState.Closed, i % 2 == 0 ? Decision.Board : Decision.Selectee), DecisionEntry(item, actor), Ct);
            }),
        ];

        start.SetResult();
        await Task.WhenAll(decisions.Select(async d =>
        {
            try
            {
                await d;
            }
            catch (ReviewConflictException)
            {
            }
        }));

        ReviewDecisionRecord winner = await Assert.Single(decisions, d => d.IsCompletedSuccessfully);
        Assert.All(decisions.Where(d => !d.IsCompletedSuccessfully), d => Assert.IsType<ReviewConflictException>(d.Exception!.InnerException));
        Assert.Equal([winner], await Checks.GetReviewDecisionsAsync(item.Id, Ct));
        Assert.Equal(winner.CarrierDecision, (await Checks.GetAsync(item.Check.CheckId, Ct))!.Decision);
        Assert.Equal(1, await QueryNumberAsync("SELECT count(*) FROM audit_log WHERE action = 'review.decide'"));
    }
}
