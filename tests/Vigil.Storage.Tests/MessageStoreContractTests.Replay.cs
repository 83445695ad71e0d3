using Vigil.Screening.Messages;

namespace Vigil.Storage.Tests;

public abstract partial class MessageStoreContractTests
{
    [Fact]
    public async Task Replay_of_a_quarantined_message_keeps_every_attempt_in_its_history()
    {
        const string firstIssues = """[{"code":"VGL-EDI003","message":"segment tag 'N@D' is not three letters or digits"}]""";
        RecordedMessage quarantined = await RecordAsync(Paxlst("REF0001"), Unreadable(firstIssues));
        Time.Advance(TimeSpan.FromDays(1));

        // The parser was fixed: the same bytes now read.
        RecordedMessage replayed = await Store.ReplayAsync(quarantined.Message.Id, Valid("REF0001", travelers: 1) with { Summary = "PAXLST 745" }, "operator-olsen", Ct);

        MessageRecord message = replayed.Message;
        Assert.False(replayed.IsDuplicate);
        Assert.Equal((quarantined.Message.Id, MessageState.Received, ParseOutcome.Valid), (message.Id, message.State, message.Outcome));
        Assert.Equal((2, Start.AddDays(1), Start), (message.Attempts, message.ParsedAt, message.ReceivedAt));
        Assert.Equal((1, 0, "REF0001", "PAXLST 745"), (message.TravelerCount, message.ErrorCount, message.InterchangeControlReference, message.Summary));
        Assert.Equal(quarantined.Message.Sha256, message.Sha256);
        Time.Advance(TimeSpan.FromMinutes(1));
        await Store.MarkScreenedAsync(message.Id, """{"clear":1}""", "operator-olsen", Ct);

        MessageDetail detail = (await Store.GetAsync(message.Id, Ct))!;
        Assert.Equal("[]", detail.IssuesJson);
        Assert.Equal(
            [
                (MessageAction.Received, "gateway", Start, MessageState.Quarantined, (ParseOutcome?)ParseOutcome.Unreadable, (string?)firstIssues),
                (MessageAction.Replayed, "operator-olsen", Start.AddDays(1), MessageState.Received, ParseOutcome.Valid, "[]"),
                (MessageAction.Screened, "operator-olsen", Start.AddDays(1).AddMinutes(1), MessageState.Screened, null, null),
            ],
            detail.History.Select(h => (h.Action, h.Actor, h.At, h.State, h.Parse?.Outcome, h.Parse?.IssuesJson)));
        Assert.Empty(await Store.ListAsync(new MessageQuery { State = MessageState.Quarantined }, Ct));
    }

    [Fact]
    public async Task Replay_that_still_fails_leaves_the_message_in_quarantine_with_one_more_attempt()
    {
        RecordedMessage quarantined = await RecordAsync([0x01], Unreadable());
        Time.Advance(TimeSpan.FromHours(1));

        RecordedMessage replayed = await Store.ReplayAsync(quarantined.Message.Id, Unreadable("""[{"code":"VGL-EDI001","again":true}]"""), "operator", Ct);

        Assert.Equal((MessageState.Quarantined, 2), (replayed.Message.State, replayed.Message.Attempts));
        MessageDetail detail = (await Store.GetAsync(quarantined.Message.Id, Ct))!;
        Assert.Equal("""[{"code":"VGL-EDI001","again":true}]""", detail.IssuesJson);
        Assert.Equal([MessageState.Quarantined, MessageState.Quarantined], detail.History.Select(h => h.State));
    }

    [Fact]
    public async Task Screened_message_can_be_replayed_and_screened_again()
    {
        RecordedMessage recorded = await RecordAsync(Paxlst("REF0001"), new MessageParse(ParseOutcome.Invalid, "[]", 1) { ErrorCount = 2, Sender = Sender, InterchangeControlReference = "REF0001" });
        await Store.MarkScreenedAsync(recorded.Message.Id, """{"clear":1}""", "screening", Ct);

        RecordedMessage replayed = await Store.ReplayAsync(recorded.Message.Id, Valid("REF0001", travelers: 3), "operator", Ct);
        MessageRecord screened = await Store.MarkScreenedAsync(recorded.Message.Id, """{"clear":3}""", "screening", Ct);

        // It keeps its interchange: it is not made a duplicate of itself.
        Assert.Equal(MessageState.Received, replayed.Message.State);
        Assert.Equal((MessageState.Screened, 3, """{"clear":3}"""), (screened.State, screened.TravelerCount, screened.ScreeningSummary));
        Assert.Equal(MessageState.Duplicate, (await RecordAsync(Paxlst("REF0001", "ROE:RICHARD"), Valid("REF0001"))).Message.State);
    }

    [Fact]
    public async Task Screened_message_replayed_into_quarantine_keeps_its_interchange()
    {
        RecordedMessage screened = await RecordAsync(Paxlst("REF0001"), Valid("REF0001"));
        await Store.MarkScreenedAsync(screened.Message.Id, "{}", "screening", Ct);
        MessageParse worse = new(ParseOutcome.Unreadable, "[]", 0) { ErrorCount = 1, Sender = Sender, InterchangeControlReference = "REF0001" };

        RecordedMessage replayed = await Store.ReplayAsync(screened.Message.Id, worse, "operator", Ct);
        RecordedMessage resent = await RecordAsync(Paxlst("REF0001", "ROE:RICHARD"), Valid("REF0001"));

        // Its travelers were screened once under this interchange: a resend is not screened again.
        Assert.Equal(MessageState.Quarantined, replayed.Message.State);
        Assert.Equal((MessageState.Duplicate, screened.Message.Id), (resent.Message.State, resent.Message.DuplicateOf));
    }

    [Fact]
    public async Task Replay_that_reads_the_interchange_of_another_message_makes_it_a_duplicate()
    {
        RecordedMessage unreadable = await RecordAsync(Paxlst("REF0001", "DOE:JANE"), Unreadable());
        RecordedMessage resent = await RecordAsync(Paxlst("REF0001", "DOE:JANE "), Valid("REF0001"));

        RecordedMessage replayed = await Store.ReplayAsync(unreadable.Message.Id, Valid("REF0001"), "operator", Ct);

        Assert.True(replayed.IsDuplicate);
        Assert.Equal((MessageState.Duplicate, resent.Message.Id), (replayed.Message.State, replayed.Message.DuplicateOf));
        Assert.Equal(resent.Message.Id, replayed.Original?.Id);
        MessageHistoryEntry last = (await Store.GetAsync(unreadable.Message.Id, Ct))!.History[^1];
        Assert.Equal((MessageAction.Replayed, MessageState.Duplicate, resent.Message.Id), (last.Action, last.State, last.RelatedMessageId));
    }

    [Fact]
    public async Task Replay_with_corrected_bytes_stores_a_new_message_linked_to_the_original()
    {
        byte[] broken = Paxlst("REF0001", "DOE:JA?NE");
        byte[] fixedBytes = Paxlst("REF0001", "DOE:JANE");
        RecordedMessage quarantined = await RecordAsync(broken, Unreadable());
        Time.Advance(TimeSpan.FromHours(2));

        RecordedMessage corrected = await Store.ReplayCorrectedAsync(
            quarantined.Message.Id, new IncomingMessage(MessageFormats.Paxlst, "corrected/0001.edi", fixedBytes, "operator-olsen", Valid("REF0001")), Ct);

        MessageRecord copy = corrected.Message;
        Assert.False(corrected.IsDuplicate);
        Assert.NotEqual(quarantined.Message.Id, copy.Id);
        Assert.Equal((MessageState.Received, quarantined.Message.Id, "operator-olsen", "corrected/0001.edi"), (copy.State, copy.ReplayOf, copy.ReceivedBy, copy.SourceName));
        MessageDetail copyDetail = (await Store.GetAsync(copy.Id, Ct))!;
        Assert.Equal(fixedBytes, copyDetail.Content.ToArray());
        MessageHistoryEntry received = Assert.Single(copyDetail.History);
        Assert.Equal((MessageAction.Corrected, quarantined.Message.Id, Start.AddHours(2)), (received.Action, received.RelatedMessageId, received.At));

        // The original keeps its bytes and says what became of it.
        MessageDetail original = (await Store.GetAsync(quarantined.Message.Id, Ct))!;
        Assert.Equal(broken, original.Content.ToArray());
        Assert.Equal((MessageState.Replayed, copy.Id, ParseOutcome.Unreadable), (original.Message.State, original.Message.ReplacedBy, original.Message.Outcome));
        Assert.Equal(
            [(MessageAction.Received, "gateway", (long?)null), (MessageAction.Replaced, "operator-olsen", copy.Id)],
            original.History.Select(h => (h.Action, h.Actor, h.RelatedMessageId)));
        Assert.Empty(await Store.ListAsync(new MessageQuery { State = MessageState.Quarantined }, Ct));
        Assert.Equal([original.Message.Id], (await Store.ListAsync(new MessageQuery { State = MessageState.Replayed }, Ct)).Select(m => m.Id));
    }

    [Fact]
    public async Task Corrected_copy_takes_over_the_interchange_of_the_message_it_corrects()
    {
        // An invalid message whose readable travelers were screened, then corrected by an operator.
        MessageParse invalid = new(ParseOutcome.Invalid, "[]", 1) { ErrorCount = 1, Sender = Sender, InterchangeControlReference = "REF0001" };
        RecordedMessage first = await RecordAsync(Paxlst("REF0001", "DOE:JANE"), invalid);
        await Store.MarkScreenedAsync(first.Message.Id, "{}", "screening", Ct);

        RecordedMessage corrected = await Store.ReplayCorrectedAsync(first.Message.Id, Incoming(Paxlst("REF0001", "DOE:JANE:MARIE"), Valid("REF0001")), Ct);
        RecordedMessage resent = await RecordAsync(Paxlst("REF0001", "DOE:J"), Valid("REF0001"));

        Assert.Equal(MessageState.Received, corrected.Message.State);
        Assert.Equal((MessageState.Duplicate, corrected.Message.Id), (resent.Message.State, resent.Message.DuplicateOf));

        // The original's exact bytes are still recognised.
        Assert.Equal(first.Message.Id, (await RecordAsync(Paxlst("REF0001", "DOE:JANE"), invalid)).Message.DuplicateOf);
    }

    [Fact]
    public async Task Correction_still_unreadable_leaves_the_interchange_with_the_original_until_a_replay_reads_it()
    {
        RecordedMessage first = await RecordAsync(Paxlst("REF0001", "DOE:JANE"), Valid("REF0001"));
        await Store.MarkScreenedAsync(first.Message.Id, "{}", "screening", Ct);
        MessageParse stillBroken = new(ParseOutcome.Unreadable, "[]", 0) { ErrorCount = 1, Sender = Sender, InterchangeControlReference = "REF0001" };

        RecordedMessage correction = await Store.ReplayCorrectedAsync(first.Message.Id, Incoming(Paxlst("REF0001", "DOE:JANE:X"), stillBroken), Ct);
        RecordedMessage resent = await RecordAsync(Paxlst("REF0001", "DOE:J"), Valid("REF0001"));

        // Not a duplicate of the message it corrects, and the original still holds the interchange.
        Assert.Equal((MessageState.Quarantined, first.Message.Id), (correction.Message.State, correction.Message.ReplayOf));
        Assert.Equal(first.Message.Id, resent.Message.DuplicateOf);

        // Once a replay reads the correction, it takes the interchange over.
        RecordedMessage replayed = await Store.ReplayAsync(correction.Message.Id, Valid("REF0001"), "operator", Ct);
        RecordedMessage later = await RecordAsync(Paxlst("REF0001", "DOE:JAN"), Valid("REF0001"));

        Assert.Equal((MessageState.Received, (long?)null), (replayed.Message.State, replayed.Message.DuplicateOf));
        Assert.Equal(correction.Message.Id, later.Message.DuplicateOf);
    }

    [Fact]
    public async Task Corrected_copy_that_repeats_another_message_is_a_duplicate_of_it()
    {
        RecordedMessage screened = await RecordAsync(Paxlst("REF0009"), Valid("REF0009"));
        RecordedMessage quarantined = await RecordAsync([0x55, 0x4E, 0x41], Unreadable());

        RecordedMessage corrected = await Store.ReplayCorrectedAsync(quarantined.Message.Id, Incoming(Paxlst("REF0009"), Valid("REF0009")), Ct);

        Assert.Equal((MessageState.Duplicate, screened.Message.Id, quarantined.Message.Id), (corrected.Message.State, corrected.Message.DuplicateOf, corrected.Message.ReplayOf));
        Assert.Equal(screened.Message.Id, corrected.Original?.Id);
        Assert.Equal(MessageState.Replayed, (await Store.GetAsync(quarantined.Message.Id, Ct))!.Message.State);
    }

    [Fact]
    public async Task Duplicates_and_replayed_messages_are_not_replayed()
    {
        RecordedMessage first = await RecordAsync(Paxlst("REF0001"), Valid("REF0001"));
        RecordedMessage copy = await RecordAsync(Paxlst("REF0001"), Valid("REF0001"));
        RecordedMessage quarantined = await RecordAsync([0x00], Unreadable());
        RecordedMessage corrected = await Store.ReplayCorrectedAsync(quarantined.Message.Id, Incoming([0x01], Unreadable()), Ct);

        MessageStateException duplicate = await Assert.ThrowsAsync<MessageStateException>(() => Store.ReplayAsync(copy.Message.Id, Valid("REF0001"), "operator", Ct));
        MessageStateException replayed = await Assert.ThrowsAsync<MessageStateException>(() => Store.ReplayAsync(quarantined.Message.Id, Valid(null), "operator", Ct));
        await Assert.ThrowsAsync<MessageStateException>(() => Store.ReplayCorrectedAsync(copy.Message.Id, Incoming([0x02], Valid(null)), Ct));
        await Assert.ThrowsAsync<MessageStateException>(() => Store.ReplayCorrectedAsync(quarantined.Message.Id, Incoming([0x03], Valid(null)), Ct));
        ArgumentException same = await Assert.ThrowsAsync<ArgumentException>(() => Store.ReplayCorrectedAsync(corrected.Message.Id, Incoming([0x01], Valid(null)), Ct));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => Store.ReplayAsync(999, Valid(null), "operator", Ct));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => Store.ReplayCorrectedAsync(999, Incoming([0x04], Valid(null)), Ct));

        Assert.Equal((copy.Message.Id, MessageState.Duplicate), (duplicate.MessageId, duplicate.State));
        Assert.Contains($"duplicate of message {first.Message.Id}: replay that one", duplicate.Message, StringComparison.Ordinal);
        Assert.Contains($"as message {corrected.Message.Id}: replay that one", replayed.Message, StringComparison.Ordinal);
        Assert.Contains("same as those of message", same.Message, StringComparison.Ordinal);
        Assert.Equal(4, await QueryNumberAsync("SELECT count(*) FROM messages"));
        Assert.Equal(5, await QueryNumberAsync("SELECT count(*) FROM message_history"));
    }
}
