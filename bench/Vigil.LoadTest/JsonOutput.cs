using System.Text.Json;

namespace Vigil.LoadTest;

/// <summary>Pieces of JSON shared by the reports.</summary>
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
