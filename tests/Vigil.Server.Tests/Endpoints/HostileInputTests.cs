using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Vigil.Screening.Checks;
using Vigil.Screening.Messages;
using Vigil.Server.Tests.Support;

namespace Vigil.Server.Tests.Endpoints;

/// <summary>Bodies that are not what an endpoint reads: each refused with the status that says why, as problem
/// details that locate the problem.</summary>
public sealed class HostileInputTests(HostileInputTests.Fixture server) : IClassFixture<HostileInputTests.Fixture>
{
    private const int MaxMessageBytes = 256 * 1024;

    private RunningServer Server => server.Running;

    private string Admin => server.Running.Keys.Admin.Key;

    [Theory]
    [InlineData("""{"flight":{"carrier":"VG","number":19x},"traveler":{"id":"P-1","name":"Ingrid Solvang"}}""", "$.flight.number", 1, 38)]
    [InlineData("""{"flight":{"carrier":"VG","number":"19","departureTime":"2026-03-15T09:10"},"traveler":{"id":"P-1","name":"Ingrid""", "$.traveler.name", 1, 114)]
    [InlineData("{\n  \"flight\": {\"carrier\": \"VG\"},\n  \"traveler\": [1, 2, }\n}", "$.traveler[2]", 3, 22)]
    [InlineData("{\"flight\":{},\"traveler\":{\"id\":\"P-1\",\"names\":[[\"Ingrid\"],[\"Solvang\" \"Ruud\"]]}}", "$.traveler.names[1][1]", 1, 68)]
    [InlineData("", "$", 1, 1)]
    public async Task A_body_that_is_not_json_is_refused_400_naming_the_json_path_line_and_column(string body, string path, int line, int column)
    {
        JsonElement problem = await (await Server.PostCheckAsync(Admin, body)).ProblemAsync(HttpStatusCode.BadRequest, "VGL-API001");

        JsonElement error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal(("VGL-API001", path), (error.Text("code"), error.Text("path")));
        Assert.Equal((line, column), (error.GetProperty("line").GetInt32(), error.GetProperty("column").GetInt32()));
    }

    [Theory]
    [InlineData("{\"flight\":{\"carrier\":\"VG\",\"number\":\"1\\ud8009\"},\"traveler\":{}}", "$.flight.number", 1, 36)]
    [InlineData("{\"flight\":{\"carrier\":\"VG\",\"num\\udc00ber\":\"19\"},\"traveler\":{}}", "$.flight", 1, 27)]
    [InlineData("{\"flight\":{},\n\"traveler\":{\"id\":\"P-1\",\"names\":[\"Ingrid\",\"Solvang \\ud83d\"]}}", "$.traveler.names[1]", 2, 42)]
    [InlineData("{\"flight\":{\"carrier\":\"V\u00ffG\"},\"traveler\":{}}", "$.flight.carrier", 1, 22)]
    public async Task A_string_that_is_not_unicode_text_is_refused_400_with_its_path(string body, string path, int line, int column)
    {
        // \u00ff stands for the single byte 0xFF, which is not UTF-8.
        byte[] bytes = [.. body.Select(c => (byte)c)];

        HttpResponseMessage response = await Server.SendAsync(HttpMethod.Post, "/api/v1/checks", Admin, RequestBodies.With(bytes, "application/json"));

        JsonElement problem = await response.ProblemAsync(HttpStatusCode.BadRequest, "VGL-API001");
        JsonElement error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal((path, line, column), (error.Text("path"), error.GetProperty("line").GetInt32(), error.GetProperty("column").GetInt32()));
    }

    [Fact]
    public async Task Every_field_of_the_wrong_type_or_form_is_named_by_its_path()
    {
        string body = """
            {"flight":{"carrier":"V$G","number":19,"departureAirport":"LONDON","departureTime":"15/03/2026"},
             "traveler":{"id":"P-1","name":"Ingrid Solvang","dob":"1979-13-45"}}
            """;

        JsonElement problem = await (await Server.PostCheckAsync(Admin, body)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(
        [
            ("VGL-API003", "$.flight.carrier"),
            ("VGL-API003", "$.flight.number"),
            ("VGL-API003", "$.flight.departureAirport"),
            ("VGL-API003", "$.flight.departureTime"),
            ("VGL-TRV006", "$.traveler.dob"),
        ],
        problem.GetProperty("errors").EnumerateArray().Select(e => (e.Text("code"), e.Text("path"))));
        Assert.Equal("VGL-API003", problem.Text("code"));
    }

    [Theory]
    [InlineData("{}", "$.flight", "$.traveler")]
    [InlineData("""{"flight":{"carrier":"VG","departureTime":"2026-03-15T09:10"},"traveler":null}""", "$.flight.number", "$.traveler")]
    public async Task Missing_fields_are_named_by_their_paths(string body, string first, string second)
    {
        JsonElement problem = await (await Server.PostCheckAsync(Admin, body)).ProblemAsync(HttpStatusCode.BadRequest, "VGL-API002");

        Assert.Equal([("VGL-API002", first), ("VGL-API002", second)], problem.GetProperty("errors").EnumerateArray().Select(e => (e.Text("code"), e.Text("path"))));
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("\t")]
    public async Task A_traveler_with_a_blank_id_is_refused_400_with_its_path(string id)
    {
        HttpResponseMessage response = await Server.PostCheckAsync(Admin, CheckBodies.Check(CheckBodies.Traveler(id, "Ingrid Solvang")));

        JsonElement problem = await response.ProblemAsync(HttpStatusCode.BadRequest, "VGL-TRV003");
        Assert.Equal("$.traveler.id", Assert.Single(problem.GetProperty("errors").EnumerateArray()).Text("path"));
    }

    [Theory]
    [InlineData("name", 257)]
    [InlineData("name", 60_000)]
    [InlineData("givenNames", 300)]
    [InlineData("familyName", 5_000)]
    public async Task A_name_longer_than_any_travelers_is_refused_400_before_it_is_screened(string field, int length)
    {
        JsonObject traveler = new() { ["id"] = "P-1", ["familyName"] = "Solvang", [field] = new string('Q', length) };

        HttpResponseMessage response = await Server.PostCheckAsync(Admin, CheckBodies.Check(traveler));

        JsonElement problem = await response.ProblemAsync(HttpStatusCode.BadRequest, "VGL-API003");
        JsonElement error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal($"$.traveler.{field}", error.Text("path"));
        Assert.Contains($"at most {CheckRequestReader.MaxNameLength}", error.Text("message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_of_the_longest_length_read_is_screened()
    {
        HttpResponseMessage response = await Server.PostCheckAsync(Admin, CheckBodies.Check(CheckBodies.Traveler("P-1", new string('Q', CheckRequestReader.MaxNameLength))));

        Assert.Equal("board", (await response.JsonAsync(HttpStatusCode.OK)).Text("decision"));
    }

    [Fact]
    public async Task Unknown_fields_are_ignored()
    {
        string body = """
            {"flight":{"carrier":"VG","number":"19","departureTime":"2026-03-15T09:10","gate":"B7","aircraft":{"type":"A321"}},
             "traveler":{"id":"P-1","name":"Imran Qadir Qadiri","dob":"1987","nationality":"GBR","seat":"14C","loyalty":{"tier":"gold","miles":[1,2,3]}},
             "priority":true,"comment":null}
            """;

        JsonElement answer = await (await Server.PostCheckAsync(Admin, body)).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(["checkId", "decision"], answer.PropertyNames());
        Assert.Equal("contact", answer.Text("decision"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_check_body_over_the_limit_is_refused_413_whether_its_length_is_declared_or_not(bool declared)
    {
        string padding = new('x', new ServerOptions().MaxCheckBytes);
        JsonObject traveler = CheckBodies.Traveler("P-1", "Ingrid Solvang");
        traveler["remark"] = padding;
        byte[] body = Encoding.UTF8.GetBytes(CheckBodies.Check(traveler));
        HttpContent content = declared ? RequestBodies.Json(Encoding.UTF8.GetString(body)) : new StreamContent(new UnknownLengthStream(body));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        HttpResponseMessage response = await Server.SendAsync(HttpMethod.Post, "/api/v1/checks", Admin, content);

        await response.ProblemAsync(HttpStatusCode.RequestEntityTooLarge, "VGL-API004");
    }

    [Theory]
    [InlineData(MaxMessageBytes + 1)]
    [InlineData(MaxMessageBytes + (2 << 20))]
    public async Task A_manifest_over_the_limit_is_refused_413_nothing_is_kept_and_the_connection_closes_as_announced(int size)
    {
        int kept = (await Server.Stores.Messages.ListAsync(new MessageQuery { Limit = 1000 }, TestContext.Current.CancellationToken)).Count;
        StreamContent content = new(new UnknownLengthStream(new byte[size]));
        content.Headers.TryAddWithoutValidation("Content-Type", "application/edifact");

        HttpResponseMessage refused = await Server.SendAsync(HttpMethod.Post, "/api/v1/manifests", Admin, content);

        await refused.ProblemAsync(HttpStatusCode.RequestEntityTooLarge, "VGL-API004");
        Assert.True(refused.Headers.ConnectionClose);

        // The next request goes out on a new connection; this one has its length declared.
        HttpResponseMessage next = await Server.SendAsync(HttpMethod.Post, "/api/v1/manifests", Admin, RequestBodies.Edifact(new byte[size]));
        await next.ProblemAsync(HttpStatusCode.RequestEntityTooLarge, "VGL-API004");
        Assert.True(next.Headers.ConnectionClose);
        Assert.Equal(kept, (await Server.Stores.Messages.ListAsync(new MessageQuery { Limit = 1000 }, TestContext.Current.CancellationToken)).Count);
    }

    [Theory]
    [InlineData("/api/v1/checks", "text/plain")]
    [InlineData("/api/v1/checks", "application/xml")]
    [InlineData("/api/v1/checks", null)]
    [InlineData("/api/v1/manifests", "application/json")]
    [InlineData("/api/v1/manifests", "text/plain; charset=utf-8")]
    [InlineData("/api/v1/manifests", null)]
    public async Task A_body_of_a_content_type_the_endpoint_does_not_read_is_refused_415(string path, string? contentType)
    {
        HttpContent content = RequestBodies.With(Encoding.UTF8.GetBytes(CheckBodies.Check(CheckBodies.Innocent())), contentType);

        HttpResponseMessage response = await Server.SendAsync(HttpMethod.Post, path, Admin, content);

        JsonElement problem = await response.ProblemAsync(HttpStatusCode.UnsupportedMediaType, "VGL-API005");
        Assert.Contains($"Content-Type '{contentType}' is not read", problem.Text("detail"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET", "/api/v1/nothing-here", 404, "VGL-API012")]
    [InlineData("GET", "/api/v2/checks", 404, "VGL-API012")]
    [InlineData("GET", "/index.html", 404, "VGL-API012")]
    [InlineData("DELETE", "/api/v1/checks", 405, "VGL-API013")]
    [InlineData("PUT", "/api/v1/manifests", 405, "VGL-API013")]
    [InlineData("GET", "/openapi/v2.json", 404, "VGL-API012")]
    public async Task A_request_for_no_endpoint_is_answered_with_problem_details(string method, string path, int status, string code)
    {
        HttpResponseMessage response = await Server.SendAsync(new HttpMethod(method), path, Admin);

        await response.ProblemAsync((HttpStatusCode)status, code);
    }

    [Theory]
    [InlineData("/api/v1/checks/not-a-check-id", 404, "VGL-API009")]
    [InlineData("/api/v1/checks/chk_00000000000000000000000000", 404, "VGL-API009")]
    [InlineData("/api/v1/subjects/NOBODY-0000", 404, "VGL-API010")]
    [InlineData("/api/v1/flights/V%24G/19/2026-03-15/decisions", 400, "VGL-API003")]
    [InlineData("/api/v1/flights/VG/19999/2026-03-15/decisions", 400, "VGL-API003")]
    [InlineData("/api/v1/flights/VG/19/15-03-2026/decisions", 400, "VGL-API003")]
    [InlineData("/api/v1/reviews?state=pending", 400, "VGL-API003")]
    [InlineData("/api/v1/reviews?limit=0", 400, "VGL-API003")]
    [InlineData("/api/v1/reviews?limit=many", 400, "VGL-API003")]
    [InlineData("/api/v1/reviews?limit=99999999999", 400, "VGL-API003")]
    public async Task A_path_or_query_parameter_that_names_nothing_is_answered_with_problem_details(string path, int status, string code)
    {
        HttpResponseMessage response = await Server.GetAsync(path, Admin);

        await response.ProblemAsync((HttpStatusCode)status, code);
    }

    public sealed class Fixture : SqliteServerFixture
    {
        protected override ServerOptions Configure(ServerOptions options) => options with { RateLimitPerSecond = 0, MaxMessageBytes = MaxMessageBytes };
    }

    /// <summary>A body sent chunked: the server cannot trust a declared length it was not given.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
