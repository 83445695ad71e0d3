using System.Globalization;
using System.Net;
using System.Text.Json;
using Vigil.Server.Tests.Support;

namespace Vigil.Server.Tests.Security;

/// <summary>Every endpoint called with every kind of key, or none: the exact status, and problem details with
/// Vigil's code on every refusal.</summary>
public sealed class RoleTests(RoleTests.Fixture server) : IClassFixture<RoleTests.Fixture>
{
    /// <summary>Who calls.</summary>
    public enum Who
    {
        NoKey,
        MalformedKey,
        WrongSecret,
        RevokedKey,
        Carrier,
        CarrierOnAnotherCarriersFlight,
        Analyst,
        Supervisor,
        Admin,
    }

    /// <summary>The expected status of each endpoint for each caller, in the order of <see cref="Who"/>.</summary>
    private static readonly (string Endpoint, int[] Statuses)[] Table =
    [
        //                         none malformed wrong revoked carrier other-carrier analyst supervisor admin
        ("POST /api/v1/checks (JSON)", [401, 401, 401, 401, 200, 403, 403, 403, 200]),
        ("POST /api/v1/checks (EDIFACT)", [401, 401, 401, 401, 200, 403, 403, 403, 200]),
        ("GET /api/v1/checks/{checkId}", [401, 401, 401, 401, 200, 404, 200, 200, 200]),
        ("POST /api/v1/manifests", [401, 401, 401, 401, 202, 403, 403, 403, 202]),
        ("GET /api/v1/flights/{carrier}/{number}/{date}/decisions", [401, 401, 401, 401, 200, 403, 200, 200, 200]),
        ("GET /api/v1/reviews", [401, 401, 401, 401, 403, 403, 200, 200, 200]),
        ("GET /api/v1/subjects/{id}", [401, 401, 401, 401, 403, 403, 200, 200, 200]),
        ("GET /api/v1/lists", [401, 401, 401, 401, 403, 403, 200, 200, 200]),
        ("GET /health/live", [200, 200, 200, 200, 200, 200, 200, 200, 200]),
        ("GET /health/ready", [200, 200, 200, 200, 200, 200, 200, 200, 200]),
        ("GET /openapi/v1.json", [200, 200, 200, 200, 200, 200, 200, 200, 200]),
    ];

    private static int _references;

    public static TheoryData<string, Who, int> Cases()
    {
        TheoryData<string, Who, int> cases = [];
        foreach ((string endpoint, int[] statuses) in Table)
        {
            Assert.Equal(Enum.GetValues<Who>().Length, statuses.Length);
            foreach (Who who in Enum.GetValues<Who>())
            {
                cases.Add(endpoint, who, statuses[(int)who]);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_endpoint_answers_each_caller_with_the_status_of_its_role(string endpoint, Who who, int status)
    {
        TestKeys keys = server.Running.Keys;
        string? key = who switch
        {
            Who.NoKey => null,
            Who.MalformedKey => TestKeys.Malformed,
            Who.WrongSecret => keys.WrongSecret,
            Who.RevokedKey => keys.Revoked.Key,
            Who.Carrier or Who.CarrierOnAnotherCarriersFlight => keys.Carrier.Key,
            Who.Analyst => keys.Analyst.Key,
            Who.Supervisor => keys.Supervisor.Key,
            _ => keys.Admin.Key,
        };
        bool other = who == Who.CarrierOnAnotherCarriersFlight;
        string carrier = other ? TestKeys.OtherCarrier : TestKeys.OwnCarrier;
        string reference = "ROLE" + Interlocked.Increment(ref _references).ToString("D5", CultureInfo.InvariantCulture);
        (HttpMethod method, string path, HttpContent? content) = endpoint switch
        {
            "POST /api/v1/checks (JSON)" => (HttpMethod.Post, "/api/v1/checks", RequestBodies.Json(CheckBodies.Check(CheckBodies.Innocent(), CheckBodies.Flight(carrier)))),
            "POST /api/v1/checks (EDIFACT)" => (HttpMethod.Post, "/api/v1/checks", RequestBodies.Edifact(PaxlstBuilder.Build(reference, [PaxlstPassenger.Innocents[0]], carrier))),
            "GET /api/v1/checks/{checkId}" => (HttpMethod.Get, $"/api/v1/checks/{(other ? server.OtherCarriersCheck : server.OwnCheck)}", null),
            "POST /api/v1/manifests" => (HttpMethod.Post, "/api/v1/manifests", RequestBodies.Edifact(PaxlstBuilder.Build(reference, PaxlstPassenger.Innocents, carrier))),
            "GET /api/v1/flights/{carrier}/{number}/{date}/decisions" => (HttpMethod.Get, $"/api/v1/flights/{carrier}/19/{CheckBodies.DepartureDate}/decisions", null),
            "GET /api/v1/reviews" => (HttpMethod.Get, "/api/v1/reviews?state=open", null),
            "GET /api/v1/subjects/{id}" => (HttpMethod.Get, "/api/v1/subjects/NFL-2019-0011", null),
            "GET /api/v1/lists" => (HttpMethod.Get, "/api/v1/lists", null),
            _ => (HttpMethod.Get, endpoint["GET ".Length..], (HttpContent?)null),
        };

        using HttpResponseMessage response = await server.Running.SendAsync(method, path, key, content);

        string body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True((int)response.StatusCode == status, $"{endpoint} as {who}: expected {status}, got {(int)response.StatusCode}: {body}");
        if (status >= 400)
        {
            string code = status switch { 401 => "VGL-API006", 403 => "VGL-API007", _ => "VGL-API009" };
            JsonElement problem = await response.ProblemAsync((HttpStatusCode)status, code);
            Assert.False(string.IsNullOrWhiteSpace(problem.Text("detail")));
            Assert.Equal(status == 401 ? "Bearer" : null, response.Headers.WwwAuthenticate.SingleOrDefault()?.Scheme);
        }
        else
        {
            string expected = endpoint.EndsWith("(EDIFACT)", StringComparison.Ordinal) ? "application/edifact" : "application/json";
            Assert.Equal(expected, response.Content.Headers.ContentType?.MediaType);
        }
    }

    /// <summary>One server for every case: a check of the key's own carrier and one of another carrier, made first.
    /// No case depends on what another did: checks and manifests made by the cases carry references of their own.</summary>
    public sealed class Fixture : SqliteServerFixture
    {
        public string OwnCheck { get; private set; } = string.Empty;

        public string OtherCarriersCheck { get; private set; } = string.Empty;

        public override async ValueTask InitializeAsync()
        {
            await base.InitializeAsync();
            OwnCheck = await CheckAsync(Running.Keys.Carrier.Key, TestKeys.OwnCarrier);
            OtherCarriersCheck = await CheckAsync(Running.Keys.OtherCarrierKey.Key, TestKeys.OtherCarrier);
        }

        // No rate limit: the unauthenticated cases alone would use up the per-address bucket.
        protected override ServerOptions Configure(ServerOptions options) => options with { RateLimitPerSecond = 0 };

        private async Task<string> CheckAsync(string key, string carrier)
        {
            using HttpResponseMessage response = await Running.PostCheckAsync(key, CheckBodies.Check(CheckBodies.NoBoardEntry(), CheckBodies.Flight(carrier)));
            return (await response.JsonAsync(HttpStatusCode.OK)).Text("checkId");
        }
    }
}
