using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Vigil.Screening.Access;
using Vigil.Screening.Audit;
using Vigil.Server.Tests.Support;

namespace Vigil.Server.Tests.Endpoints;

/// <summary>Analysts decide review items over real HTTP, and the carrier's answer follows: four eyes for no-board,
/// clear, escalation to supervisors, refusals, the item's history, and one winner of concurrent decisions. Run against
/// each database engine by a subclass.</summary>
/// <remarks>Each test starts its own server on a new database holding the fictitious demo list.</remarks>
public abstract class ReviewDecisionTests : IAsyncLifetime
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

    [Fact]
    public async Task A_no_board_answer_needs_the_confirms_of_two_different_analysts_and_the_carrier_sees_it_at_once()
    {
        (long review, string checkId) = await ReviewOfAsync(CheckBodies.NoBoardEntry());
        IssuedKey secondAnalyst = await CreateKeyAsync("second analyst desk", AccessRole.Analyst);

        JsonElement first = await (await DecideAsync(review, Keys.Analyst.Key, "confirm", "face and date of birth agree")).JsonAsync(HttpStatusCode.OK);
        string afterFirst = await CarrierAnswerAsync(checkId);
        JsonElement same = await (await DecideAsync(review, Keys.Analyst.Key, "confirm")).ProblemAsync(HttpStatusCode.Conflict, "VGL-API016");
        JsonElement second = await (await DecideAsync(review, secondAnalyst.Key, "confirm", "agreed")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(
            ["reviewId", "version", "decidedAt", "actor", "actorName", "role", "outcome", "note", "state", "decision"], first.PropertyNames());
        Assert.Equal(
            (review, 1, Keys.Analyst.Actor, "analyst desk", "analyst", "confirm", "face and date of birth agree", "awaiting-second", "contact"),
            (first.GetProperty("reviewId").GetInt64(), first.GetProperty("version").GetInt32(), first.Text("actor"), first.Text("actorName"), first.Text("role"),
                first.Text("outcome"), first.Text("note"), first.Text("state"), first.Text("decision")));
        Assert.Equal("contact", afterFirst);
        Assert.Contains("second person", same.Text("detail"), StringComparison.Ordinal);
        Assert.Equal((2, secondAnalyst.Actor, "closed", "no-board"), (second.GetProperty("version").GetInt32(), second.Text("actor"), second.Text("state"), second.Text("decision")));
        Assert.Equal("no-board", await CarrierAnswerAsync(checkId));
        JsonElement check = await (await Server.GetAsync($"/api/v1/checks/{checkId}", Keys.Carrier.Key)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(second.GetProperty("decidedAt").GetDateTimeOffset(), check.GetProperty("decidedAt").GetDateTimeOffset());
        JsonElement flight = await (await Server.GetAsync($"/api/v1/flights/VG/19/{CheckBodies.DepartureDate}/decisions", Keys.Carrier.Key)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(("P-003", "no-board"), (flight[0].Text("travelerId"), flight[0].Text("decision")));
        IReadOnlyList<AuditRecord> audit = await Server.Stores.Audit.ReadAsync(new AuditQuery(), Ct);
        Assert.Equal(
            [(Keys.Analyst.Actor, $"review:{review} {checkId}"), (secondAnalyst.Actor, $"review:{review} {checkId}")],
            audit.Where(r => r.Entry.Action == "review.decide").Select(r => (r.Entry.Actor, r.Entry.Records)));
    }

    [Fact]
    public async Task An_item_reads_back_with_its_decisions_in_order()
    {
        (long review, string checkId) = await ReviewOfAsync(CheckBodies.NoBoardEntry());
        await (await DecideAsync(review, Keys.Analyst.Key, "confirm", "likely him")).JsonAsync(HttpStatusCode.OK);
        await (await DecideAsync(review, Keys.Analyst.Key, "escalate", "unsure of the document")).JsonAsync(HttpStatusCode.OK);
        await (await DecideAsync(review, Keys.Supervisor.Key, "clear", "the document differs")).JsonAsync(HttpStatusCode.OK);

        JsonElement item = await (await Server.GetAsync($"/api/v1/reviews/{review}", Keys.Analyst.Key)).JsonAsync(HttpStatusCode.OK);

        Assert.Equal((review, "closed", 3, checkId), (item.GetProperty("id").GetInt64(), item.Text("state"), item.GetProperty("version").GetInt32(), item.GetProperty("check").Text("checkId")));
        Assert.Equal(("board", "analyst", "contact"), (item.GetProperty("check").Text("decision"), item.GetProperty("check").Text("rule"), item.GetProperty("check").Text("policyDecision")));
        Assert.Equal(
            [
                (1, Keys.Analyst.Actor, "confirm", "likely him", "awaiting-second", "contact"),
                (2, Keys.Analyst.Actor, "escalate", "unsure of the document", "escalated", "contact"),
                (3, Keys.Supervisor.Actor, "clear", "the document differs", "closed", "board"),
            ],
            item.GetProperty("decisions").EnumerateArray().Select(d =>
                (d.GetProperty("version").GetInt32(), d.Text("actor"), d.Text("outcome"), d.Text("note"), d.Text("state"), d.Text("decision"))));
        DateTimeOffset[] times = [.. item.GetProperty("decisions").EnumerateArray().Select(d => d.GetProperty("decidedAt").GetDateTimeOffset())];
        Assert.Equal(times.Order(), times);
    }

    [Fact]
    public async Task Clear_boards_the_traveler_at_once_and_a_closed_item_takes_no_further_decision()
    {
        (long review, string checkId) = await ReviewOfAsync(CheckBodies.NoBoardEntry());

        JsonElement cleared = await (await DecideAsync(review, Keys.Analyst.Key, "clear", "namesake, other date of birth")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(("closed", "board"), (cleared.Text("state"), cleared.Text("decision")));
        Assert.Equal("board", await CarrierAnswerAsync(checkId));
        foreach (string outcome in new[] { "confirm", "clear", "escalate" })
        {
            JsonElement refused = await (await DecideAsync(review, Keys.Admin.Key, outcome)).ProblemAsync(HttpStatusCode.Conflict, "VGL-API017");
            Assert.Contains("closed", refused.Text("detail"), StringComparison.Ordinal);
        }

        Assert.Equal("board", await CarrierAnswerAsync(checkId));
    }

    [Fact]
    public async Task Confirm_of_a_selectee_closes_the_item_with_one_person()
    {
        (long review, string checkId) = await ReviewOfAsync(CheckBodies.SecondaryScreening(), "selectee");

        JsonElement confirmed = await (await DecideAsync(review, Keys.Analyst.Key, "confirm")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(("closed", "selectee", JsonValueKind.Null), (confirmed.Text("state"), confirmed.Text("decision"), confirmed.GetProperty("note").ValueKind));
        Assert.Equal("selectee", await CarrierAnswerAsync(checkId));
    }

    [Fact]
    public async Task An_escalated_item_is_refused_to_analysts_and_decided_by_a_supervisor()
    {
        (long review, string checkId) = await ReviewOfAsync(CheckBodies.CustodyAnomaly());

        JsonElement escalated = await (await DecideAsync(review, Keys.Analyst.Key, "escalate", "detained, yet traveling")).JsonAsync(HttpStatusCode.OK);
        await (await DecideAsync(review, Keys.Analyst.Key, "clear")).ProblemAsync(HttpStatusCode.Forbidden, "VGL-API007");
        await (await DecideAsync(review, Keys.Analyst.Key, "confirm")).ProblemAsync(HttpStatusCode.Forbidden, "VGL-API007");
        JsonElement first = await (await DecideAsync(review, Keys.Supervisor.Key, "confirm")).JsonAsync(HttpStatusCode.OK);
        await (await DecideAsync(review, Keys.Supervisor.Key, "confirm")).ProblemAsync(HttpStatusCode.Conflict, "VGL-API016");
        JsonElement second = await (await DecideAsync(review, Keys.Admin.Key, "confirm")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(("escalated", "contact"), (escalated.Text("state"), escalated.Text("decision")));
        Assert.Equal(("escalated", "contact"), (first.Text("state"), first.Text("decision")));
        Assert.Equal(("closed", "no-board", "admin"), (second.Text("state"), second.Text("decision"), second.Text("role")));
        Assert.Equal("no-board", await CarrierAnswerAsync(checkId));
    }

    [Fact]
    public async Task Unknown_items_bad_bodies_and_carrier_keys_are_refused_with_problem_details()
    {
        (long review, string checkId) = await ReviewOfAsync(CheckBodies.NoBoardEntry());

        await (await DecideAsync(review + 1000, Keys.Analyst.Key, "clear")).ProblemAsync(HttpStatusCode.NotFound, "VGL-API015");
        await (await Server.GetAsync($"/api/v1/reviews/{review + 1000}", Keys.Analyst.Key)).ProblemAsync(HttpStatusCode.NotFound, "VGL-API015");
        await (await Server.GetAsync("/api/v1/reviews/first", Keys.Analyst.Key)).ProblemAsync(HttpStatusCode.BadRequest, "VGL-API003");
        JsonElement wrong = await (await PostAsync($"/api/v1/reviews/{review}/decisions", Keys.Analyst.Key, """{"outcome":"approve"}""")).ProblemAsync(HttpStatusCode.BadRequest, "VGL-API003");
        JsonElement missing = await (await PostAsync($"/api/v1/reviews/{review}/decisions", Keys.Analyst.Key, """{"note":"x"}""")).ProblemAsync(HttpStatusCode.BadRequest, "VGL-API002");
        JsonElement notJson = await (await PostAsync($"/api/v1/reviews/{review}/decisions", Keys.Analyst.Key, "{\"outcome\":")).ProblemAsync(HttpStatusCode.BadRequest, "VGL-API001");
        await (await DecideAsync(review, Keys.Carrier.Key, "clear")).ProblemAsync(HttpStatusCode.Forbidden, "VGL-API007");
        await (await DecideAsync(review, null, "clear")).ProblemAsync(HttpStatusCode.Unauthorized, "VGL-API006");

        Assert.Equal("$.outcome", wrong.GetProperty("errors")[0].Text("path"));
        Assert.Equal("$.outcome", missing.GetProperty("errors")[0].Text("path"));
        Assert.Equal(1, notJson.GetProperty("errors")[0].GetProperty("line").GetInt32());
        Assert.Equal("contact", await CarrierAnswerAsync(checkId));
        JsonElement item = await (await Server.GetAsync($"/api/v1/reviews/{review}", Keys.Analyst.Key)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(("open", 0), (item.Text("state"), item.GetProperty("decisions").GetArrayLength()));
    }

    [Fact]
    public async Task Of_concurrent_decisions_on_one_item_sent_to_two_servers_exactly_one_wins()
    {
        (long review, string checkId) = await ReviewOfAsync(CheckBodies.NoBoardEntry());
        await using RunningServer sibling = await Server.StartSiblingAsync(Ct);
        IssuedKey[] analysts = [.. await Task.WhenAll(Enumerable.Range(0, 6).Select(i => CreateKeyAsync($"desk {i}", AccessRole.Analyst)))];

        HttpResponseMessage[] responses = await Task.WhenAll(analysts.Select((key, i) =>
            (i % 2 == 0 ? Server : sibling).SendAsync(
                HttpMethod.Post, $"/api/v1/reviews/{review}/decisions", key.Key, RequestBodies.Json($$"""{"outcome":"clear","note":"desk {{i}}"}"""))));

        HttpResponseMessage winner = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        foreach (HttpResponseMessage loser in responses.Where(r => r != winner))
        {
            await loser.ProblemAsync(HttpStatusCode.Conflict, "VGL-API017");
        }

        JsonElement won = await winner.JsonAsync(HttpStatusCode.OK);
        JsonElement item = await (await sibling.GetAsync($"/api/v1/reviews/{review}", Keys.Analyst.Key)).JsonAsync(HttpStatusCode.OK);
        JsonElement kept = Assert.Single(item.GetProperty("decisions").EnumerateArray());
        Assert.Equal((won.Text("actor"), won.Text("note"), 1), (kept.Text("actor"), kept.Text("note"), item.GetProperty("version").GetInt32()));
        Assert.Equal(won.Text("decision"), await CarrierAnswerAsync(checkId));
    }

    /// <summary>Checks a traveler as the carrier and returns the review item it raised.</summary>
    private async Task<(long Review, string CheckId)> ReviewOfAsync(JsonObject traveler, string decision = "contact")
    {
        JsonElement answer = await (await Server.PostCheckAsync(Keys.Carrier.Key, CheckBodies.Check(traveler))).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(decision, answer.Text("decision"));
        string checkId = answer.Text("checkId");
        JsonElement reviews = await (await Server.GetAsync("/api/v1/reviews?state=all", Keys.Analyst.Key)).JsonAsync(HttpStatusCode.OK);
        JsonElement item = Assert.Single(reviews.EnumerateArray(), i => i.GetProperty("check").Text("checkId") == checkId);
        return (item.GetProperty("id").GetInt64(), checkId);
    }

    private async Task<string> CarrierAnswerAsync(string checkId) =>
        (await (await Server.GetAsync($"/api/v1/checks/{checkId}", Keys.Carrier.Key)).JsonAsync(HttpStatusCode.OK)).Text("decision");

    private Task<HttpResponseMessage> DecideAsync(long review, string? key, string outcome, string? note = null) =>
        PostAsync($"/api/v1/reviews/{review}/decisions", key, new JsonObject { ["outcome"] = outcome, ["note"] = note }.ToJsonString());

    private Task<HttpResponseMessage> PostAsync(string path, string? key, string json) => Server.SendAsync(HttpMethod.Post, path, key, RequestBodies.Json(json));

    private async Task<IssuedKey> CreateKeyAsync(string name, AccessRole role)
    {
        (AccessKey key, string secret) = await new AccessKeys(Server.Stores.Keys, TimeProvider.System).CreateAsync(name, role, [], "cli:test", Ct);
        return new IssuedKey(key.Id, secret);
    }
}
