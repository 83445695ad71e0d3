using System.Text.Json;

namespace Vigil.LoadTest;

/// <summary>Pieces of JSON and text shared by the reports.</summary>
internal static class JsonOutput
{
    public static readonly JsonWriterOptions Options = new() { Indented = true };

    /// <summary><c>{"count","p50","p95","p99","p999","max"}</c> in milliseconds; null where there is no value.</summary>
    public static void Summary(Utf8JsonWriter w, string name, LatencySummary s)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(s);
        w.WriteStartObject(name);
        w.WriteNumber("count", s.Count);
        Number(w, "p50", s.P50);
        Number(w, "p95", s.P95);
        Number(w, "p99", s.P99);
        Number(w, "p999", s.P999);
        Number(w, "max", s.Max);
        w.WriteEndObject();
    }

    /// <summary><c>"status":{"200":N,…},"errors":{"timeouts","connection","other","first":[…]}</c>: how the requests
    /// were answered, or why not.</summary>
    public static void StatusAndErrors(Utf8JsonWriter w, SortedDictionary<int, int> statusCodes, int timeouts, int connectionErrors, int otherErrors, IReadOnlyList<string> firstErrors)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(statusCodes);
        ArgumentNullException.ThrowIfNull(firstErrors);
        w.WriteStartObject("status");
        foreach ((int status, int count) in statusCodes)
        {
            w.WriteNumber(status.ToString(System.Globalization.CultureInfo.InvariantCulture), count);
        }

        w.WriteEndObject();
        w.WriteStartObject("errors");
        w.WriteNumber("timeouts", timeouts);
        w.WriteNumber("connection", connectionErrors);
        w.WriteNumber("other", otherErrors);
        w.WriteStartArray("first");
        foreach (string error in firstErrors)
        {
            w.WriteStringValue(error);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>A latency figure as a column of the text reports: ten characters, two decimals, "-" for none.</summary>
    public static string Cell(double value) =>
        double.IsNaN(value) ? "         -" : value.ToString("F2", System.Globalization.CultureInfo.InvariantCulture).PadLeft(10);

    /// <summary>A figure rounded to microseconds, or null for NaN.</summary>
    public static void Number(Utf8JsonWriter w, string name, double value)
    {
        ArgumentNullException.ThrowIfNull(w);
        if (double.IsNaN(value))
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteNumber(name, Math.Round(value, 3));
        }
    }
}
