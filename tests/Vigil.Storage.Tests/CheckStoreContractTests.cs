using System.Text;
using Microsoft.Extensions.Time.Testing;
using Vigil.Screening.Access;
using Vigil.Screening.Audit;
using Vigil.Screening.Checks;
using Vigil.Screening.Decisions;
using Vigil.Screening.Messages;

namespace Vigil.Storage.Tests;

/// <summary>What every <see cref="ICheckStore"/>, <see cref="IAuditLog"/> and <see cref="IAccessKeyStore"/> must do,
/// run against each engine by a subclass. The three are tested together: their writes form one audit chain.</summary>
/// <remarks>Each test gets a new, empty database, opened with <see cref="VigilStores"/>. Travelers are fictitious.</remarks>
public abstract partial class CheckStoreContractTests : IAsyncLifetime
{
    protected const string Carrier = "VG";
    protected const string CarrierKey = "key:vg1";

    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    // Local departure time, as a carrier gives it: no zone.
    private static readonly DateTime Departure = new(2026, 3, 1, 10, 5, 0, DateTimeKind.Unspecified);

    protected static readonly DecisionOutcome Contact = new(Decision.Contact, DecisionRule.NoBoardEntry, NeedsReview: true, IsCustodyAnomaly: false);
    protected static readonly DecisionOutcome Anomaly = new(Decision.Contact, DecisionRule.CustodyAnomaly, NeedsReview: true, IsCustodyAnomaly: true);
    protected static readonly DecisionOutcome Monitor = new(Decision.Board, DecisionRule.Monitor, NeedsReview: true, IsCustodyAnomaly: false);

    private VigilStoreSet? _stores;

    protected FakeTimeProvider Time { get; } = new(Start);

    protected VigilStoreSet Stores => _stores ?? throw new InvalidOperationException("Not initialized.");

    protected ICheckStore Checks => Stores.Checks;

    protected IAuditLog Audit => Stores.Audit;

    protected IAccessKeyStore Keys => Stores.Keys;

    /// <summary>The specification of the test's database, as given to <see cref="VigilStores.OpenAsync(string?, TimeProvider, CancellationToken)"/>.</summary>
    protected string DatabaseSpec { get; private set; } = string.Empty;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        DatabaseSpec = await CreateDatabaseAsync();
        _stores = await VigilStores.OpenAsync(DatabaseSpec, Time, Ct);
    }

    public virtual async ValueTask DisposeAsync()
    {
        if (_stores is not null)
        {
            await _stores.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Creates an empty database and returns its specification.</summary>
    protected abstract Task<string> CreateDatabaseAsync();

    /// <summary>Runs SQL straight against the database, bypassing the stores.</summary>
    protected abstract Task ExecuteSqlAsync(string sql);

    /// <summary>Reads one number straight from the database.</summary>
    protected abstract Task<long> QueryNumberAsync(string sql);

    protected static CheckFlight Flight(string number = "19", DateTime? departure = null, string carrier = Carrier) =>
        new(carrier, number, "CDG", departure ?? Departure, "IST");

    /// <summary>A check of a traveler on flight VG 19 of 1 March 2026, unless another flight is given.</summary>
    protected static NewCheck Check(string travelerId, DecisionOutcome? outcome = null, CheckFlight? flight = null) =>
        new(
            CheckIds.New(),
            CheckChannel.Check,
            travelerId,
            flight ?? Flight(),
            outcome ?? DecisionOutcome.Clear,
            $$"""{"id":"{{travelerId}}"}""",
            "[]",
            CarrierKey);

    protected static AuditEntry Entry(string records, string action = "check.create", string actor = CarrierKey) => new(actor, action, records);

    /// <summary>Records checks, each in a write of its own, with an audit entry naming it.</summary>
    protected async Task RecordAsync(params NewCheck[] checks)
    {
        foreach (NewCheck check in checks)
        {
            await Checks.RecordAsync([check], Entry(check.CheckId), Ct);
        }
    }

    /// <summary>A received PAXLST message of one traveler, stored through the set's message store.</summary>
    protected async Task<MessageRecord> ReceiveMessageAsync(string reference, bool readable = true)
    {
        byte[] content = Encoding.ASCII.GetBytes(
            $"UNA:+.? 'UNB+UNOA:4+ZZAIR+VIGILRX+260301:0900+{reference}'UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'"
            + $"TDT+20+VG19'NAD+FL+++DOE:JANE'CNT+42:1'UNT+6+1'UNZ+1+{reference}'");
        MessageParse parse = readable
            ? new MessageParse(ParseOutcome.Valid, "[]", 1) { Sender = "ZZAIR", InterchangeControlReference = reference }
            : new MessageParse(ParseOutcome.Unreadable, """[{"code":"VGL-EDI001"}]""", 0) { ErrorCount = 1 };
        RecordedMessage recorded = await Stores.Messages.RecordAsync(new IncomingMessage(MessageFormats.Paxlst, "inbox/1.edi", content, "gateway", parse), Ct);
        return recorded.Message;
    }

    [Fact]
    public async Task Check_comes_back_with_every_field_it_was_recorded_with()
    {
        MessageRecord message = await ReceiveMessageAsync("REF0001");

        // Ticks below the microsecond are not kept: PostgreSQL has no finer precision.
        Time.SetUtcNow(Start.AddTicks(1_234_567));
        DateTime departure = new DateTime(2026, 3, 1, 23, 45, 30, DateTimeKind.Unspecified).AddTicks(1_234_567);
        NewCheck check = new(
            CheckIds.New(),
            CheckChannel.Manifest,
            "PAX-0042",
            new CheckFlight("VG", "1234A", "CDG", departure, "IST"),
            Anomaly,
            """{ "name" : "محمد  بن سلمان",  "dob":"1979" }""",
            """[ {"subject":"V1A2", "score": 0.87} ]""",
            "cli:alice")
        {
            MessageId = message.Id,
            BestScore = 0.873456789123,
        };

        await Checks.RecordAsync([check], Entry(check.CheckId), Ct);
        CheckRecord? stored = await Checks.GetAsync(check.CheckId, Ct);

        DateTimeOffset at = Start.AddTicks(1_234_560);
        CheckRecord expected = new(
            check.CheckId,
            CheckChannel.Manifest,
            "PAX-0042",
            new CheckFlight("VG", "1234A", "CDG", departure.AddTicks(-7), "IST"),
            Decision.Contact,
            DecisionRule.CustodyAnomaly,
            at,
            at)
        {
            PolicyDecision = Decision.Contact,
            IsCustodyAnomaly = true,
            MessageId = message.Id,
            BestScore = 0.873456789123,
            Actor = "cli:alice",
            TravelerJson = check.TravelerJson,
            HitsJson = check.HitsJson,
        };
        Assert.Equal(expected, stored);
        Assert.Equal(new FlightKey("VG", "1234A", new DateOnly(2026, 3, 1)), stored!.Flight!.Key);
    }

    [Fact]
    public async Task Check_without_flight_hit_or_message_comes_back_without_them()
    {
        NewCheck noFlight = Check("PAX-1") with { Flight = null };
        NewCheck noDeparture = Check("PAX-2", flight: new CheckFlight("VG", "19", null, null, null));

        await RecordAsync(noFlight, noDeparture);

        CheckRecord first = (await Checks.GetAsync(noFlight.CheckId, Ct))!;
        Assert.Null(first.Flight);
        Assert.Null(first.BestScore);
        Assert.Null(first.MessageId);
        Assert.Equal((Decision.Board, DecisionRule.NoHit, Decision.Board, false), (first.Decision, first.Rule, first.PolicyDecision, first.IsCustodyAnomaly));
        CheckRecord second = (await Checks.GetAsync(noDeparture.CheckId, Ct))!;
        Assert.Equal(new CheckFlight("VG", "19", null, null, null), second.Flight);
        Assert.Null(second.Flight!.Key);
    }

    [Fact]
    public async Task Unknown_check_id_gives_null()
    {
        Assert.Null(await Checks.GetAsync(CheckIds.New(), Ct));
    }

    [Fact]
    public async Task Review_item_is_created_only_for_a_check_that_needs_review()
    {
        NewCheck clear = Check("PAX-1");
        NewCheck monitored = Check("PAX-2", Monitor);
        NewCheck contact = Check("PAX-3", Contact);

        await Checks.RecordAsync([clear, monitored, contact], Entry("manifest"), Ct);

        IReadOnlyList<ReviewItem> reviews = await Checks.GetReviewsAsync(new ReviewQuery(), Ct);
        Assert.Equal([monitored.CheckId, contact.CheckId], reviews.Select(r => r.Check.CheckId));
        Assert.All(reviews, r => Assert.Equal((ReviewState.Open, Start), (r.State, r.CreatedAt)));
        Assert.Equal(3, await QueryNumberAsync("SELECT count(*) FROM checks"));
        Assert.Equal(2, await QueryNumberAsync("SELECT count(*) FROM review_items"));
        Assert.Equal(await Checks.GetAsync(contact.CheckId, Ct), reviews.Single(r => r.Check.CheckId == contact.CheckId).Check);
    }

    [Fact]
    public async Task Reviews_come_custody_anomalies_first_then_by_departure_with_none_last_then_by_number()
    {
        NewCheck noon = Check("PAX-A", Contact, Flight(departure: Departure.Date.AddHours(12)));
        NewCheck lateAnomaly = Check("PAX-B", Anomaly, Flight(departure: Departure.Date.AddHours(18)));
        NewCheck noDeparture = Check("PAX-C", Contact, new CheckFlight("VG", "19", null, null, null));
        NewCheck early = Check("PAX-D", Monitor, Flight(departure: Departure.Date.AddHours(8)));
        NewCheck earlyAnomaly = Check("PAX-E", Anomaly, Flight(departure: Departure.Date.AddHours(9)));
        NewCheck earlyToo = Check("PAX-F", Contact, Flight(departure: Departure.Date.AddHours(8)));
        NewCheck noFlight = Check("PAX-G", Contact) with { Flight = null };
        await RecordAsync(noon, lateAnomaly, noDeparture, early, earlyAnomaly, earlyToo, noFlight);

        IReadOnlyList<ReviewItem> reviews = await Checks.GetReviewsAsync(new ReviewQuery(), Ct);

        Assert.Equal(["PAX-E", "PAX-B", "PAX-D", "PAX-F", "PAX-A", "PAX-C", "PAX-G"], reviews.Select(r => r.Check.TravelerId));
        Assert.True(reviews[5].Id < reviews[6].Id);
        Assert.True(reviews[2].Id < reviews[3].Id);
    }

    [Fact]
    public async Task Reviews_are_filtered_by_state_and_limited()
    {
        NewCheck first = Check("PAX-1", Contact, Flight(departure: Departure.AddHours(1)));
        NewCheck second = Check("PAX-2", Contact, Flight(departure: Departure.AddHours(2)));
        NewCheck third = Check("PAX-3", Contact, Flight(departure: Departure.AddHours(3)));
        await RecordAsync(first, second, third);
        await ExecuteSqlAsync($"UPDATE review_items SET state = {(int)ReviewState.Closed} WHERE check_id = '{second.CheckId}'");

        async Task<string[]> TravelersAsync(ReviewQuery query) => [.. (await Checks.GetReviewsAsync(query, Ct)).Select(r => r.Check.TravelerId)];

        Assert.Equal(["PAX-1", "PAX-3"], await TravelersAsync(new ReviewQuery()));
        Assert.Equal(["PAX-2"], await TravelersAsync(new ReviewQuery(ReviewState.Closed)));
        Assert.Equal(["PAX-1", "PAX-2", "PAX-3"], await TravelersAsync(new ReviewQuery(State: null)));
        Assert.Equal(["PAX-1", "PAX-2"], await TravelersAsync(new ReviewQuery(State: null, Limit: 2)));
        Assert.Empty(await TravelersAsync(new ReviewQuery(ReviewState.Escalated)));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Checks.GetReviewsAsync(new ReviewQuery(Limit: 0), Ct));
    }

    [Fact]
    public async Task Flight_gives_the_latest_check_of_each_traveler_ordered_by_traveler_id()
    {
        await RecordAsync(
            Check("P3"),
            Check("P1"),
            Check("p0"),
            Check("Z9"),
            Check("P2"),
            Check("P4", flight: Flight(number: "20")),
            Check("P5", flight: Flight(carrier: "ZZ")),
            Check("P6", flight: Flight(departure: Departure.AddDays(1))));
        Time.Advance(TimeSpan.FromMinutes(5));
        NewCheck again = Check("P1", Contact);
        await RecordAsync(again);

        IReadOnlyList<CheckRecord> flight = await Checks.GetFlightAsync(new FlightKey(Carrier, "19", new DateOnly(2026, 3, 1)), Ct);

        // Ordinal order, as on every engine whatever its collation: upper case before lower case.
        Assert.Equal(["P1", "P2", "P3", "Z9", "p0"], flight.Select(c => c.TravelerId));
        Assert.Equal((again.CheckId, Decision.Contact, Start.AddMinutes(5)), (flight[0].CheckId, flight[0].Decision, flight[0].CheckedAt));
        Assert.Empty(await Checks.GetFlightAsync(new FlightKey(Carrier, "19", new DateOnly(2026, 3, 3)), Ct));
    }

    [Fact]
    public async Task Flight_takes_the_check_recorded_last_when_two_have_the_same_time()
    {
        await RecordAsync(Check("P1"));
        NewCheck selectee = Check("P1", new DecisionOutcome(Decision.Selectee, DecisionRule.SecondaryScreening, true, false));
        NewCheck last = Check("P1", Contact);
        await Checks.RecordAsync([selectee, last], Entry("manifest"), Ct);
        await RecordAsync(Check("P2"));

        IReadOnlyList<CheckRecord> flight = await Checks.GetFlightAsync(new FlightKey(Carrier, "19", new DateOnly(2026, 3, 1)), Ct);

        Assert.Equal([last.CheckId], flight.Where(c => c.TravelerId == "P1").Select(c => c.CheckId));
        Assert.Equal(2, flight.Count);
    }

    [Fact]
    public async Task Flight_is_found_by_the_local_date_of_its_departure()
    {
        // 23:50 local on 1 March: whatever the time zone, the carrier's flight date is 1 March.
        NewCheck late = Check("P1", flight: Flight(departure: new DateTime(2026, 3, 1, 23, 50, 0)));
        NewCheck early = Check("P2", flight: Flight(departure: new DateTime(2026, 3, 2, 0, 10, 0)));
        await RecordAsync(late, early);

        IReadOnlyList<CheckRecord> first = await Checks.GetFlightAsync(new FlightKey(Carrier, "19", new DateOnly(2026, 3, 1)), Ct);
        IReadOnlyList<CheckRecord> second = await Checks.GetFlightAsync(new FlightKey(Carrier, "19", new DateOnly(2026, 3, 2)), Ct);

        Assert.Equal([late.CheckId], first.Select(c => c.CheckId));
        Assert.Equal([early.CheckId], second.Select(c => c.CheckId));
    }

    [Fact]
    public async Task Invalid_checks_are_refused_before_anything_is_written()
    {
        NewCheck check = Check("P1");

        await Assert.ThrowsAsync<ArgumentException>(() => Checks.RecordAsync([check, check with { TravelerId = "P2" }], Entry("manifest"), Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => Checks.RecordAsync([check with { TravelerId = " " }], Entry("manifest"), Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => Checks.RecordAsync([check with { Flight = new CheckFlight("", "19", null, null, null) }], Entry("manifest"), Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => Checks.RecordAsync([check], new AuditEntry("", "check.create", ""), Ct));

        Assert.Equal(0, await QueryNumberAsync("SELECT count(*) FROM checks"));
        Assert.Equal(0, await QueryNumberAsync("SELECT count(*) FROM audit_log"));
    }
}
