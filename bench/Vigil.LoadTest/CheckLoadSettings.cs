namespace Vigil.LoadTest;

/// <summary>What a run of checks sends: where, how fast, for how long.</summary>
/// <param name="Checks">The URL of <c>POST /api/v1/checks</c>.</param>
/// <param name="Rate">Requests per second, sent on a fixed schedule.</param>
/// <param name="Warmup">Sent first and not counted.</param>
/// <param name="Duration">Sent after the warm-up and counted.</param>
internal sealed record CheckLoadSettings(Uri Checks, double Rate, TimeSpan Warmup, TimeSpan Duration)
{
    /// <summary>The requests of the warm-up.</summary>
    public int WarmupRequests => (int)Math.Round(Rate * Warmup.TotalSeconds);

    /// <summary>The requests counted.</summary>
    public int MeasuredRequests => (int)Math.Round(Rate * Duration.TotalSeconds);

    public int TotalRequests => WarmupRequests + MeasuredRequests;
}
