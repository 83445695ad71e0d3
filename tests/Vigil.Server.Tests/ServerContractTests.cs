using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Vigil.Domain;
using Vigil.Screening.Audit;
using Vigil.Screening.Messages;
using Vigil.Server.Tests.Support;

namespace Vigil.Server.Tests;

/// <summary>What carriers and analysts get from the server over real HTTP, run against each database engine by a
/// subclass: checks and their decisions, manifests, a flight's decisions, the review queue, subjects and lists,
/// health, and the audit chain behind them.</summary>
/// <remarks>Each test starts its own server on a new database holding the fictitious demo list and the UN sample.</remarks>
public abstract class ServerContractTests : IAsyncLifetime
{
    private RunningServer? _server;

    protected RunningServer Server => _server ?? throw new InvalidOperationException("Not initialized.");

    protected TestKeys Keys => Server.Keys;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _server = await RunningServer.StartAsync(await CreateDatabaseAsync(), Ct);

    public virtual async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Creates an empty database and returns its specification.</summary>
    protected abstract Task<string> CreateDatabaseAsync();

    /// <summary>Reads one number straight from the database.</summary>
    protected abstract Task<long> QueryNumberAsync(string sql);

    [Fact]
    public async Task A_check_answers_the_carrier_with_a_check_id_and_a_decision_and_nothing_else()
    {
        HttpResponseMessage response = await Server.PostCheckAsync(Keys.Carrier.Key, CheckBodies.Check(CheckBodies.NoBoardEntry()));

        JsonElement answer = await response.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(["checkId", "decision"], answer.PropertyNames());
        Assert.Matches("^chk_[0-9a-hjkmnp-tv-z]{26}$", answer.Text("checkId"));
        Assert.Equal("contact", answer.Text("decision"));
    }

    [Fact]
    public async Task A_check_reads_back_with_its_decision_and_when_it_was_decided()
    {
        DateTimeOffset before = DateTimeOffset.UtcNow.AddSeconds(-1);
        string checkId = await CheckAsync(CheckBodies.SecondaryScreening(), "selectee");

        JsonElement check = await (await Server.GetAsync($"/api/v1/checks/{checkId}", Keys.Carrier.Key)).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(["checkId", "decision", "decidedAt"], check.PropertyNames());
        Assert.Equal((checkId, "selectee"), (check.Text("checkId"), check.Text("decision")));
        DateTimeOffset decidedAt = check.GetProperty("decidedAt").GetDateTimeOffset();
        Assert.InRange(decidedAt, before, DateTimeOffset.UtcNow.AddSeconds(1));
    }

    [Theory]
    [InlineData("nobody listed", "board")]
    [InlineData("a secondary-screening entry", "selectee")]
    [InlineData("a no-board entry", "contact")]
    [InlineData("a detained no-board entry", "contact")]
    public async Task A_traveler_matching_each_kind_of_entry_gets_the_decision_of_the_policy(string who, string decision)
    {
        JsonObject traveler = who switch
        {
            "nobody listed" => CheckBodies.Innocent(),
            "a secondary-screening entry" => CheckBodies.SecondaryScreening(),
            "a no-board entry" => CheckBodies.NoBoardEntry(),
            _ => CheckBodies.CustodyAnomaly(),
        };

        string checkId = await CheckAsync(traveler, decision);

        JsonElement check = await (await Server.GetAsync($"/api/v1/checks/{checkId}", Keys.Analyst.Key)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(decision, check.Text("decision"));
    }

    [Fact]
    public async Task A_custody_anomaly_is_first_in_the_review_queue_with_its_rule()
    {
        await CheckAsync(CheckBodies.NoBoardEntry("P-003"), "contact");
        await CheckAsync(CheckBodies.SecondaryScreening("P-002"), "selectee");
        await CheckAsync(CheckBodies.Innocent("P-001"), "board");
        string anomaly = await CheckAsync(CheckBodies.CustodyAnomaly("P-004"), "contact");

        JsonElement reviews = await (await Server.GetAsync("/api/v1/reviews?state=open", Keys.Analyst.Key)).JsonAsync(HttpStatusCode.OK);

        JsonElement[] items = [.. reviews.EnumerateArray()];
        Assert.Equal(3, items.Length);
        JsonElement first = items[0];
        Assert.Equal("open", first.Text("state"));
        Assert.True(first.GetProperty("custodyAnomaly").GetBoolean());
        JsonElement check = first.GetProperty("check");
        Assert.Equal((anomaly, "P-004", "contact", "custody-anomaly"), (check.Text("checkId"), check.Text("travelerId"), check.Text("decision"), check.Text("rule")));
        Assert.Equal("NFL-2019-0011", check.GetProperty("hits")[0].Text("sourceId"));
        Assert.Equal(
            [("P-002", "secondary-screening", false), ("P-003", "no-board-entry", false)],
            items[1..].Select(i => (i.GetProperty("check").Text("travelerId"), i.GetProperty("check").Text("rule"), i.GetProperty("custodyAnomaly").GetBoolean())).Order());
    }

    [Fact]
    public async Task A_hit_in_the_review_queue_shows_its_subject_as_the_lists_hold_it_now_and_as_it_was_at_the_check()
    {
        await CheckAsync(CheckBodies.NoBoardEntry(), "contact");
        JsonElement before = (await ReviewHitsAsync())[0];
        string atCheck = before.GetProperty("subject").GetProperty("custody").Text("status");
        Assert.NotEqual("detained", atCheck);

        await Server.Stores.Lists.AddCustodyStatusAsync(
            SubjectId.FromStored(before.Text("subjectId")),
            new CustodyStatus(CustodyState.Detained, PartialDate.OfYearMonth(2026, 11)) { Authority = "Invented Border Guard", Place = "Invented Camp" },
            "test-analyst",
            Ct);
        JsonElement after = (await ReviewHitsAsync())[0];

        JsonElement custody = after.GetProperty("subject").GetProperty("custody");
        Assert.Equal(("detained", "2026-11", "Invented Border Guard", "Invented Camp"), (custody.Text("status"), custody.Text("since"), custody.Text("authority"), custody.Text("place")));
        Assert.Equal(JsonValueKind.Null, after.GetProperty("subject").GetProperty("removedAt").ValueKind);
        Assert.Equal(atCheck, after.GetProperty("subjectAtCheck").GetProperty("custody").Text("status"));
        Assert.Equal(before.Text("sentence"), after.Text("sentence"));

        async Task<JsonElement[]> ReviewHitsAsync()
        {
            JsonElement reviews = await (await Server.GetAsync("/api/v1/reviews", Keys.Analyst.Key)).JsonAsync(HttpStatusCode.OK);
            return [.. Assert.Single(reviews.EnumerateArray()).GetProperty("check").GetProperty("hits").EnumerateArray()];
        }
    }

    [Fact]
    public async Task The_decisions_of_a_flight_list_each_of_its_travelers_with_decision_and_check()
    {
        string board = await CheckAsync(CheckBodies.Innocent("P-001"), "board");
        string selectee = await CheckAsync(CheckBodies.SecondaryScreening("P-002"), "selectee");
        string contact = await CheckAsync(CheckBodies.NoBoardEntry("P-003"), "contact");
        await CheckAsync(CheckBodies.Innocent("P-900"), "board", CheckBodies.Flight(number: "20"));
        await CheckAsync(CheckBodies.Innocent("P-901"), "board", CheckBodies.Flight(departureTime: "2026-03-16T09:10"));

        JsonElement decisions = await (await Server.GetAsync($"/api/v1/flights/VG/19/{CheckBodies.DepartureDate}/decisions", Keys.Carrier.Key)).JsonAsync(HttpStatusCode.OK);

        Assert.All(decisions.EnumerateArray(), d => Assert.Equal(["travelerId", "decision", "checkId"], d.PropertyNames()));
        Assert.Equal(
            [("P-001", "board", board), ("P-002", "selectee", selectee), ("P-003", "contact", contact)],
            Decisions(decisions));
    }

    [Fact]
    public async Task A_paxlst_manifest_is_kept_and_every_passenger_decided_on_the_leg_he_boards()
    {
        JsonElement answer = await (await Server.PostManifestAsync(Keys.Carrier.Key, DemoData.PaxlstExample)).JsonAsync(HttpStatusCode.Accepted);

        Assert.Equal(["messageId", "outcome", "travelers", "duplicateOf"], answer.PropertyNames());
        long messageId = answer.GetProperty("messageId").GetInt64();
        Assert.Equal(("valid", 3, JsonValueKind.Null), (answer.Text("outcome"), answer.GetProperty("travelers").GetInt32(), answer.GetProperty("duplicateOf").ValueKind));
        Assert.Equal(MessageState.Screened, (await Server.Stores.Messages.GetAsync(messageId, Ct))!.Message.State);
        Assert.Equal(
            [("M0117/1", "board"), ("M0117/2", "board")],
            Decisions(await FlightAsync("VG", "471", "2025-03-15")).Select(d => (d.TravelerId, d.Decision)));
        Assert.Equal(
            [("M0117/3", "board")],
            Decisions(await FlightAsync("VG", "472", "2025-03-15")).Select(d => (d.TravelerId, d.Decision)));
        Assert.Equal(3, await QueryNumberAsync($"SELECT count(*) FROM checks WHERE message_id = {Invariant(messageId)}"));
    }

    [Fact]
    public async Task The_same_manifest_posted_again_is_a_duplicate_of_the_first_and_is_not_screened_again()
    {
        JsonElement first = await (await Server.PostManifestAsync(Keys.Carrier.Key, DemoData.PaxlstExample)).JsonAsync(HttpStatusCode.Accepted);
        List<(string TravelerId, string Decision, string CheckId)> before = Decisions(await FlightAsync("VG", "471", "2025-03-15"));

        JsonElement again = await (await Server.PostManifestAsync(Keys.Carrier.Key, DemoData.PaxlstExample)).JsonAsync(HttpStatusCode.Accepted);

        long original = first.GetProperty("messageId").GetInt64();
        long duplicate = again.GetProperty("messageId").GetInt64();
        Assert.NotEqual(original, duplicate);
        Assert.Equal(original, again.GetProperty("duplicateOf").GetInt64());
        Assert.Equal(0, again.GetProperty("travelers").GetInt32());
        Assert.Equal(MessageState.Duplicate, (await Server.Stores.Messages.GetAsync(duplicate, Ct))!.Message.State);
        Assert.Equal(0, await QueryNumberAsync($"SELECT count(*) FROM checks WHERE message_id = {Invariant(duplicate)}"));
        Assert.Equal(3, await QueryNumberAsync("SELECT count(*) FROM checks"));
        Assert.Equal(before, Decisions(await FlightAsync("VG", "471", "2025-03-15")));
    }

    [Fact]
    public async Task An_unreadable_manifest_is_answered_422_with_its_message_id_and_kept_whole_in_quarantine()
    {
        byte[] garbage = "%PDF-1.7 not an interchange\n\u0001\u0002\u00ff"u8.ToArray();

        JsonElement problem = await (await Server.PostManifestAsync(Keys.Carrier.Key, garbage)).ProblemAsync(HttpStatusCode.UnprocessableEntity);

        long messageId = problem.GetProperty("messageId").GetInt64();
        Assert.NotEmpty(problem.GetProperty("errors").EnumerateArray());
        IReadOnlyList<MessageRecord> quarantine = await Server.Stores.Messages.ListAsync(new MessageQuery { State = MessageState.Quarantined }, Ct);
        MessageRecord kept = Assert.Single(quarantine);
        Assert.Equal((messageId, ParseOutcome.Unreadable), (kept.Id, kept.Outcome));
        Assert.Equal(garbage, (await Server.Stores.Messages.GetAsync(messageId, Ct))!.Content.ToArray());
        Assert.Equal(0, await QueryNumberAsync("SELECT count(*) FROM checks"));
    }

    [Fact]
    public async Task A_pnrgov_manifest_is_screened_and_each_passenger_decided_under_his_record_locator()
    {
        JsonElement answer = await (await Server.PostManifestAsync(Keys.Carrier.Key, DemoData.PnrgovExample)).JsonAsync(HttpStatusCode.Accepted);

        Assert.Equal(("valid", 3, JsonValueKind.Null), (answer.Text("outcome"), answer.GetProperty("travelers").GetInt32(), answer.GetProperty("duplicateOf").ValueKind));
        Assert.Equal(
            [("K4TR7Q/1", "board"), ("M2WZ8A/1", "board"), ("M2WZ8A/2", "board")],
            Decisions(await FlightAsync("VG", "471", "2025-03-15")).Select(d => (d.TravelerId, d.Decision)));
    }

    [Fact]
    public async Task A_detained_subject_on_a_manifest_is_decided_contact_and_reviewed_as_a_custody_anomaly()
    {
        byte[] manifest = PaxlstBuilder.Build("VGT0001", [PaxlstPassenger.Innocents[0], PaxlstPassenger.Detained]);

        JsonElement answer = await (await Server.PostManifestAsync(Keys.Carrier.Key, manifest)).JsonAsync(HttpStatusCode.Accepted);

        Assert.Equal(2, answer.GetProperty("travelers").GetInt32());
        Assert.Equal(
            [("MVGT0001/1", "board"), ("MVGT0001/2", "contact")],
            Decisions(await FlightAsync("VG", "19", CheckBodies.DepartureDate)).Select(d => (d.TravelerId, d.Decision)));
        JsonElement review = Assert.Single((await (await Server.GetAsync("/api/v1/reviews", Keys.Supervisor.Key)).JsonAsync(HttpStatusCode.OK)).EnumerateArray());
        JsonElement check = review.GetProperty("check");
        Assert.Equal(("MVGT0001/2", "manifest", "custody-anomaly"), (check.Text("travelerId"), check.Text("channel"), check.Text("rule")));
        Assert.Equal(answer.GetProperty("messageId").GetInt64(), check.GetProperty("messageId").GetInt64());
    }

    [Fact]
    public async Task A_family_on_one_booking_is_reviewed_with_each_hits_relatives_and_the_related_travelers()
    {
        byte[] booking = await File.ReadAllBytesAsync(Path.Combine(Testing.RepositoryRoot.Path, "data", "demo", "pnr-family.edi"), Ct);
        await (await Server.PostManifestAsync(Keys.Carrier.Key, booking)).JsonAsync(HttpStatusCode.Accepted);
        SubjectId mother = SubjectId.For(DemoData.NationalList, "NFL-2022-0034");
        await Server.Stores.Lists.AddRelationAsync(
            mother, SubjectRelation.To(RelationType.Sibling, DemoData.NationalList, "NFL-2019-0002") with { Source = "invented report" }, "test-analyst", Ct);

        JsonElement reviews = await (await Server.GetAsync("/api/v1/reviews", Keys.Analyst.Key)).JsonAsync(HttpStatusCode.OK);
        JsonElement subject = await (await Server.GetAsync("/api/v1/subjects/NFL-2019-0001", Keys.Analyst.Key)).JsonAsync(HttpStatusCode.OK);

        Dictionary<string, JsonElement> hits = reviews.EnumerateArray()
            .ToDictionary(r => r.GetProperty("check").Text("travelerId"), r => r.GetProperty("check").GetProperty("hits")[0]);
        Assert.Equal(["Q7MB4X/1", "Q7MB4X/2", "Q7MB4X/3"], hits.Keys.Order());
        JsonElement motherHit = hits["Q7MB4X/1"];
        Assert.Equal(
            [("spouse", "NFL-2019-0001", "no-board", "convicted"), ("child", "NFL-2022-0035", "monitor", "repatriated"), ("child", "NFL-2022-0036", "monitor", "repatriated"),
                ("sibling", "NFL-2019-0002", "secondary-screening", "acquitted")],
            motherHit.GetProperty("relations").EnumerateArray().Select(r => (r.Text("type"), r.Text("sourceId"), r.Text("category"), r.Text("custody"))));
        Assert.Equal(3, motherHit.GetProperty("relationsAtCheck").GetArrayLength());
        Assert.Equal(
            [("Q7MB4X/2", "NFL-2022-0035", "child"), ("Q7MB4X/3", "NFL-2022-0036", "child")],
            motherHit.GetProperty("relatedHits").EnumerateArray().Select(r => (r.Text("travelerId"), r.Text("sourceId"), r.Text("relation"))));
        Assert.Equal(
            [("spouse", "NFL-2022-0034"), ("child", "NFL-2022-0035"), ("child", "NFL-2022-0036")],
            subject.GetProperty("relations").EnumerateArray().Select(r => (r.Text("type"), r.Text("sourceId"))));
    }

    [Fact]
    public async Task Subjects_and_lists_read_as_the_command_line_prints_them()
    {
        JsonElement subject = await (await Server.GetAsync("/api/v1/subjects/NFL-2019-0011", Keys.Analyst.Key)).JsonAsync(HttpStatusCode.OK);
        JsonElement lists = await (await Server.GetAsync("/api/v1/lists", Keys.Analyst.Key)).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(("NFL-2019-0011", DemoData.NationalList), (subject.Text("sourceId"), subject.Text("list")));
        Assert.Equal("Imran Qadir Qadiri", subject.GetProperty("names")[0].Text("full"));
        Assert.Equal("detained", subject.GetProperty("custody").EnumerateArray().Last().Text("status"));
        Assert.Equal(
            [(DemoData.NationalList, DemoData.NationalSubjects), (DemoData.UnList, await UnSubjectsAsync())],
            lists.GetProperty("lists").EnumerateArray().Select(l => (l.Text("name"), l.GetProperty("subjects").GetInt32())).Order());
    }

    [Fact]
    public async Task Health_is_live_and_ready_once_every_subject_is_indexed()
    {
        JsonElement live = await (await Server.GetAsync("/health/live", key: null)).JsonAsync(HttpStatusCode.OK);
        JsonElement ready = await (await Server.GetAsync("/health/ready", key: null)).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("live", live.Text("status"));
        int subjects = DemoData.NationalSubjects + await UnSubjectsAsync();
        Assert.Equal(subjects, Server.Server.Subjects);
        Assert.Equal("ready", ready.Text("status"));
        Assert.StartsWith($"{subjects} subjects indexed", ready.Text("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_check_manifest_and_read_of_personal_data_is_in_an_intact_audit_chain_under_the_key()
    {
        string checkId = await CheckAsync(CheckBodies.CustodyAnomaly(), "contact");
        JsonElement manifest = await (await Server.PostManifestAsync(Keys.Carrier.Key, DemoData.PaxlstExample)).JsonAsync(HttpStatusCode.Accepted);
        JsonElement reviews = await (await Server.GetAsync("/api/v1/reviews", Keys.Analyst.Key)).JsonAsync(HttpStatusCode.OK);
        JsonElement subject = await (await Server.GetAsync("/api/v1/subjects/NFL-2019-0011", Keys.Analyst.Key)).JsonAsync(HttpStatusCode.OK);

        AuditVerification verification = await Server.Stores.Audit.VerifyAsync(Ct);
        Assert.True(verification.IsIntact, verification.Fault?.Message);
        IReadOnlyList<AuditRecord> carrier = await Server.Stores.Audit.ReadAsync(new AuditQuery(Actor: Keys.Carrier.Actor), Ct);
        IReadOnlyList<AuditRecord> analyst = await Server.Stores.Audit.ReadAsync(new AuditQuery(Actor: Keys.Analyst.Actor), Ct);
        Assert.Equal(
            [("check.create", checkId), ("manifest.screen", $"msg:{Invariant(manifest.GetProperty("messageId").GetInt64())}")],
            carrier.Select(r => (r.Entry.Action, r.Entry.Records)));
        long reviewId = Assert.Single(reviews.EnumerateArray()).GetProperty("id").GetInt64();
        Assert.Equal(
            [("review.list", $"review:{Invariant(reviewId)}"), ("subject.read", $"subject:{subject.Text("subjectId")}")],
            analyst.Select(r => (r.Entry.Action, r.Entry.Records)));
        Assert.Equal(verification.RowsVerified, (await Server.Stores.Audit.ReadAsync(new AuditQuery(), Ct)).Count);
    }

    /// <summary>Checks a traveler with the carrier's key, asserts the decision, and returns the check id.</summary>
    private async Task<string> CheckAsync(JsonObject traveler, string decision, JsonObject? flight = null)
    {
        JsonElement answer = await (await Server.PostCheckAsync(Keys.Carrier.Key, CheckBodies.Check(traveler, flight))).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(decision, answer.Text("decision"));
        return answer.Text("checkId");
    }

    private async Task<JsonElement> FlightAsync(string carrier, string number, string date) =>
        await (await Server.GetAsync($"/api/v1/flights/{carrier}/{number}/{date}/decisions", Keys.Carrier.Key)).JsonAsync(HttpStatusCode.OK);

    private static List<(string TravelerId, string Decision, string CheckId)> Decisions(JsonElement decisions) =>
        [.. decisions.EnumerateArray().Select(d => (d.Text("travelerId"), d.Text("decision"), d.Text("checkId")))];

    private async Task<int> UnSubjectsAsync() =>
        (await Server.Stores.Lists.GetListsAsync(Ct)).Single(l => l.Name == DemoData.UnList).SubjectCount;

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
