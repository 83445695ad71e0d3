namespace Vigil.LoadTest;

/// <summary>The distribution of a set of latencies, in milliseconds: nearest-rank percentiles of every value (no
/// interpolation, no buckets). All are NaN when there is no value.</summary>
internal sealed record LatencySummary(int Count, double P50, double P95, double P99, double P999, double Max)
{
    public static LatencySummary Empty { get; } = new(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);

    /// <param name="sorted">The values, in ascending order.</param>
    public static LatencySummary Of(double[] sorted)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        return sorted.Length == 0
            ? Empty
            : new(sorted.Length, Percentile(sorted, 0.50), Percentile(sorted, 0.95), Percentile(sorted, 0.99), Percentile(sorted, 0.999), sorted[^1]);
    }

    /// <summary>The nearest-rank percentile: the smallest value that at least <paramref name="q"/> of the values
    /// do not exceed.</summary>
    public static double Percentile(double[] sorted, double q)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        return sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}
