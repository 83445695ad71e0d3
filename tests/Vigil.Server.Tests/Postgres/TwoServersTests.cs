using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Npgsql;
using Vigil.Domain;
using Vigil.Screening.Lists;
using Vigil.Screening.Messages;
using Vigil.Server.Tests.Support;
using Vigil.Testing;

namespace Vigil.Server.Tests.Postgres;

/// <summary>Two servers on one PostgreSQL database, as two <c>vigil serve</c> processes behind a load balancer: a
/// manifest sent to both at once is screened once, a decision reads the same on both, and a list import reaches
/// both indexes within a second.</summary>
public sealed class TwoServersTests(PostgresServer postgres) : IAsyncLifetime
{
    private RunningServer? _first;
    private RunningServer? _second;
    private string _database = string.Empty;

    private RunningServer First => _first ?? throw new InvalidOperationException("Not initialized.");

    private RunningServer Second => _second ?? throw new InvalidOperationException("Not initialized.");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await postgres.CreateDatabaseAsync(nameof(TwoServersTests));
        _first = await RunningServer.StartAsync(_database, Ct);
        _second = await _first.StartSiblingAsync(Ct);
    }

    public async ValueTask DisposeAsync()
    {
        if (_second is not null)
        {
            await _second.DisposeAsync();
        }

        if (_first is not null)
        {
            await _first.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_same_manifest_posted_to_both_servers_at_the_same_moment_is_screened_once()
    {
        // Open a connection to each server first, so that both posts leave at once.
        Assert.Equal(HttpStatusCode.OK, (await First.GetAsync("/health/ready", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Second.GetAsync("/health/ready", null)).StatusCode);

        for (int round = 1; round <= 5; round++)
        {
            string reference = "TWIN" + round.ToString("D4", CultureInfo.InvariantCulture);
            byte[] manifest = PaxlstBuilder.Build(reference, [.. PaxlstPassenger.Innocents, PaxlstPassenger.Detained]);
            TaskCompletionSource go = new(TaskCreationOptions.RunContinuationsAsynchronously);
            Task<HttpResponseMessage>[] posts = [.. new[] { First, Second }.Select(async server =>
            {
                await go.Task;
                return await server.PostManifestAsync(server.Keys.Carrier.Key, manifest);
            })];
            go.SetResult();

            JsonElement[] answers = [.. await Task.WhenAll(posts.Select(async p => await (await p).JsonAsync(HttpStatusCode.Accepted)))];

            JsonElement screened = Assert.Single(answers, a => a.GetProperty("duplicateOf").ValueKind == JsonValueKind.Null);
            JsonElement duplicate = Assert.Single(answers, a => a.GetProperty("duplicateOf").ValueKind == JsonValueKind.Number);
            long original = screened.GetProperty("messageId").GetInt64();
            long repeated = duplicate.GetProperty("messageId").GetInt64();
            Assert.Equal((4, 0, original), (screened.GetProperty("travelers").GetInt32(), duplicate.GetProperty("travelers").GetInt32(), duplicate.GetProperty("duplicateOf").GetInt64()));
            Assert.Equal(MessageState.Screened, (await First.Stores.Messages.GetAsync(original, Ct))!.Message.State);
            Assert.Equal(MessageState.Duplicate, (await First.Stores.Messages.GetAsync(repeated, Ct))!.Message.State);
            Assert.Equal(4, await QueryNumberAsync($"SELECT count(*) FROM checks WHERE message_id = {original}"));
            Assert.Equal(0, await QueryNumberAsync($"SELECT count(*) FROM checks WHERE message_id = {repeated}"));
        }

        Assert.Equal(20, await QueryNumberAsync("SELECT count(*) FROM checks"));
        JsonElement onFirst = await FlightAsync(First);
        Assert.Equal(20, onFirst.GetArrayLength());
        Assert.Equal(onFirst.GetRawText(), (await FlightAsync(Second)).GetRawText());
    }

    [Fact]
    public async Task A_check_made_on_one_server_reads_the_same_decision_on_the_other()
    {
        JsonElement made = await (await First.PostCheckAsync(First.Keys.Carrier.Key, CheckBodies.Check(CheckBodies.CustodyAnomaly()))).JsonAsync(HttpStatusCode.OK);
        string checkId = made.Text("checkId");

        JsonElement onFirst = await (await First.GetAsync($"/api/v1/checks/{checkId}", First.Keys.Carrier.Key)).JsonAsync(HttpStatusCode.OK);
        JsonElement onSecond = await (await Second.GetAsync($"/api/v1/checks/{checkId}", Second.Keys.Carrier.Key)).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("contact", made.Text("decision"));
        Assert.Equal(onFirst.GetRawText(), onSecond.GetRawText());
        Assert.Equal("contact", onSecond.Text("decision"));
        JsonElement traveler = Assert.Single((await FlightAsync(Second)).EnumerateArray());
        Assert.Equal((checkId, "contact"), (traveler.Text("checkId"), traveler.Text("decision")));
    }

    [Fact]
    public async Task A_list_import_reaches_the_index_of_both_servers_within_a_second()
    {
        string traveler = CheckBodies.Check(CheckBodies.Traveler("P-77", "Teodor Halvard Brennsund", "1990-04-11", "NOR"));
        Assert.Equal("board", (await (await First.PostCheckAsync(First.Keys.Carrier.Key, traveler)).JsonAsync(HttpStatusCode.OK)).Text("decision"));
        Assert.Equal("board", (await (await Second.PostCheckAsync(Second.Keys.Carrier.Key, traveler)).JsonAsync(HttpStatusCode.OK)).Text("decision"));

        // An invented subject on a new list, imported by a third party (the test) into the servers' database.
        byte[] list = Encoding.UTF8.GetBytes("""
            {"id":"EXT-0001","kind":"person","category":"no-board","names":[{"full":"Teodor Halvard Brennsund","given":"Teodor Halvard","family":"Brennsund"}],"datesOfBirth":["1990-04-11"],"nationalities":["NOR"],"custody":[{"status":"at-large","since":"2025-01"}]}
            """);
        ListImportResult imported = await new ListImportService(First.Stores.Lists, TimeProvider.System).ImportAsync(
            new ListFile("extra.jsonl", new MemoryStream(list)), new ListImportCommand("extra", "vigil-jsonl", ListingCategory.NoBoard, "cli:test"), Ct);
        long importedAt = Stopwatch.GetTimestamp();

        Assert.False(imported.IsRejected, string.Join("; ", imported.Diagnostics));
        TimeSpan[] reached = await Task.WhenAll(new[] { First, Second }.Select(server => UntilContactAsync(server, traveler, importedAt)));
        TestContext.Current.TestOutputHelper?.WriteLine($"the import reached the servers after {string.Join(" and ", reached.Select(r => $"{r.TotalMilliseconds:0} ms"))}");
        Assert.All(reached, elapsed => Assert.True(elapsed < TimeSpan.FromSeconds(1), $"the import reached a server after {elapsed.TotalMilliseconds:0} ms"));
    }

    /// <summary>Checks the traveler on a server until the answer is contact; returns how long after the import.</summary>
    private static async Task<TimeSpan> UntilContactAsync(RunningServer server, string traveler, long importedAt)
    {
        while (Stopwatch.GetElapsedTime(importedAt) < TimeSpan.FromSeconds(10))
        {
            JsonElement answer = await (await server.PostCheckAsync(server.Keys.Carrier.Key, traveler)).JsonAsync(HttpStatusCode.OK);
            if (answer.Text("decision") == "contact")
            {
                return Stopwatch.GetElapsedTime(importedAt);
            }

            await Task.Delay(25, Ct);
        }

        return Stopwatch.GetElapsedTime(importedAt);
    }

    private static async Task<JsonElement> FlightAsync(RunningServer server) =>
        await (await server.GetAsync($"/api/v1/flights/VG/19/{CheckBodies.DepartureDate}/decisions", server.Keys.Carrier.Key)).JsonAsync(HttpStatusCode.OK);

    private async Task<long> QueryNumberAsync(string sql)
    {
        await using NpgsqlConnection connection = new(_database);
        await connection.OpenAsync(Ct);
        await using NpgsqlCommand command = new(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(Ct), CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task A_person_signed_in_on_one_server_is_signed_in_on_the_other()
    {
        await new Vigil.Screening.People.Users(First.Stores.Users, First.Stores.Audit, TimeProvider.System)
            .CreateAsync("twin.analyst", Vigil.Screening.Access.AccessRole.Analyst, "a long enough password", "cli:test", Ct);
        CookieContainer cookies = new();
        using HttpClient browser = new(new HttpClientHandler { CookieContainer = cookies, UseCookies = true, AllowAutoRedirect = false });
        Uri first = new(First.Server.Urls[0]);
        Uri second = new(Second.Server.Urls[0]);

        // The sign-in form of the first server, posted back to it.
        string form = await browser.GetStringAsync(new Uri(first, "/signin"), Ct);
        string token = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value);
        HttpResponseMessage signedIn = await browser.PostAsync(
            new Uri(first, "/signin"),
            new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("name", "twin.analyst"), new("password", "a long enough password")]),
            Ct);
        Assert.Equal(HttpStatusCode.SeeOther, signedIn.StatusCode);

        // The session cookie opens the queue of the second server too (cookies go to a host whatever its port).
        HttpResponseMessage queue = await browser.GetAsync(new Uri(second, "/"), Ct);

        Assert.Equal(HttpStatusCode.OK, queue.StatusCode);
        Assert.Contains("Signed in as twin.analyst (analyst)", await queue.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(1, await QueryNumberAsync("SELECT count(*) FROM server_keys"));
    }
}
