using ScottPlot;
using Vigil.Screening.Statistics;

namespace Vigil.Cli.Output;

/// <summary>The charts of <c>vigil stats custody --svg</c>, drawn with ScottPlot: bars for a count, one line per group
/// for a time series.</summary>
/// <remarks>ScottPlot draws SVG through SkiaSharp's text measuring only; it needs no display (SkiaSharp's Linux assets
/// without dependencies ship with it).</remarks>
internal static class CustodyCharts
{
    /// <summary>Lines beyond this many would be unreadable: the groups that are ever largest are drawn.</summary>
    private const int MaxLines = 10;

    public static void WriteCountSvg(string file, CustodyCount count, CustodyRecordQuery query)
    {
        Plot plot = new();
        double[] positions = [.. Enumerable.Range(0, count.Groups.Length).Select(i => (double)i)];
        double[] values = [.. count.Groups.Select(g => (double)g.Count)];
        string[] labels = [.. count.Groups.Select(CustodyStatsOutput.Label)];
        if (values.Length > 0)
        {
            plot.Add.Bars(positions, values);
            plot.Axes.Bottom.SetTicks(positions, labels);
        }

        plot.Axes.Bottom.TickLabelStyle.Rotation = 45;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
        float longest = labels.Length == 0 ? 0 : labels.Max(l => l.Length);
        plot.Axes.Bottom.MinimumSize = Math.Min(300, 20 + (longest * 6));
        plot.Axes.Margins(bottom: 0);
        plot.Title($"{CustodyStatsOutput.Describe(query)} by {CustodyStatsOutput.FieldList(count.By)}, {CustodyStatsOutput.Iso(count.At)} ({count.Total:N0})");
        plot.YLabel("subjects");
        plot.SaveSvg(file, Math.Max(640, 140 + (36 * values.Length)), 520);
    }

    public static void WriteSeriesSvg(string file, CustodySeries series, CustodyRecordQuery query)
    {
        Plot plot = new();
        double[] xs = [.. series.Periods.Select(p => p.End.ToDateTime(TimeOnly.MinValue).ToOADate())];
        IEnumerable<string> labels = series.Periods
            .SelectMany(p => p.Count.Groups)
            .GroupBy(CustodyStatsOutput.Label, StringComparer.Ordinal)
            .OrderByDescending(g => g.Max(x => x.Count))
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .Take(MaxLines);
        foreach (string label in labels)
        {
            double[] ys = [.. series.Periods.Select(p => (double)p.Count.Groups.Where(g => CustodyStatsOutput.Label(g) == label).Sum(g => g.Count))];
            ScottPlot.Plottables.Scatter line = plot.Add.ScatterLine(xs, ys);
            line.LegendText = label;
            line.LineWidth = 2;
        }

        plot.Axes.DateTimeTicksBottom();
        plot.ShowLegend(Edge.Right);
        plot.Title($"{CustodyStatsOutput.Describe(query)} by {CustodyStatsOutput.FieldList(series.By)}, "
            + $"{CustodyStatsOutput.Iso(series.From)} to {CustodyStatsOutput.Iso(series.To)} (each {CustodyStatsOutput.IntervalName(series.Every)})");
        plot.YLabel("subjects");
        plot.SaveSvg(file, 960, 540);
    }
}
