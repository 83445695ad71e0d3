using System.Globalization;
using System.Text.Json;

namespace Vigil.LoadTest;

/// <summary>The figures of a run of manifests; only the counted ones (after the warm-up) are in them.</summary>
internal sealed record ManifestReport
{
    public required string Url { get; init; }

    public int Count { get; init; }

    public int Warmup { get; init; }

    public int Concurrency { get; init; }

    public int TravelersEach { get; init; }

    public double AverageBytes { get; init; }

    public int Sent { get; init; }

    public int Answered { get; init; }

    public required SortedDictionary<int, int> StatusCodes { get; init; }

    public int Timeouts { get; init; }

    public int ConnectionErrors { get; init; }

    public int OtherErrors { get; init; }

    public IReadOnlyList<string> FirstErrors { get; init; } = [];

    /// <summary>Answers per <c>outcome</c>.</summary>
    public required SortedDictionary<string, int> Outcomes { get; init; }

    /// <summary>Answers with a <c>duplicateOf</c>: the server took the manifest for one it had already.</summary>
    public int Duplicates { get; init; }

    /// <summary>The sum of the answers' <c>travelers</c>.</summary>
    public long TravelersReported { get; init; }

    /// <summary>From sending to the whole answer read, per manifest.</summary>
    public required LatencySummary Client { get; init; }

    /// <summary><c>Server-Timing: app;dur=</c>, per manifest.</summary>
    public required LatencySummary Server { get; init; }

    public double ElapsedSeconds { get; init; }

    public bool Interrupted { get; init; }

    public void WriteText(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        CultureInfo c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c,
            $"manifests: POST {Url}, {Count} PAXLST manifests of {TravelersEach} travelers ({AverageBytes / 1000:N0} kB each), {Concurrency} at a time, after {Warmup} not counted{(Interrupted ? " (INTERRUPTED)" : string.Empty)}"));
        output.WriteLine(string.Create(c,
            $"  sent {Sent}, answered {Answered} ({string.Join(", ", StatusCodes.Select(s => string.Create(c, $"{s.Key}: {s.Value}")))}); no response: {Timeouts} timeouts, {ConnectionErrors} connection errors, {OtherErrors} other"));
        foreach (string error in FirstErrors)
        {
            output.WriteLine($"    first: {error}");
        }

        output.WriteLine(string.Create(c,
            $"  outcomes: {string.Join(", ", Outcomes.Select(o => string.Create(c, $"{o.Key} {o.Value}")))}; duplicates {Duplicates}; travelers reported {TravelersReported:N0} of {(long)Sent * TravelersEach:N0} sent"));
        output.WriteLine(string.Create(c, $"  {Sent} manifests in {ElapsedSeconds:F1} s"));
        output.WriteLine("  latency ms per manifest   count       p50       p95       max");
        Row(output, "client (from send)", Client);
        Row(output, "server (app)", Server);
    }

    public void WriteJson(Utf8JsonWriter w)
    {
        ArgumentNullException.ThrowIfNull(w);
        w.WriteStartObject();
        w.WriteString("mode", "manifests");
        w.WriteString("url", Url);
        w.WriteNumber("manifests", Count);
        w.WriteNumber("warmup", Warmup);
        w.WriteNumber("concurrency", Concurrency);
        w.WriteNumber("travelersEach", TravelersEach);
        w.WriteNumber("averageBytes", Math.Round(AverageBytes));
        w.WriteNumber("sent", Sent);
        w.WriteNumber("answered", Answered);
        JsonOutput.StatusAndErrors(w, StatusCodes, Timeouts, ConnectionErrors, OtherErrors, FirstErrors);
        w.WriteStartObject("outcomes");
        foreach ((string outcome, int count) in Outcomes)
        {
            w.WriteNumber(outcome, count);
        }

        w.WriteEndObject();
        w.WriteNumber("duplicates", Duplicates);
        w.WriteNumber("travelersReported", TravelersReported);
        w.WriteStartObject("latencyMilliseconds");
        JsonOutput.Summary(w, "client", Client);
        JsonOutput.Summary(w, "server", Server);
        w.WriteEndObject();
        w.WriteNumber("elapsedSeconds", Math.Round(ElapsedSeconds, 2));
        w.WriteBoolean("interrupted", Interrupted);
        w.WriteEndObject();
    }

    private static void Row(TextWriter output, string name, LatencySummary s) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"    {name,-20}{s.Count,8}{JsonOutput.Cell(s.P50)}{JsonOutput.Cell(s.P95)}{JsonOutput.Cell(s.Max)}"));
}
