using System.Globalization;
using System.Net;
using System.Text.Json;
using Vigil.Server.Tests.Support;

namespace Vigil.Server.Tests.Hosting;

/// <summary>Per-key rate limits: a key over its rate is answered 429 with Retry-After, as problem details; other keys
/// are not held back by it.</summary>
public sealed class RateLimitTests(RateLimitTests.Fixture server) : IClassFixture<RateLimitTests.Fixture>
{
    [Fact]
    public async Task A_key_over_its_rate_is_answered_429_with_retry_after_and_other_keys_go_on()
    {
        RunningServer running = server.Running;
        HttpResponseMessage? refused = null;
        for (int i = 0; i < 20 && refused is null; i++)
        {
            HttpResponseMessage response = await running.GetAsync("/api/v1/lists", running.Keys.Analyst.Key);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                refused = response;
            }
        }

        Assert.NotNull(refused);
        JsonElement problem = await refused.ProblemAsync(HttpStatusCode.TooManyRequests, "VGL-API014");
        Assert.Contains("2 requests per second", problem.Text("detail"), StringComparison.Ordinal);
        int retryAfter = int.Parse(Assert.Single(refused.Headers.GetValues("Retry-After")), CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 2);
        Assert.Equal(HttpStatusCode.OK, (await running.GetAsync("/api/v1/lists", running.Keys.Supervisor.Key)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await running.GetAsync("/health/ready", key: null)).StatusCode);
    }

    public sealed class Fixture : SqliteServerFixture
    {
        protected override ServerOptions Configure(ServerOptions options) => options with { RateLimitPerSecond = 2 };
    }
}
