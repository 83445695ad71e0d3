using System.Diagnostics;
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

    [Fact]
    public async Task A_key_limited_to_two_requests_a_second_gets_no_more_than_its_burst_and_rate_in_a_second()
    {
        RunningServer running = server.Running;
        int answered = 0;
        long started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(1))
        {
            HttpResponseMessage response = await running.GetAsync("/api/v1/checks/chk_00000000000000000000000000", running.Keys.Admin.Key);
            answered += response.StatusCode == HttpStatusCode.TooManyRequests ? 0 : 1;
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        // A bucket of two seconds' worth (4) and one second of refill at 2 a second: 6 at most, with one more for
        // timing; at least the rate, however slow this machine is.
        Assert.InRange(answered, 2, 7);
    }

    public sealed class Fixture : SqliteServerFixture
    {
        protected override ServerOptions Configure(ServerOptions options) => options with { RateLimitPerSecond = 2 };
    }
}
