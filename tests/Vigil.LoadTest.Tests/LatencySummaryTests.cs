namespace Vigil.LoadTest.Tests;

public sealed class LatencySummaryTests
{
    [Fact]
    public void Percentiles_are_the_nearest_rank_of_every_value()
    {
        double[] sorted = [.. Enumerable.Range(1, 1000).Select(i => (double)i)];

        LatencySummary summary = LatencySummary.Of(sorted);

        Assert.Equal(new LatencySummary(1000, 500, 950, 990, 999, 1000), summary);
    }

    [Fact]
    public void A_single_value_is_every_percentile()
    {
        Assert.Equal(new LatencySummary(1, 7, 7, 7, 7, 7), LatencySummary.Of([7]));
    }

    [Fact]
    public void A_few_values_give_the_higher_one_rather_than_an_interpolation()
    {
        // 30 manifests: p95 is the 29th value (ceil(28.5)), p99 and p99.9 the largest.
        double[] sorted = [.. Enumerable.Range(1, 30).Select(i => i * 10.0)];

        LatencySummary summary = LatencySummary.Of(sorted);

        Assert.Equal(150, summary.P50);
        Assert.Equal(290, summary.P95);
        Assert.Equal(300, summary.P99);
        Assert.Equal(300, summary.Max);
    }

    [Fact]
    public void No_value_gives_no_figure()
    {
        LatencySummary summary = LatencySummary.Of([]);

        Assert.Equal(0, summary.Count);
        Assert.True(double.IsNaN(summary.P99));
        Assert.True(double.IsNaN(summary.Max));
    }

    [Fact]
    public void Slots_never_set_are_left_out()
    {
        Latencies latencies = new(5);
        latencies.Set(4, 3.0);
        latencies.Set(0, 1.0);
        latencies.Set(2, 2.0);

        LatencySummary summary = latencies.Summarize();

        Assert.Equal(3, summary.Count);
        Assert.Equal(2.0, summary.P50);
        Assert.Equal(3.0, summary.Max);
        Assert.True(double.IsNaN(latencies.Get(1)));
    }
}
