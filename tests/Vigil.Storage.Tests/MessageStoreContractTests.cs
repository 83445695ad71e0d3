using System.Data.Common;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using Vigil.Screening.Messages;

namespace Vigil.Storage.Tests;

/// <summary>What every <see cref="IMessageStore"/> must do, run against each engine by a subclass.</summary>
/// <remarks>Each test gets a new, empty database. The messages are fictitious.</remarks>
public abstract partial class MessageStoreContractTests : IAsyncLifetime
{
    protected const string Sender = "ZZAIR";

    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private IMessageStore? _store;

    protected FakeTimeProvider Time { get; } = new(Start);

    protected IMessageStore Store => _store ?? throw new InvalidOperationException("Not initialized.");

    /// <summary>The specification of the test's database, as given to <see cref="MessageStores.OpenAsync(string?, TimeProvider, CancellationToken)"/>.</summary>
    protected string DatabaseSpec { get; private set; } = string.Empty;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        DatabaseSpec = await CreateDatabaseAsync();
        _store = await MessageStores.OpenAsync(DatabaseSpec, Time, Ct);
    }

    public virtual async ValueTask DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Creates an empty database and returns its specification.</summary>
    protected abstract Task<string> CreateDatabaseAsync();

    /// <summary>Runs SQL straight against the database, bypassing the store.</summary>
    protected abstract Task ExecuteSqlAsync(string sql);

    /// <summary>Reads one number straight from the database.</summary>
    protected abstract Task<long> QueryNumberAsync(string sql);

    /// <summary>A SQL literal of the given bytes, for <c>content</c>.</summary>
    protected abstract string BytesLiteral(byte[] bytes);

    /// <summary>Makes every insert into <paramref name="table"/> fail, as a crash in the middle of a transaction would.</summary>
    protected abstract Task MakeInsertsFailAsync(string table);

    /// <summary>Undoes <see cref="MakeInsertsFailAsync"/>.</summary>
    protected abstract Task MakeInsertsSucceedAsync(string table);

    /// <summary>A PAXLST interchange of one fictitious traveler, with a given sender and control reference.</summary>
    protected static byte[] Paxlst(string reference, string traveler = "DOE:JANE", string sender = Sender) =>
        Encoding.ASCII.GetBytes(
            $"UNA:+.? 'UNB+UNOA:4+{sender}+VIGILRX+260301:0900+{reference}'UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'"
            + $"TDT+20+ZZ123'NAD+FL+++{traveler}'CNT+42:1'UNT+6+1'UNZ+1+{reference}'\r\n");

    protected static MessageParse Valid(string? reference, int travelers = 1, string sender = Sender) =>
        new(ParseOutcome.Valid, "[]", travelers) { Sender = reference is null ? null : sender, InterchangeControlReference = reference, Recipient = "VIGILRX" };

    protected static MessageParse Unreadable(string issuesJson = """[{"code":"VGL-EDI001","severity":"error"}]""") =>
        new(ParseOutcome.Unreadable, issuesJson, 0) { ErrorCount = 1 };

    protected static IncomingMessage Incoming(byte[] content, MessageParse parse, string format = MessageFormats.Paxlst, string source = "inbox/0001.edi") =>
        new(format, source, content, "gateway", parse);

    protected Task<RecordedMessage> RecordAsync(byte[] content, MessageParse parse, string format = MessageFormats.Paxlst) =>
        Store.RecordAsync(Incoming(content, parse, format), Ct);

    private static string Sha256Hex(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    [Fact]
    public async Task Message_comes_back_with_its_exact_bytes_hash_size_and_parse()
    {
        // Bytes that no text decoding would keep: a NUL, bytes over 0x7F that are not UTF-8, CR LF.
        byte[] content = [.. Paxlst("REF0001"), 0x00, 0xFF, 0xFE, 0xC3, 0x28, 0x0D, 0x0A];
        const string issues = """[ {"severity":"warning", "code":"VGL-PAX040",  "message":"CNT+42 says 1"} ]""";
        MessageParse parse = new(ParseOutcome.Valid, issues, 1)
        {
            WarningCount = 1,
            Sender = Sender,
            Recipient = "VIGILRX",
            InterchangeControlReference = "REF0001",
            Summary = "PAXLST 745 ZZ123",
        };

        RecordedMessage recorded = await Store.RecordAsync(new IncomingMessage(MessageFormats.Paxlst, "inbox/0001.edi", content, "gateway", parse), Ct);
        MessageDetail detail = (await Store.GetAsync(recorded.Message.Id, Ct))!;

        Assert.False(recorded.IsDuplicate);
        Assert.Null(recorded.Original);
        Assert.Equal(content, detail.Content.ToArray());
        Assert.Equal(issues, detail.IssuesJson);
        MessageRecord message = detail.Message;
        Assert.Equal(recorded.Message, message);
        Assert.Equal(Sha256Hex(content), message.Sha256);
        Assert.Equal(64, message.Sha256.Length);
        Assert.Equal(content.Length, message.Size);
        Assert.Equal(
            (MessageFormats.Paxlst, "inbox/0001.edi", Start, "gateway", ParseOutcome.Valid, MessageState.Received),
            (message.Format, message.SourceName, message.ReceivedAt, message.ReceivedBy, message.Outcome, message.State));
        Assert.Equal((1, 0, 1), (message.TravelerCount, message.ErrorCount, message.WarningCount));
        Assert.Equal((Sender, "VIGILRX", "REF0001", "PAXLST 745 ZZ123"), (message.Sender, message.Recipient, message.InterchangeControlReference, message.Summary));
        Assert.Equal((1, Start), (message.Attempts, message.ParsedAt));
        Assert.True(message.NeedsScreening);
        Assert.Null(message.DuplicateOf);
        Assert.Null(message.ReplayOf);
        Assert.Null(message.ReplacedBy);
        Assert.Null(message.ScreenedAt);
        Assert.Null(message.ScreeningSummary);

        MessageHistoryEntry entry = Assert.Single(detail.History);
        Assert.Equal((message.Id, Start, "gateway", MessageAction.Received, MessageState.Received), (entry.MessageId, entry.At, entry.Actor, entry.Action, entry.State));
        Assert.Equal(parse, entry.Parse);
        Assert.Null(entry.RelatedMessageId);
    }

    [Fact]
    public async Task Empty_message_is_stored_too()
    {
        RecordedMessage recorded = await RecordAsync([], Unreadable(), MessageFormats.Mrz);

        MessageDetail detail = (await Store.GetAsync(recorded.Message.Id, Ct))!;
        Assert.Empty(detail.Content.ToArray());
        Assert.Equal((0L, Sha256Hex([]), MessageState.Quarantined), (detail.Message.Size, detail.Message.Sha256, detail.Message.State));
    }

    [Fact]
    public async Task Unknown_message_id_gives_null()
    {
        Assert.Null(await Store.GetAsync(12345, Ct));
    }

    [Fact]
    public async Task Same_bytes_again_are_stored_as_a_duplicate_of_the_first()
    {
        byte[] content = Paxlst("REF0001");
        RecordedMessage first = await RecordAsync(content, Valid("REF0001"));
        Time.Advance(TimeSpan.FromMinutes(5));

        RecordedMessage second = await Store.RecordAsync(Incoming(content, Valid("REF0001")) with { SourceName = "inbox/0002.edi" }, Ct);

        Assert.True(second.IsDuplicate);
        Assert.NotEqual(first.Message.Id, second.Message.Id);
        Assert.Equal((MessageState.Duplicate, first.Message.Id, "inbox/0002.edi"), (second.Message.State, second.Message.DuplicateOf, second.Message.SourceName));
        Assert.False(second.Message.NeedsScreening);
        Assert.Equal(first.Message, second.Original);

        // Nothing is dropped: the copy is kept whole, with its own receipt, and the first is left as it was.
        MessageDetail copy = (await Store.GetAsync(second.Message.Id, Ct))!;
        Assert.Equal(content, copy.Content.ToArray());
        Assert.Equal(Start.AddMinutes(5), copy.Message.ReceivedAt);
        MessageHistoryEntry entry = Assert.Single(copy.History);
        Assert.Equal((MessageAction.Received, MessageState.Duplicate, first.Message.Id), (entry.Action, entry.State, entry.RelatedMessageId));
        Assert.Equal(first.Message, (await Store.GetAsync(first.Message.Id, Ct))!.Message);
        Assert.Equal(2, await QueryNumberAsync("SELECT count(*) FROM messages"));
    }

    [Fact]
    public async Task Same_bytes_of_an_unreadable_message_are_a_duplicate_too()
    {
        byte[] garbage = [0x55, 0x4E, 0x42, 0x2B, 0xFF, 0x00];
        RecordedMessage first = await RecordAsync(garbage, Unreadable());

        RecordedMessage second = await RecordAsync(garbage, Unreadable());

        Assert.Equal(MessageState.Quarantined, first.Message.State);
        Assert.Equal((MessageState.Duplicate, first.Message.Id), (second.Message.State, second.Message.DuplicateOf));
    }

    [Fact]
    public async Task Same_sender_and_control_reference_with_other_bytes_is_a_duplicate()
    {
        RecordedMessage first = await RecordAsync(Paxlst("REF0001", "DOE:JANE"), Valid("REF0001"));

        // The carrier sent the interchange again with a traveler changed: its bytes and hash differ.
        RecordedMessage resent = await RecordAsync(Paxlst("REF0001", "ROE:RICHARD"), Valid("REF0001"));

        Assert.NotEqual(first.Message.Sha256, resent.Message.Sha256);
        Assert.Equal((MessageState.Duplicate, first.Message.Id), (resent.Message.State, resent.Message.DuplicateOf));
        Assert.Equal(first.Message.Id, resent.Original?.Id);
    }

    [Fact]
    public async Task Same_control_reference_from_another_sender_is_not_a_duplicate()
    {
        await RecordAsync(Paxlst("REF0001", sender: "ZZAIR"), Valid("REF0001", sender: "ZZAIR"));

        RecordedMessage other = await RecordAsync(Paxlst("REF0001", sender: "YYAIR"), Valid("REF0001", sender: "YYAIR"));

        Assert.False(other.IsDuplicate);
        Assert.Equal(MessageState.Received, other.Message.State);
        Assert.Null(other.Original);
    }

    [Fact]
    public async Task Another_control_reference_from_the_same_sender_is_not_a_duplicate()
    {
        await RecordAsync(Paxlst("REF0001"), Valid("REF0001"));

        RecordedMessage next = await RecordAsync(Paxlst("REF0002"), Valid("REF0002"));

        Assert.Equal(MessageState.Received, next.Message.State);
    }

    [Fact]
    public async Task Messages_without_an_interchange_are_told_apart_by_their_bytes_only()
    {
        RecordedMessage first = await RecordAsync(Encoding.ASCII.GetBytes("{\"id\":\"T1\"}\n"), Valid(null), MessageFormats.Jsonl);
        RecordedMessage other = await RecordAsync(Encoding.ASCII.GetBytes("{\"id\":\"T2\"}\n"), Valid(null), MessageFormats.Jsonl);
        RecordedMessage again = await RecordAsync(Encoding.ASCII.GetBytes("{\"id\":\"T1\"}\n"), Valid(null), MessageFormats.Jsonl);

        Assert.Equal(MessageState.Received, first.Message.State);
        Assert.Equal(MessageState.Received, other.Message.State);
        Assert.Equal((MessageState.Duplicate, first.Message.Id), (again.Message.State, again.Message.DuplicateOf));
    }

    [Fact]
    public async Task Empty_sender_or_reference_identifies_nothing()
    {
        MessageParse blank = Valid("REF0001") with { Sender = " ", InterchangeControlReference = string.Empty };
        RecordedMessage first = await RecordAsync(Paxlst("REF0001", "DOE:JANE"), blank);

        RecordedMessage second = await RecordAsync(Paxlst("REF0001", "ROE:RICHARD"), blank);

        Assert.Equal(MessageState.Received, second.Message.State);
        Assert.Null(first.Message.Sender);
        Assert.Null(first.Message.InterchangeControlReference);
    }

    [Fact]
    public async Task Every_copy_names_the_first_message_never_another_copy()
    {
        RecordedMessage first = await RecordAsync(Paxlst("REF0001", "DOE:JANE"), Valid("REF0001"));
        RecordedMessage byReference = await RecordAsync(Paxlst("REF0001", "ROE:RICHARD"), Valid("REF0001"));

        // Same bytes as the copy, which is itself a duplicate: the original is still the first message.
        RecordedMessage copyOfCopy = await RecordAsync(Paxlst("REF0001", "ROE:RICHARD"), Valid("REF0001"));

        Assert.Equal(first.Message.Id, byReference.Message.DuplicateOf);
        Assert.Equal(first.Message.Id, copyOfCopy.Message.DuplicateOf);
    }

    [Fact]
    public async Task Unreadable_message_is_kept_in_the_quarantine()
    {
        RecordedMessage unreadable = await RecordAsync([0x01, 0x02, 0x03], Unreadable(), MessageFormats.Mrz);
        await RecordAsync(Paxlst("REF0001"), Valid("REF0001"));

        IReadOnlyList<MessageRecord> quarantine = await Store.ListAsync(new MessageQuery { State = MessageState.Quarantined }, Ct);

        MessageRecord kept = Assert.Single(quarantine);
        Assert.Equal(unreadable.Message.Id, kept.Id);
        Assert.Equal((ParseOutcome.Unreadable, 1, 0), (kept.Outcome, kept.ErrorCount, kept.TravelerCount));
        Assert.False(kept.NeedsScreening);
    }

    [Fact]
    public async Task Invalid_message_is_screened_for_the_travelers_read_and_quarantined_when_there_are_none()
    {
        MessageParse someRead = new(ParseOutcome.Invalid, """[{"code":"VGL-EDI020"}]""", 3) { ErrorCount = 1, Sender = Sender, InterchangeControlReference = "REF0001" };
        MessageParse noneRead = new(ParseOutcome.Invalid, """[{"code":"VGL-PAX012"}]""", 0) { ErrorCount = 4, Sender = Sender, InterchangeControlReference = "REF0002" };

        RecordedMessage screened = await RecordAsync(Paxlst("REF0001"), someRead);
        RecordedMessage quarantined = await RecordAsync(Paxlst("REF0002"), noneRead);

        Assert.Equal(MessageState.Received, screened.Message.State);
        Assert.Equal(MessageState.Quarantined, quarantined.Message.State);
    }

    [Fact]
    public async Task Quarantined_message_does_not_hold_its_interchange_so_a_corrected_resend_is_screened()
    {
        MessageParse invalid = new(ParseOutcome.Invalid, "[]", 0) { ErrorCount = 1, Sender = Sender, InterchangeControlReference = "REF0001" };
        RecordedMessage broken = await RecordAsync(Paxlst("REF0001", "DOE:"), invalid);

        RecordedMessage resent = await RecordAsync(Paxlst("REF0001", "DOE:JANE"), Valid("REF0001"));

        Assert.Equal(MessageState.Quarantined, broken.Message.State);
        Assert.Equal(MessageState.Received, resent.Message.State);

        // The interchange is now held by the resend, which is screened: a third copy is its duplicate.
        RecordedMessage third = await RecordAsync(Paxlst("REF0001", "DOE:JANE "), Valid("REF0001"));
        Assert.Equal(resent.Message.Id, third.Message.DuplicateOf);
    }

    [Fact]
    public async Task Unreadable_copy_of_a_screened_interchange_is_a_duplicate()
    {
        RecordedMessage first = await RecordAsync(Paxlst("REF0001"), Valid("REF0001"));
        MessageParse damaged = new(ParseOutcome.Unreadable, "[]", 0) { ErrorCount = 1, Sender = Sender, InterchangeControlReference = "REF0001" };

        RecordedMessage copy = await RecordAsync([.. Paxlst("REF0001"), 0x3F], damaged);

        Assert.Equal((MessageState.Duplicate, first.Message.Id), (copy.Message.State, copy.Message.DuplicateOf));
    }

    [Fact]
    public async Task Marking_a_message_screened_stores_the_summary_and_the_time()
    {
        RecordedMessage recorded = await RecordAsync(Paxlst("REF0001"), Valid("REF0001", travelers: 2));
        Time.Advance(TimeSpan.FromSeconds(3));
        const string summary = """{"travelers":2,"clear":1,"review":1,"error":0}""";

        MessageRecord screened = await Store.MarkScreenedAsync(recorded.Message.Id, summary, "screening", Ct);

        Assert.Equal((MessageState.Screened, Start.AddSeconds(3), summary), (screened.State, screened.ScreenedAt, screened.ScreeningSummary));
        MessageDetail detail = (await Store.GetAsync(recorded.Message.Id, Ct))!;
        Assert.Equal(screened, detail.Message);
        Assert.Equal([MessageAction.Received, MessageAction.Screened], detail.History.Select(h => h.Action));
        MessageHistoryEntry entry = detail.History[1];
        Assert.Equal(("screening", Start.AddSeconds(3), MessageState.Screened, summary), (entry.Actor, entry.At, entry.State, entry.ScreeningSummary));
        Assert.Null(entry.Parse);
    }

    [Fact]
    public async Task A_message_is_marked_screened_once_and_never_when_it_is_not_to_be_screened()
    {
        RecordedMessage recorded = await RecordAsync(Paxlst("REF0001"), Valid("REF0001"));
        RecordedMessage duplicate = await RecordAsync(Paxlst("REF0001"), Valid("REF0001"));
        RecordedMessage quarantined = await RecordAsync([0x00], Unreadable());
        await Store.MarkScreenedAsync(recorded.Message.Id, "{}", "screening", Ct);

        MessageStateException again = await Assert.ThrowsAsync<MessageStateException>(() => Store.MarkScreenedAsync(recorded.Message.Id, "{}", "screening", Ct));
        MessageStateException copy = await Assert.ThrowsAsync<MessageStateException>(() => Store.MarkScreenedAsync(duplicate.Message.Id, "{}", "screening", Ct));
        MessageStateException kept = await Assert.ThrowsAsync<MessageStateException>(() => Store.MarkScreenedAsync(quarantined.Message.Id, "{}", "screening", Ct));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => Store.MarkScreenedAsync(999, "{}", "screening", Ct));

        Assert.Equal((recorded.Message.Id, MessageState.Screened), (again.MessageId, again.State));
        Assert.Equal(MessageState.Duplicate, copy.State);
        Assert.Equal(MessageState.Quarantined, kept.State);
        Assert.Contains("is quarantined, not received", kept.Message, StringComparison.Ordinal);
        Assert.Equal(1, await QueryNumberAsync("SELECT count(*) FROM message_history WHERE action = 2"));
    }

    [Fact]
    public async Task Listing_is_newest_first_and_filters_by_state_outcome_format_and_time()
    {
        RecordedMessage paxlst = await RecordAsync(Paxlst("REF0001"), Valid("REF0001"));
        Time.Advance(TimeSpan.FromHours(1));
        RecordedMessage mrz = await RecordAsync([0x50, 0x3C], Unreadable(), MessageFormats.Mrz);
        Time.Advance(TimeSpan.FromHours(1));
        RecordedMessage pnr = await RecordAsync(Paxlst("REF0002"), new MessageParse(ParseOutcome.Invalid, "[]", 4) { ErrorCount = 2 }, MessageFormats.Pnrgov);
        Time.Advance(TimeSpan.FromHours(1));
        RecordedMessage copy = await RecordAsync(Paxlst("REF0001"), Valid("REF0001"));
        await Store.MarkScreenedAsync(paxlst.Message.Id, "{}", "screening", Ct);

        async Task<long[]> IdsAsync(MessageQuery query) => [.. (await Store.ListAsync(query, Ct)).Select(m => m.Id)];

        Assert.Equal([copy.Message.Id, pnr.Message.Id, mrz.Message.Id, paxlst.Message.Id], await IdsAsync(new MessageQuery()));
        Assert.Equal([paxlst.Message.Id], await IdsAsync(new MessageQuery { State = MessageState.Screened }));
        Assert.Equal([copy.Message.Id], await IdsAsync(new MessageQuery { State = MessageState.Duplicate }));
        Assert.Equal([pnr.Message.Id], await IdsAsync(new MessageQuery { State = MessageState.Received }));
        Assert.Equal([pnr.Message.Id], await IdsAsync(new MessageQuery { Outcome = ParseOutcome.Invalid }));
        Assert.Equal([copy.Message.Id, paxlst.Message.Id], await IdsAsync(new MessageQuery { Format = MessageFormats.Paxlst, Outcome = ParseOutcome.Valid }));
        Assert.Equal([mrz.Message.Id], await IdsAsync(new MessageQuery { Format = MessageFormats.Mrz }));
        Assert.Equal([copy.Message.Id, pnr.Message.Id], await IdsAsync(new MessageQuery { Since = Start.AddHours(2) }));
        Assert.Equal([copy.Message.Id, pnr.Message.Id], await IdsAsync(new MessageQuery { Limit = 2 }));
        Assert.Empty(await IdsAsync(new MessageQuery { Since = Start.AddHours(4) }));
        Assert.Empty(await IdsAsync(new MessageQuery { Format = MessageFormats.Csv }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.ListAsync(new MessageQuery { Limit = 0 }, Ct));
    }

    [Fact]
    public async Task Messages_received_at_the_same_time_are_listed_in_reverse_order_of_recording()
    {
        long[] recorded = new long[3];
        for (int i = 0; i < recorded.Length; i++)
        {
            recorded[i] = (await RecordAsync(Paxlst($"REF000{i}"), Valid($"REF000{i}"))).Message.Id;
        }

        IReadOnlyList<MessageRecord> listed = await Store.ListAsync(new MessageQuery(), Ct);

        Assert.Equal(recorded.Reverse(), listed.Select(m => m.Id));
    }

    [Fact]
    public async Task Message_over_the_size_limit_is_refused_and_nothing_is_stored()
    {
        await using IMessageStore small = await MessageStores.OpenAsync(DatabaseSpec, Time, new MessageStoreOptions { MaxMessageBytes = 1000 }, Ct);

        MessageTooLargeException error = await Assert.ThrowsAsync<MessageTooLargeException>(
            () => small.RecordAsync(Incoming(new byte[1001], Unreadable()), Ct));
        RecordedMessage atLimit = await small.RecordAsync(Incoming(new byte[1000], Unreadable()), Ct);

        Assert.Equal((1001L, 1000L), (error.Size, error.Limit));
        Assert.Contains("1001 bytes, over the limit of 1000 bytes", error.Message, StringComparison.Ordinal);
        Assert.Equal(1000, atLimit.Message.Size);
        Assert.Equal(1, await QueryNumberAsync("SELECT count(*) FROM messages"));
        Assert.Equal(1000, small.MaxMessageBytes);

        // Corrected bytes are held to the same limit.
        await Assert.ThrowsAsync<MessageTooLargeException>(() => small.ReplayCorrectedAsync(atLimit.Message.Id, Incoming(new byte[1001], Valid(null)), Ct));
        Assert.Equal(1, await QueryNumberAsync("SELECT count(*) FROM messages"));
        Assert.Equal(MessageState.Quarantined, (await small.GetAsync(atLimit.Message.Id, Ct))!.Message.State);
    }

    [Fact]
    public async Task Message_of_the_default_limit_of_ten_mebibytes_is_stored_whole()
    {
        byte[] content = new byte[10 * 1024 * 1024];
        new Random(5).NextBytes(content);

        Stopwatch write = Stopwatch.StartNew();
        RecordedMessage recorded = await RecordAsync(content, Unreadable());
        write.Stop();
        Stopwatch read = Stopwatch.StartNew();
        MessageDetail detail = (await Store.GetAsync(recorded.Message.Id, Ct))!;
        read.Stop();

        Assert.Equal(MessageContent.DefaultMaxBytes, Store.MaxMessageBytes);
        Assert.Equal(content.Length, recorded.Message.Size);
        Assert.True(detail.Content.Span.SequenceEqual(content));

        // Not an assertion: a figure to compare engines by.
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{Store.Description}: recorded a 10 MiB message in {write.ElapsedMilliseconds} ms, read it back in {read.ElapsedMilliseconds} ms");
        await Assert.ThrowsAsync<MessageTooLargeException>(() => RecordAsync(new byte[content.Length + 1], Unreadable()));
    }

    [Fact]
    public async Task Failed_transaction_stores_nothing_and_leaves_the_message_free_to_be_recorded()
    {
        byte[] content = Paxlst("REF0001");
        await MakeInsertsFailAsync("message_history");

        // The message row is inserted, then its history entry fails: the whole transaction must go.
        await Assert.ThrowsAnyAsync<DbException>(() => RecordAsync(content, Valid("REF0001")));

        Assert.Equal(0, await QueryNumberAsync("SELECT count(*) FROM messages"));
        Assert.Equal(0, await QueryNumberAsync("SELECT count(*) FROM message_history"));
        await MakeInsertsSucceedAsync("message_history");
        RecordedMessage recorded = await RecordAsync(content, Valid("REF0001"));
        Assert.Equal(MessageState.Received, recorded.Message.State);
        Assert.Single((await Store.GetAsync(recorded.Message.Id, Ct))!.History);
    }

    [Fact]
    public async Task Failed_replay_leaves_the_message_as_it_was()
    {
        RecordedMessage quarantined = await RecordAsync(Paxlst("REF0001", "DOE:"), Unreadable());
        MessageDetail before = (await Store.GetAsync(quarantined.Message.Id, Ct))!;
        await MakeInsertsFailAsync("message_history");

        await Assert.ThrowsAnyAsync<DbException>(() => Store.ReplayAsync(quarantined.Message.Id, Valid("REF0001"), "operator", Ct));
        await Assert.ThrowsAnyAsync<DbException>(() => Store.ReplayCorrectedAsync(quarantined.Message.Id, Incoming(Paxlst("REF0001"), Valid("REF0001")), Ct));

        await MakeInsertsSucceedAsync("message_history");
        MessageDetail after = (await Store.GetAsync(quarantined.Message.Id, Ct))!;
        Assert.Equal(before.Message, after.Message);
        Assert.Equal(before.IssuesJson, after.IssuesJson);
        Assert.Single(after.History);
        Assert.Equal(1, await QueryNumberAsync("SELECT count(*) FROM messages"));
    }

    [Fact]
    public async Task Cancelled_recording_stores_nothing()
    {
        using CancellationTokenSource cancel = new();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.RecordAsync(Incoming(Paxlst("REF0001"), Valid("REF0001")), cancel.Token));

        Assert.Equal(0, await QueryNumberAsync("SELECT count(*) FROM messages"));
    }

    [Fact]
    public async Task The_database_itself_refuses_a_second_original_of_the_same_bytes_or_interchange()
    {
        RecordedMessage first = await RecordAsync(Paxlst("REF0001"), Valid("REF0001"));
        string insert = """
            INSERT INTO messages (format, source_name, received_at, received_by, content, sha256, size, sender, interchange_ref,
                outcome, issues, error_count, warning_count, traveler_count, state, attempts, parsed_at, holds_interchange)
            VALUES ('paxlst', 'x', '2026-03-01T09:00:00.0000000Z', 'x', {4}, '{0}', 1, '{1}', '{2}', 0, '[]', 0, 0, 0, 0, 1,
                '2026-03-01T09:00:00.0000000Z', {3})
            """;
        string Insert(string sha256, string reference, bool holds) =>
            string.Format(System.Globalization.CultureInfo.InvariantCulture, insert, sha256, Sender, reference, holds ? "TRUE" : "FALSE", BytesLiteral([0]));

        // Whatever the code does, two processes cannot both store an original of one message: the indexes refuse it.
        await Assert.ThrowsAnyAsync<DbException>(() => ExecuteSqlAsync(Insert(first.Message.Sha256, "OTHER", holds: false)));
        await Assert.ThrowsAnyAsync<DbException>(() => ExecuteSqlAsync(Insert(new string('0', 64), "REF0001", holds: true)));
        await ExecuteSqlAsync(Insert(new string('0', 64), "REF0001", holds: false));

        Assert.Equal(2, await QueryNumberAsync("SELECT count(*) FROM messages"));
    }

    [Fact]
    public async Task Message_store_and_watch_list_store_share_one_database()
    {
        await RecordAsync(Paxlst("REF0001"), Valid("REF0001"));

        await using Vigil.Screening.Lists.IWatchListStore lists = await WatchListStores.OpenAsync(DatabaseSpec, Time, Ct);

        Assert.Empty(await lists.GetListsAsync(Ct));
        Assert.Equal(Store.Description, lists.Description);
        Assert.Single(await Store.ListAsync(new MessageQuery(), Ct));
        Assert.Equal(Vigil.Storage.Migrations.MigrationScripts.For(DatabaseEngine.Sqlite).Count, await QueryNumberAsync("SELECT max(version) FROM schema_migrations"));
    }

    [Fact]
    public async Task Invalid_arguments_are_refused_before_anything_is_stored()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.RecordAsync(Incoming([1], Valid(null)) with { Format = " " }, Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.RecordAsync(Incoming([1], Valid(null)) with { SourceName = string.Empty }, Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.RecordAsync(Incoming([1], Valid(null)) with { Actor = string.Empty }, Ct));
        await Assert.ThrowsAsync<ArgumentNullException>(() => Store.RecordAsync(Incoming([1], Valid(null) with { IssuesJson = null! }), Ct));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.RecordAsync(Incoming([1], Valid(null) with { TravelerCount = -1 }), Ct));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.RecordAsync(Incoming([1], Valid(null) with { Outcome = (ParseOutcome)7 }), Ct));

        Assert.Equal(0, await QueryNumberAsync("SELECT count(*) FROM messages"));
    }
}
