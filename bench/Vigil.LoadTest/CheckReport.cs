using System.Globalization;
using System.Text.Json;

namespace Vigil.LoadTest;

/// <summary>The figures of a run of checks; only the counted requests (after the warm-up) are in them.</summary>
internal sealed record CheckReport
{
    public required string Url { get; init; }

    public required double Rate { get; init; }

    public required double WarmupSeconds { get; init; }

    public required double DurationSeconds { get; init; }

    public int Connections { get; init; }

    public double TimeoutSeconds { get; init; }

    public int Travelers { get; init; }

    public int ListedTravelers { get; init; }

    /// <summary>Requests due in the counted part.</summary>
    public int Scheduled { get; init; }

    /// <summary>Requests that left (fewer than scheduled only when the run was interrupted).</summary>
    public int Sent { get; init; }

    /// <summary>Requests that got an HTTP response, whatever its status.</summary>
    public int Answered { get; init; }

    public required SortedDictionary<int, int> StatusCodes { get; init; }

    public int Timeouts { get; init; }

    public int ConnectionErrors { get; init; }

    public int OtherErrors { get; init; }

    /// <summary>The first exception of each kind, to say what went wrong.</summary>
    public IReadOnlyList<string> FirstErrors { get; init; } = [];

    /// <summary>Counted requests sent, per second from the first one's scheduled time to the last one's sending.</summary>
    public double SentPerSecond { get; init; }

    /// <summary>Responses to counted requests, per second from the first one's scheduled time to the last response.</summary>
    public double AnsweredPerSecond { get; init; }

    public required LatencySummary FromSchedule { get; init; }

    public required LatencySummary FromSend { get; init; }

    /// <summary><c>Server-Timing: app;dur=</c> of the responses that carry it.</summary>
    public required LatencySummary Server { get; init; }

    /// <summary>Responses without a readable <c>Server-Timing</c> app duration.</summary>
    public int WithoutServerTiming { get; init; }

    public required LatencySummary SendLag { get; init; }

    /// <summary>Responses per <see cref="DecisionSeen"/>.</summary>
    public required int[] Decisions { get; init; }

    /// <summary>Responses to checks of listed people.</summary>
    public int ListedChecks { get; init; }

    /// <summary>Their decisions, per <see cref="DecisionSeen"/>.</summary>
    public required int[] ListedDecisions { get; init; }

    public double ClientCpuSeconds { get; init; }

    /// <summary>The client's processor time over the counted part, as a share of one core.</summary>
    public double ClientCpuShare { get; init; }

    public bool Interrupted { get; init; }

    /// <summary>Answered with a 2xx status.</summary>
    public int Successful => StatusCodes.Where(s => s.Key is >= 200 and < 300).Sum(s => s.Value);

    public void WriteText(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        CultureInfo c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c,
            $"checks: POST {Url}, {Rate:N0} per second for {DurationSeconds:0.#} s after {WarmupSeconds:0.#} s of warm-up, up to {Connections} connections, timeout {TimeoutSeconds:0.#} s{(Interrupted ? " (INTERRUPTED)" : string.Empty)}"));
        output.WriteLine(string.Create(c,
            $"  travelers: {Travelers:N0} in turn, {ListedTravelers:N0} of them listed people under changed names"));
        output.WriteLine(string.Create(c,
            $"  scheduled {Scheduled:N0}, sent {Sent:N0}, answered {Answered:N0} ({string.Join(", ", StatusCodes.Select(s => string.Create(c, $"{s.Key}: {s.Value:N0}")))}); no response: {Timeouts:N0} timeouts, {ConnectionErrors:N0} connection errors, {OtherErrors:N0} other"));
        foreach (string error in FirstErrors)
        {
            output.WriteLine($"    first: {error}");
        }

        output.WriteLine(string.Create(c,
            $"  throughput: {AnsweredPerSecond:N1} answered per second, {SentPerSecond:N1} sent per second (offered {Rate:N0})"));
        output.WriteLine("  latency ms           count       p50       p95       p99     p99.9       max");
        Row(output, "from schedule", FromSchedule);
        Row(output, "from send", FromSend);
        Row(output, "server (app)", Server);
        Row(output, "send lag", SendLag);
        if (WithoutServerTiming > 0)
        {
            output.WriteLine(string.Create(c, $"  {WithoutServerTiming:N0} responses had no Server-Timing app duration"));
        }

        output.WriteLine($"  decisions: {DecisionText(Decisions)}");
        output.WriteLine(string.Create(c, $"  of the {ListedChecks:N0} checks of listed people: {DecisionText(ListedDecisions)}"));
        output.WriteLine(string.Create(c, $"  client: {ClientCpuSeconds:F1} s of processor time while counted, {ClientCpuShare:P0} of one core"));
    }

    public void WriteJson(Utf8JsonWriter w)
    {
        ArgumentNullException.ThrowIfNull(w);
        w.WriteStartObject();
        w.WriteString("mode", "checks");
        w.WriteString("url", Url);
        w.WriteNumber("rate", Rate);
        w.WriteNumber("warmupSeconds", WarmupSeconds);
        w.WriteNumber("durationSeconds", DurationSeconds);
        w.WriteNumber("connections", Connections);
        w.WriteNumber("timeoutSeconds", TimeoutSeconds);
        w.WriteNumber("travelers", Travelers);
        w.WriteNumber("listedTravelers", ListedTravelers);
        w.WriteNumber("scheduled", Scheduled);
        w.WriteNumber("sent", Sent);
        w.WriteNumber("answered", Answered);
        w.WriteNumber("successful", Successful);
        JsonOutput.StatusAndErrors(w, StatusCodes, Timeouts, ConnectionErrors, OtherErrors, FirstErrors);
        w.WriteStartObject("throughput");
        w.WriteNumber("offeredPerSecond", Rate);
        w.WriteNumber("sentPerSecond", Math.Round(SentPerSecond, 1));
        w.WriteNumber("answeredPerSecond", Math.Round(AnsweredPerSecond, 1));
        w.WriteEndObject();
        w.WriteStartObject("latencyMilliseconds");
        JsonOutput.Summary(w, "fromSchedule", FromSchedule);
        JsonOutput.Summary(w, "fromSend", FromSend);
        JsonOutput.Summary(w, "server", Server);
        JsonOutput.Summary(w, "sendLag", SendLag);
        w.WriteEndObject();
        w.WriteNumber("withoutServerTiming", WithoutServerTiming);
        DecisionJson(w, "decisions", Decisions);
        w.WriteStartObject("listed");
        w.WriteNumber("checks", ListedChecks);
        DecisionJson(w, "decisions", ListedDecisions);
        w.WriteEndObject();
        w.WriteStartObject("client");
        w.WriteNumber("cpuSeconds", Math.Round(ClientCpuSeconds, 2));
        w.WriteNumber("coreShare", Math.Round(ClientCpuShare, 3));
        w.WriteEndObject();
        w.WriteBoolean("interrupted", Interrupted);
        w.WriteEndObject();
    }

    private static void Row(TextWriter output, string name, LatencySummary s) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"    {name,-15}{s.Count,10:N0}{JsonOutput.Cell(s.P50)}{JsonOutput.Cell(s.P95)}{JsonOutput.Cell(s.P99)}{JsonOutput.Cell(s.P999)}{JsonOutput.Cell(s.Max)}"));

    /// <summary>"board 57,000, selectee 2,000, contact 0, no-board 1,000", and what else was seen.</summary>
    private static string DecisionText(int[] counts)
    {
        List<string> parts = [];
        for (int d = (int)DecisionSeen.Board; d <= (int)DecisionSeen.Unknown; d++)
        {
            if (d <= (int)DecisionSeen.NoBoard || counts[d] > 0)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"{LoadTest.Decisions.Name((DecisionSeen)d)} {counts[d]:N0}"));
            }
        }

        if (counts[(int)DecisionSeen.None] > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"no decision {counts[(int)DecisionSeen.None]:N0}"));
        }

        return string.Join(", ", parts);
    }

    private static void DecisionJson(Utf8JsonWriter w, string name, int[] counts)
    {
        w.WriteStartObject(name);
        for (int d = (int)DecisionSeen.Board; d <= (int)DecisionSeen.Unknown; d++)
        {
            w.WriteNumber(LoadTest.Decisions.Name((DecisionSeen)d), counts[d]);
        }

        w.WriteNumber("none", counts[(int)DecisionSeen.None]);
        w.WriteEndObject();
    }
}
