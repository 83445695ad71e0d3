using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Vigil.Screening.Messages;
using Vigil.Server.Tests.Support;
using Vigil.Testing;

namespace Vigil.Server.Tests.Endpoints;

/// <summary>The interactive API: a PAXLST posted to <c>/api/v1/checks</c> as <c>application/edifact</c> is answered
/// with a CUSRES message, one response group per traveler, read back here with Vigil's own EDIFACT reader.</summary>
public sealed class InteractiveApiTests : IAsyncLifetime
{
    private readonly TempDirectory _directory = new("vigil-server-iapi-");
    private RunningServer? _server;

    private RunningServer Server => _server ?? throw new InvalidOperationException("Not initialized.");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _server = await RunningServer.StartAsync(_directory.Combine("vigil.db"), Ct);

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }

    [Fact]
    public async Task A_paxlst_request_is_answered_with_a_cusres_response_per_traveler_by_his_reference()
    {
        byte[] request = PaxlstBuilder.Build("IAPI0001", [PaxlstPassenger.Innocents[0], PaxlstPassenger.NoBoard, PaxlstPassenger.Secondary, PaxlstPassenger.Detained]);

        HttpResponseMessage response = await Server.SendAsync(HttpMethod.Post, "/api/v1/checks", Server.Keys.Carrier.Key, RequestBodies.Edifact(request));

        byte[] answer = await response.Content.ReadAsByteArrayAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, System.Text.Encoding.Latin1.GetString(answer));
        Assert.Equal("application/edifact", response.Content.Headers.ContentType?.MediaType);
        CusresReadBack cusres = CusresReadBack.Of(answer);
        Assert.Empty(cusres.Issues);
        Assert.Equal("CUSRES", Assert.Single(cusres.Messages).Type);
        Assert.Equal(("BORDERAGENCY", "VIGILTEST"), (cusres.Interchange!.Sender, cusres.Interchange.Recipient));
        Assert.Equal(
        [
            ["ERP+2", "RFF+AVF:BK7QX1", "ERC+0Z", "FTX+AAP+++OK TO BOARD"],
            ["ERP+2", "RFF+AVF:BK9ZZ2", "ERC+2Z", "FTX+AAP+++CONTACT BORDER AUTHORITY - BOARDING PASS INHIBITED"],
            ["ERP+2", "RFF+AVF:BK9ZZ3", "ERC+4Z", "FTX+AAP+++OK TO BOARD - SELECTED FOR ADDITIONAL SCREENING"],
            ["ERP+2", "RFF+AVF:BK9ZZ1", "ERC+2Z", "FTX+AAP+++CONTACT BORDER AUTHORITY - BOARDING PASS INHIBITED"],
        ],
        cusres.ResponseGroups());
    }

    [Fact]
    public async Task The_travelers_of_an_interactive_request_are_kept_as_checks_of_their_flight()
    {
        byte[] request = PaxlstBuilder.Build("IAPI0002", [PaxlstPassenger.Innocents[1], PaxlstPassenger.Detained]);

        HttpResponseMessage response = await Server.SendAsync(HttpMethod.Post, "/api/v1/checks", Server.Keys.Carrier.Key, RequestBodies.Edifact(request));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonElement decisions = await (await Server.GetAsync($"/api/v1/flights/VG/19/{CheckBodies.DepartureDate}/decisions", Server.Keys.Carrier.Key)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(
            [("MIAPI0002/1", "board"), ("MIAPI0002/2", "contact")],
            decisions.EnumerateArray().Select(d => (d.Text("travelerId"), d.Text("decision"))));
    }

    [Fact]
    public async Task Unreadable_bytes_sent_by_a_system_that_reads_edifact_get_the_cusres_error_answer_and_the_message_id()
    {
        byte[] request = "GARBAGE THAT IS NOT EDIFACT\u0000\u0001"u8.ToArray();

        HttpResponseMessage response = await Server.SendAsync(HttpMethod.Post, "/api/v1/checks", Server.Keys.Carrier.Key, RequestBodies.Edifact(request), accept: "application/edifact");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/edifact", response.Content.Headers.ContentType?.MediaType);
        long messageId = long.Parse(Assert.Single(response.Headers.GetValues("Vigil-Message-Id")), CultureInfo.InvariantCulture);
        CusresReadBack cusres = CusresReadBack.Of(await response.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(["9Z"], cusres.ResponseCodes().Select(c => c ?? "(none)"));
        Assert.Equal(["ERP+1", "ERC+9Z", "FTX+AAP+++REQUEST UNREADABLE - CHECK AND RESEND"], Assert.Single(cusres.ResponseGroups()));
        await AssertQuarantinedAsync(messageId, request);
    }

    [Fact]
    public async Task Unreadable_bytes_sent_without_asking_for_edifact_get_problem_details_with_the_message_id()
    {
        byte[] request = "GARBAGE THAT IS NOT EDIFACT EITHER"u8.ToArray();

        HttpResponseMessage response = await Server.SendAsync(HttpMethod.Post, "/api/v1/checks", Server.Keys.Carrier.Key, RequestBodies.Edifact(request));

        JsonElement problem = await response.ProblemAsync(HttpStatusCode.UnprocessableEntity);
        long messageId = problem.GetProperty("messageId").GetInt64();
        Assert.Equal(messageId.ToString(CultureInfo.InvariantCulture), Assert.Single(response.Headers.GetValues("Vigil-Message-Id")));
        Assert.NotEmpty(problem.GetProperty("errors").EnumerateArray());
        await AssertQuarantinedAsync(messageId, request);
    }

    private async Task AssertQuarantinedAsync(long messageId, byte[] request)
    {
        MessageRecord kept = Assert.Single(await Server.Stores.Messages.ListAsync(new MessageQuery { State = MessageState.Quarantined }, Ct));
        Assert.Equal((messageId, ParseOutcome.Unreadable, "iapi"), (kept.Id, kept.Outcome, kept.SourceName));
        Assert.Equal(request, (await Server.Stores.Messages.GetAsync(messageId, Ct))!.Content.ToArray());
    }
}
