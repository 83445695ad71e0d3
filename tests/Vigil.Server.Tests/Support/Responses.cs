using System.Net;
using System.Text.Json;

namespace Vigil.Server.Tests.Support;

/// <summary>Reads and checks responses.</summary>
public static class Responses
{
    public const string ProblemJson = "application/problem+json";

    /// <summary>The JSON body of a response with the expected status.</summary>
    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        string body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Asserts that a response is RFC 9457 problem details with the expected status and (when given) Vigil's
    /// diagnostic code, and returns it.</summary>
    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string? code = null)
    {
        JsonElement problem = await response.JsonAsync(status);
        Assert.Equal(ProblemJson, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        string actual = problem.GetProperty("code").GetString() ?? string.Empty;
        Assert.StartsWith("VGL-", actual, StringComparison.Ordinal);
        if (code is not null)
        {
            Assert.Equal(code, actual);
        }

        return problem;
    }

    /// <summary>The names of an object's properties, in order.</summary>
    public static string[] PropertyNames(this JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];

    public static string Text(this JsonElement element, string property) =>
        element.GetProperty(property).GetString() ?? throw new InvalidOperationException($"{property} is null in {element}");
}
