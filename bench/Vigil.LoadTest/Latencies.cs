namespace Vigil.LoadTest;

/// <summary>Latencies in milliseconds, one slot per request, in an array allocated before the run: exact
/// percentiles, no buckets and no allocation while requests are in flight.</summary>
/// <remarks>Each slot is written by the one request it belongs to, so no locking is needed; a slot never written
/// (a request that got no response) holds NaN and is left out of the summary. Read the summary once every request
/// has finished.</remarks>
internal sealed class Latencies
{
    private readonly double[] _values;

    public Latencies(int capacity)
    {
        _values = new double[capacity];
        Array.Fill(_values, double.NaN);
    }

    public int Capacity => _values.Length;

    public void Set(int slot, double milliseconds) => _values[slot] = milliseconds;

    public double Get(int slot) => _values[slot];

    public LatencySummary Summarize()
    {
        double[] sorted = [.. _values.Where(v => !double.IsNaN(v))];
        Array.Sort(sorted);
        return LatencySummary.Of(sorted);
    }
}
