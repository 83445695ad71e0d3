using System.Globalization;
using System.Text;
using System.Text.Json;
using Spectre.Console;
using Vigil.Domain;
using Vigil.Screening.Statistics;

namespace Vigil.Cli.Output;

/// <summary>The JSON documents and the tables of <c>vigil stats custody</c>. JSON names are a contract: add, never rename.</summary>
internal static class CustodyStatsOutput
{
    /// <summary>Groups beyond this many are left out of the terminal's bar chart (never out of the table).</summary>
    private const int MaxBars = 20;

    /// <summary>Groups beyond this many are summed as "others" in the columns of a time series table.</summary>
    private const int MaxSeriesColumns = 8;

    private const string None = "(none)";

    private static readonly string[] Sparks = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"];

    private static readonly Color[] Palette =
        [Color.Red, Color.Green, Color.Blue, Color.Yellow, Color.Fuchsia, Color.Aqua, Color.Orange1, Color.Purple, Color.Olive, Color.Teal];

    public static void WriteCount(Utf8JsonWriter w, CustodyCount count, CustodyRecordQuery query)
    {
        w.WriteStartObject();
        w.WriteString("at", Iso(count.At));
        WriteQuery(w, count.By, query);
        w.WriteNumber("total", count.Total);
        WriteGroups(w, count);
        WriteRules(w);
        w.WriteEndObject();
    }

    public static void WriteSeries(Utf8JsonWriter w, CustodySeries series, CustodyRecordQuery query)
    {
        w.WriteStartObject();
        w.WriteString("from", Iso(series.From));
        w.WriteString("to", Iso(series.To));
        w.WriteString("every", IntervalName(series.Every));
        WriteQuery(w, series.By, query);
        WriteRules(w);
        w.WriteStartArray("periods");
        foreach (CustodyPeriod period in series.Periods)
        {
            w.WriteStartObject();
            w.WriteString("period", period.Label);
            w.WriteString("start", Iso(period.Start));
            w.WriteString("end", Iso(period.End));
            w.WriteString("at", Iso(period.Count.At));
            w.WriteNumber("total", period.Count.Total);
            WriteGroups(w, period.Count);
            w.WriteStartArray("transitions");
            foreach (CustodyTransition move in period.Transitions)
            {
                w.WriteStartObject();
                w.WriteString("from", CustodyStates.ToName(move.From));
                w.WriteString("to", CustodyStates.ToName(move.To));
                w.WriteNumber("count", move.Count);
                w.WriteStartArray("subjects");
                foreach (SubjectId id in move.Subjects)
                {
                    w.WriteStringValue(id.Value);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static void RenderCount(IAnsiConsole console, CustodyCount count, CustodyRecordQuery query)
    {
        console.WriteLine($"{Describe(query)} by {FieldList(count.By)} as of {Iso(count.At)}: {Number(count.Total)} in total.");
        Table table = new Table().Border(TableBorder.Simple);
        foreach (CustodyGroupField field in count.By)
        {
            table.AddColumn(CustodyGroupFields.ToName(field));
        }

        table.AddColumn(new TableColumn("count").RightAligned());
        foreach (CustodyGroup group in count.Groups)
        {
            // Plain text: nothing to parse in a table of a thousand rows.
            List<Text> cells = [.. group.Keys.Select(k => new Text(k ?? None))];
            cells.Add(new Text(Number(group.Count)));
            table.AddRow(cells);
        }

        console.Write(table);
        if (count.Groups.Length > 0)
        {
            BarChart chart = new BarChart().Width(Math.Min(100, console.Profile.Width)).ShowValues();
            int colour = 0;
            foreach (CustodyGroup group in count.Groups.OrderByDescending(g => g.Count).Take(MaxBars))
            {
                chart.AddItem(Markup.Escape(Label(group)), group.Count, Palette[colour++ % Palette.Length]);
            }

            console.Write(chart);
            if (count.Groups.Length > MaxBars)
            {
                console.WriteLine($"(the {MaxBars} largest of {count.Groups.Length} groups are drawn; the table has them all)");
            }
        }

        WriteNotes(console);
    }

    public static void RenderSeries(IAnsiConsole console, CustodySeries series, CustodyRecordQuery query)
    {
        console.WriteLine($"{Describe(query)} by {FieldList(series.By)}, every {IntervalName(series.Every)} from {Iso(series.From)} to {Iso(series.To)}, "
            + "counted as of the last day of each period.");

        // Columns: the groups that are ever largest, then the rest summed, then the total.
        List<string> labels = [.. series.Periods
            .SelectMany(p => p.Count.Groups)
            .GroupBy(Label, StringComparer.Ordinal)
            .OrderByDescending(g => g.Max(x => x.Count))
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)];
        List<string> shown = [.. labels.Take(labels.Count > MaxSeriesColumns ? MaxSeriesColumns - 1 : MaxSeriesColumns)];
        bool others = labels.Count > shown.Count;
        Table table = new Table().Border(TableBorder.Simple).AddColumn("period");
        foreach (string label in shown)
        {
            table.AddColumn(new TableColumn(Markup.Escape(label)).RightAligned());
        }

        if (others)
        {
            table.AddColumn(new TableColumn($"{labels.Count - shown.Count} others").RightAligned());
        }

        table.AddColumn(new TableColumn("total").RightAligned());
        Dictionary<string, int[]> values = shown.ToDictionary(l => l, _ => new int[series.Periods.Length], StringComparer.Ordinal);
        for (int p = 0; p < series.Periods.Length; p++)
        {
            CustodyPeriod period = series.Periods[p];
            Dictionary<string, int> byLabel = period.Count.Groups.ToDictionary(Label, g => g.Count, StringComparer.Ordinal);
            List<string> row = [period.Label];
            foreach (string label in shown)
            {
                int value = byLabel.GetValueOrDefault(label);
                values[label][p] = value;
                row.Add(Number(value));
            }

            if (others)
            {
                row.Add(Number(byLabel.Where(kv => !values.ContainsKey(kv.Key)).Sum(kv => kv.Value)));
            }

            row.Add(Number(period.Count.Total));
            table.AddRow([.. row.Select(Markup.Escape)]);
        }

        console.Write(table);
        if (shown.Count > 0 && series.Periods.Length > 1)
        {
            Table trends = new Table().Border(TableBorder.None).HideHeaders().AddColumns("group", "trend", "first", "last");
            foreach (string label in shown)
            {
                int[] v = values[label];
                trends.AddRow(Markup.Escape(label), Sparkline(v), Number(v[0]), Number(v[^1]));
            }

            console.Write(trends);
        }

        List<(CustodyPeriod Period, CustodyTransition Move)> moves = [.. series.Periods.SelectMany(p => p.Transitions.Select(t => (p, t)))];
        console.WriteLine();
        if (moves.Count == 0)
        {
            console.WriteLine("No subject changed status in these periods.");
        }
        else
        {
            console.WriteLine("Transitions: who moved from one status to another in each period.");
            Table transitions = new Table().Border(TableBorder.Simple).AddColumns("period", "from", "to");
            transitions.AddColumn(new TableColumn("count").RightAligned());
            transitions.AddColumn("subjects");
            foreach ((CustodyPeriod period, CustodyTransition move) in moves)
            {
                string who = string.Join(", ", move.Subjects.Take(5).Select(s => s.Value)) + (move.Count > 5 ? $" and {move.Count - 5:N0} more" : string.Empty);
                transitions.AddRow(Markup.Escape(period.Label), CustodyStates.ToName(move.From), CustodyStates.ToName(move.To), Number(move.Count), Markup.Escape(who));
            }

            console.Write(transitions);
        }

        WriteNotes(console);
    }

    /// <summary>A group's name for a chart or a column: its keys joined by spaces, "(none)" for a missing one.</summary>
    public static string Label(CustodyGroup group) => string.Join(' ', group.Keys.Select(k => k ?? None));

    public static string Describe(CustodyRecordQuery query)
    {
        string kind = query.Kind switch
        {
            null => "Subjects of every kind",
            SubjectKind.Person => "Persons",
            SubjectKind.Organization => "Organizations",
            SubjectKind.Vessel => "Vessels",
            _ => "Aircraft",
        };
        string gender = query.Gender switch { Gender.Male => " (men)", Gender.Female => " (women)", _ => string.Empty };
        string lists = query.Lists.Count == 0 ? "every list" : (query.Lists.Count == 1 ? "list " : "lists ") + string.Join(", ", query.Lists);
        return $"{kind}{gender} of {lists}";
    }

    public static string FieldList(IEnumerable<CustodyGroupField> by) => string.Join(", ", by.Select(CustodyGroupFields.ToName));

    public static string IntervalName(CustodyInterval every) => every switch
    {
        CustodyInterval.Quarter => "quarter",
        CustodyInterval.Year => "year",
        _ => "month",
    };

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void WriteQuery(Utf8JsonWriter w, IEnumerable<CustodyGroupField> by, CustodyRecordQuery query)
    {
        w.WriteStartArray("by");
        foreach (CustodyGroupField field in by)
        {
            w.WriteStringValue(CustodyGroupFields.ToName(field));
        }

        w.WriteEndArray();
        w.WriteStartArray("lists");
        foreach (string list in query.Lists)
        {
            w.WriteStringValue(list);
        }

        w.WriteEndArray();
        w.WriteString("kind", query.Kind switch
        {
            null => "all",
            SubjectKind.Person => "person",
            SubjectKind.Organization => "organization",
            SubjectKind.Vessel => "vessel",
            _ => "aircraft",
        });
        if (query.Gender is { } gender)
        {
            w.WriteString("gender", gender == Gender.Male ? "male" : gender == Gender.Female ? "female" : "unspecified");
        }
        else
        {
            w.WriteNull("gender");
        }
    }

    private static void WriteGroups(Utf8JsonWriter w, CustodyCount count)
    {
        w.WriteStartArray("groups");
        foreach (CustodyGroup group in count.Groups)
        {
            w.WriteStartObject();
            for (int f = 0; f < count.By.Length; f++)
            {
                string name = CustodyGroupFields.ToName(count.By[f]);
                if (group.Keys[f] is { } value)
                {
                    w.WriteString(name, value);
                }
                else
                {
                    w.WriteNull(name);
                }
            }

            w.WriteNumber("count", group.Count);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteRules(Utf8JsonWriter w)
    {
        w.WriteStartArray("rules");
        w.WriteStringValue(CustodyStatistics.DatingRule);
        w.WriteStringValue(CustodyStatistics.CountingRule);
        w.WriteEndArray();
    }

    private static void WriteNotes(IAnsiConsole console)
    {
        console.WriteLine();
        console.WriteLine(CustodyStatistics.DatingRule);
        console.WriteLine(CustodyStatistics.CountingRule);
    }

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Sparkline(int[] values)
    {
        int max = values.Max();
        StringBuilder line = new(values.Length);
        foreach (int v in values)
        {
            line.Append(max == 0 ? Sparks[0] : Sparks[(int)Math.Round((double)v / max * (Sparks.Length - 1))]);
        }

        return line.ToString();
    }
}
