using Vigil.Screening.Audit;
using Vigil.Screening.Checks;
using Vigil.Screening.Messages;

namespace Vigil.Storage.Tests;

public abstract partial class CheckStoreContractTests
{
    private const string Summary = """{"travelers":2,"contact":1}""";

    [Fact]
    public async Task Screened_message_keeps_its_checks_history_and_audit_entry_together()
    {
        MessageRecord received = await ReceiveMessageAsync("REF0001");
        Time.Advance(TimeSpan.FromSeconds(3));
        NewCheck first = Check("PAX-1") with { Channel = CheckChannel.Manifest };
        NewCheck second = Check("PAX-2", Contact) with { Channel = CheckChannel.Manifest, MessageId = received.Id };

        MessageRecord screened = await Checks.RecordScreenedMessageAsync(received.Id, Summary, [first, second], Entry($"msg:{received.Id}", "manifest.receive"), Ct);

        Assert.Equal((MessageState.Screened, Start.AddSeconds(3), Summary), (screened.State, screened.ScreenedAt, screened.ScreeningSummary));
        MessageDetail detail = (await Stores.Messages.GetAsync(received.Id, Ct))!;
        Assert.Equal(screened, detail.Message);
        MessageHistoryEntry last = detail.History[^1];
        Assert.Equal((MessageAction.Screened, CarrierKey, Start.AddSeconds(3), Summary), (last.Action, last.Actor, last.At, last.ScreeningSummary));
        Assert.Equal(received.Id, (await Checks.GetAsync(first.CheckId, Ct))!.MessageId);
        Assert.Equal(received.Id, (await Checks.GetAsync(second.CheckId, Ct))!.MessageId);
        Assert.Equal([second.CheckId], (await Checks.GetReviewsAsync(new ReviewQuery(), Ct)).Select(r => r.Check.CheckId));
        AuditRecord row = Assert.Single(await Audit.ReadAsync(new AuditQuery(), Ct));
        Assert.Equal((1L, "manifest.receive", $"msg:{received.Id}", Start.AddSeconds(3)), (row.Sequence, row.Entry.Action, row.Entry.Records, row.At));
    }

    [Fact]
    public async Task A_flight_of_four_hundred_checks_is_stored_whole_with_its_review_items()
    {
        MessageRecord received = await ReceiveMessageAsync("REF0400");
        NewCheck[] flight = [.. Enumerable.Range(1, 400).Select(i => (i % 10 == 0 ? Check($"PAX-{i:D3}", Contact) : Check($"PAX-{i:D3}")) with { Channel = CheckChannel.Manifest })];

        await Checks.RecordScreenedMessageAsync(received.Id, Summary, flight, Entry($"msg:{received.Id}", "manifest.screen"), Ct);

        foreach (NewCheck check in flight)
        {
            CheckRecord stored = (await Checks.GetAsync(check.CheckId, Ct))!;
            Assert.Equal((check.TravelerId, check.Outcome.Decision, check.Outcome.Rule, received.Id, check.TravelerJson, check.HitsJson, check.Flight),
                (stored.TravelerId, stored.Decision, stored.Rule, stored.MessageId, stored.TravelerJson, stored.HitsJson, stored.Flight));
        }

        Assert.Equal(
            flight.Where(c => c.Outcome.NeedsReview).Select(c => c.CheckId).Order(StringComparer.Ordinal),
            (await Checks.GetReviewsAsync(new ReviewQuery(Limit: 1000), Ct)).Select(r => r.Check.CheckId).Order(StringComparer.Ordinal));
        Assert.Equal(400, (await Checks.GetFlightAsync(flight[0].Flight!.Key!, Ct)).Count);
    }

    [Fact]
    public async Task Message_that_is_not_received_is_refused_and_nothing_is_stored()
    {
        MessageRecord quarantined = await ReceiveMessageAsync("REF0001", readable: false);
        MessageRecord received = await ReceiveMessageAsync("REF0002");
        await Checks.RecordScreenedMessageAsync(received.Id, Summary, [Check("PAX-1")], Entry("first"), Ct);

        MessageStateException refused = await Assert.ThrowsAsync<MessageStateException>(
            () => Checks.RecordScreenedMessageAsync(quarantined.Id, Summary, [Check("PAX-2")], Entry("second"), Ct));
        MessageStateException again = await Assert.ThrowsAsync<MessageStateException>(
            () => Checks.RecordScreenedMessageAsync(received.Id, Summary, [Check("PAX-3")], Entry("third"), Ct));
        await Assert.ThrowsAsync<KeyNotFoundException>(
            () => Checks.RecordScreenedMessageAsync(999, Summary, [Check("PAX-4")], Entry("fourth"), Ct));

        Assert.Equal((quarantined.Id, MessageState.Quarantined), (refused.MessageId, refused.State));
        Assert.Equal(MessageState.Screened, again.State);
        Assert.Equal(1, await QueryNumberAsync("SELECT count(*) FROM checks"));
        Assert.Equal(1, await QueryNumberAsync("SELECT count(*) FROM audit_log"));
        Assert.Equal(1, await QueryNumberAsync("SELECT count(*) FROM message_history WHERE action = 2"));
        Assert.Equal(MessageState.Quarantined, (await Stores.Messages.GetAsync(quarantined.Id, Ct))!.Message.State);
    }

    [Fact]
    public async Task Check_of_another_message_is_refused()
    {
        MessageRecord received = await ReceiveMessageAsync("REF0001");

        await Assert.ThrowsAsync<ArgumentException>(
            () => Checks.RecordScreenedMessageAsync(received.Id, Summary, [Check("PAX-1") with { MessageId = received.Id + 1 }], Entry("manifest"), Ct));

        Assert.Equal(MessageState.Received, (await Stores.Messages.GetAsync(received.Id, Ct))!.Message.State);
    }

    [Fact]
    public async Task Two_processes_screening_one_message_at_once_store_it_exactly_once()
    {
        const int Rounds = 5;
        await using VigilStoreSet other = await VigilStores.OpenAsync(DatabaseSpec, Time, Ct);
        for (int round = 0; round < Rounds; round++)
        {
            MessageRecord received = await ReceiveMessageAsync($"RACE{round}");
            ICheckStore[] processes = [Checks, other.Checks];
            TaskCompletionSource start = new(TaskCreationOptions.RunContinuationsAsynchronously);
            Task<MessageRecord>[] racers = [.. processes.Select(async (process, i) =>
            {
                await start.Task;
                return await process.RecordScreenedMessageAsync(
                    received.Id, Summary, [Check($"PAX-{round}-{i}-1"), Check($"PAX-{round}-{i}-2", Contact)], Entry($"msg:{received.Id} node:{i}"), Ct);
            })];
            start.SetResult();

            int refused = 0;
            List<MessageRecord> screened = [];
            foreach (Task<MessageRecord> racer in racers)
            {
                try
                {
                    screened.Add(await racer);
                }
                catch (MessageStateException e) when (e.State == MessageState.Screened)
                {
                    refused++;
                }
            }

            Assert.Equal(MessageState.Screened, Assert.Single(screened).State);
            Assert.Equal(1, refused);
            Assert.Equal(2, await QueryNumberAsync($"SELECT count(*) FROM checks WHERE message_id = {received.Id}"));
            Assert.Equal(1, await QueryNumberAsync($"SELECT count(*) FROM message_history WHERE message_id = {received.Id} AND action = 2"));
        }

        Assert.Equal(Rounds, await QueryNumberAsync("SELECT count(*) FROM audit_log"));
        Assert.Equal(Rounds, await QueryNumberAsync("SELECT count(*) FROM review_items"));
        Assert.True((await Audit.VerifyAsync(Ct)).IsIntact);
    }
}
