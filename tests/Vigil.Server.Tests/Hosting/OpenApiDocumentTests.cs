using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Vigil.Server.Tests.Support;
using Vigil.Testing;

namespace Vigil.Server.Tests.Hosting;

/// <summary>The OpenAPI document at <c>/openapi/v1.json</c>: every endpoint with its method, the bearer key scheme,
/// the errors of each as problem details; and an approved snapshot, so that a change of the API shows in review.</summary>
/// <remarks>On a difference the snapshot test writes <c>Snapshots/openapi.received.json</c> beside the approved file;
/// review the diff as code, and copy it over <c>openapi.approved.json</c> when the change is intended.</remarks>
public sealed class OpenApiDocumentTests(OpenApiDocumentTests.Fixture server) : IClassFixture<OpenApiDocumentTests.Fixture>
{
    /// <summary>Every operation with the responses it declares.</summary>
    private static readonly (string Method, string Path, int[] Responses)[] Operations =
    [
        ("post", "/api/v1/checks", [200, 400, 401, 403, 413, 415, 422, 429]),
        ("get", "/api/v1/checks/{checkId}", [200, 401, 404, 429]),
        ("post", "/api/v1/manifests", [202, 401, 403, 413, 415, 422, 429]),
        ("get", "/api/v1/flights/{carrier}/{number}/{date}/decisions", [200, 400, 401, 403, 429]),
        ("get", "/api/v1/reviews", [200, 400, 401, 403, 429]),
        ("get", "/api/v1/reviews/{id}", [200, 400, 401, 403, 404, 429]),
        ("post", "/api/v1/reviews/{id}/decisions", [200, 400, 401, 403, 404, 409, 413, 415, 429]),
        ("get", "/api/v1/subjects/{id}", [200, 401, 403, 404, 409, 429]),
        ("get", "/api/v1/lists", [200, 401, 403, 429]),
        ("get", "/health/live", [200]),
        ("get", "/health/ready", [200, 503]),
    ];

    [Fact]
    public async Task The_document_lists_every_endpoint_with_its_method_and_nothing_else()
    {
        JsonObject document = await DocumentAsync();

        Assert.Equal(
            Operations.Select(o => (o.Method, o.Path)).Order(),
            document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject().Select(o => (o.Key, p.Key))).Order());
    }

    [Fact]
    public async Task Every_api_endpoint_requires_the_bearer_key_and_health_needs_none()
    {
        JsonObject document = await DocumentAsync();

        JsonNode scheme = document["components"]!["securitySchemes"]!["Bearer"]!;
        Assert.Equal(("http", "bearer"), ((string?)scheme["type"], (string?)scheme["scheme"]));
        foreach ((string method, string path, _) in Operations)
        {
            JsonNode operation = document["paths"]![path]![method]!;
            string? security = operation["security"]?.ToJsonString();
            Assert.True(path.StartsWith("/api/", StringComparison.Ordinal) ? security == """[{"Bearer":[]}]""" : security is null, $"{method} {path}: security {security}");
        }
    }

    [Fact]
    public async Task Each_endpoint_declares_its_responses_and_every_error_as_problem_details()
    {
        JsonObject document = await DocumentAsync();

        foreach ((string method, string path, int[] expected) in Operations)
        {
            JsonObject responses = document["paths"]![path]![method]!["responses"]!.AsObject();
            Assert.Equal(expected.Select(s => s.ToString(System.Globalization.CultureInfo.InvariantCulture)), responses.Select(r => r.Key));

            // /health/ready says why it is not ready in its own body: load balancers read it, not carriers.
            foreach ((string status, JsonNode? response) in responses.Where(r => r.Key[0] is '4' or '5' && path != "/health/ready"))
            {
                Assert.True(
                    (string?)response!["content"]?["application/problem+json"]?["schema"]?["$ref"] == "#/components/schemas/ProblemDetails",
                    $"{method} {path} {status}: {response.ToJsonString()}");
            }
        }
    }

    [Fact]
    public async Task The_carrier_check_documents_its_json_and_edifact_bodies_and_answers()
    {
        JsonObject document = await DocumentAsync();

        JsonNode check = document["paths"]!["/api/v1/checks"]!["post"]!;
        Assert.Equal("#/components/schemas/CheckRequestBody", (string?)check["requestBody"]!["content"]!["application/json"]!["schema"]!["$ref"]);
        Assert.Equal("#/components/schemas/CheckResponse", (string?)check["responses"]!["200"]!["content"]!["application/json"]!["schema"]!["$ref"]);
        Assert.Equal("string", (string?)check["requestBody"]!["content"]!["application/edifact"]!["schema"]!["type"]);
        Assert.Equal("string", (string?)check["responses"]!["200"]!["content"]!["application/edifact"]!["schema"]!["type"]);
        Assert.Equal(["checkId", "decision"], document["components"]!["schemas"]!["CheckResponse"]!["properties"]!.AsObject().Select(p => p.Key));
        Assert.Equal("string", (string?)document["paths"]!["/api/v1/manifests"]!["post"]!["requestBody"]!["content"]!["application/edifact"]!["schema"]!["type"]);
    }

    [Fact]
    public async Task The_document_matches_the_approved_snapshot()
    {
        JsonObject document = await DocumentAsync();

        // The servers block names the address the document was asked at: a port of this run.
        document.Remove("servers");
        string received = document.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).ReplaceLineEndings("\n") + "\n";
        string folder = Path.Combine(RepositoryRoot.Path, "tests", "Vigil.Server.Tests", "Snapshots");
        string approvedPath = Path.Combine(folder, "openapi.approved.json");
        string approved = File.Exists(approvedPath) ? (await File.ReadAllTextAsync(approvedPath, TestContext.Current.CancellationToken)).ReplaceLineEndings("\n") : string.Empty;
        if (approved != received)
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "openapi.received.json"), received, TestContext.Current.CancellationToken);
        }

        Assert.Equal(approved, received);
    }

    private async Task<JsonObject> DocumentAsync()
    {
        HttpResponseMessage response = await server.Running.GetAsync("/openapi/v1.json", key: null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsObject();
    }

    public sealed class Fixture : SqliteServerFixture;
}
