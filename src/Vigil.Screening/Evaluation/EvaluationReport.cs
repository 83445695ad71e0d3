using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Vigil.Screening.Evaluation;

/// <summary>What <c>score.py score</c> computes for an evaluation set, with its table and its JSON.</summary>
/// <param name="Label">A label for the run, or null.</param>
/// <param name="Queries">Labelled queries scored.</param>
/// <param name="MissingResults">Queries without a result line (counted as clear, with no hits).</param>
/// <param name="Kinds">The scores per kind, in ordinal order of the kind.</param>
/// <param name="Overall">The scores over every positive kind.</param>
public sealed record EvaluationReport(string? Label, int Queries, int MissingResults, ImmutableArray<KindScore> Kinds, OverallScore Overall)
{
    /// <summary>The table <c>score.py</c> prints, character for character (lines joined by LF, no final LF).</summary>
    public string ToTable()
    {
        StringBuilder table = new();
        table.Append(Left("kind", 20)).Append(Right("n", 7)).Append(Right("recall", 9)).Append(Right("rec@1", 8))
            .Append(Right("rec@1%", 8)).Append(Right("rec@.1%", 9)).Append(Right("alerts", 8));
        foreach (KindScore kind in Kinds)
        {
            table.Append('\n').Append(Left(kind.Kind, 20)).Append(Right(Int(kind.Count), 7)).Append(Right(F(kind.Recall), 9))
                .Append(Right(F(kind.RecallAtOne), 8)).Append(Right(F(kind.RecallAtOnePercentFpr), 8))
                .Append(Right(F(kind.RecallAtTenthPercentFpr), 9)).Append(Right(F(kind.AlertRate), 8));
        }

        OverallScore o = Overall;
        table.Append('\n').Append(Left("ALL positives", 20)).Append(Right(Int(o.Positives), 7)).Append(Right(F(o.Recall), 9))
            .Append(Right(F(o.RecallAtOne), 8)).Append(Right(F(o.RecallAtOnePercentFpr), 8))
            .Append(Right(F(o.RecallAtTenthPercentFpr), 9)).Append(Right(F(o.InnocentAlertRate), 8));
        string thresholds = string.Join(", ", o.Thresholds.Select(t => $"{t.Name}: {PythonFormat.Fixed(t.Score, 4)}"));
        table.Append('\n').Append(CultureInfo.InvariantCulture, $"score thresholds at innocent alert rate {thresholds}; results missing for {MissingResults} queries");
        return table.ToString();
    }

    /// <summary>Writes the JSON <c>score.py score --json</c> writes: the same members, in the same order.</summary>
    public void WriteJson(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        if (Label is null)
        {
            writer.WriteNull("label");
        }
        else
        {
            writer.WriteString("label", Label);
        }

        writer.WriteNumber("queries", Queries);
        writer.WriteNumber("missingResults", MissingResults);
        writer.WriteStartObject("kinds");
        foreach (KindScore kind in Kinds)
        {
            writer.WriteStartObject(kind.Kind);
            writer.WriteNumber("n", kind.Count);
            if (kind.IsInnocent)
            {
                writer.WriteNumber("alertRate", kind.AlertRate!.Value);
            }
            else
            {
                writer.WriteNumber("recall", kind.Recall!.Value);
                writer.WriteNumber("recall@1", kind.RecallAtOne!.Value);
                WriteIfSet(writer, "recall@1%FPR", kind.RecallAtOnePercentFpr);
                WriteIfSet(writer, "recall@0.1%FPR", kind.RecallAtTenthPercentFpr);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        OverallScore o = Overall;
        writer.WriteStartObject("overall");
        writer.WriteNumber("positives", o.Positives);
        writer.WriteNumber("recall", o.Recall);
        writer.WriteNumber("recall@1", o.RecallAtOne);
        WriteOrNull(writer, "innocentAlertRate", o.InnocentAlertRate);
        WriteOrNull(writer, "namesakeAlertRate", o.NamesakeAlertRate);
        WriteOrNull(writer, "commonNameAlertRate", o.CommonNameAlertRate);
        writer.WriteStartObject("thresholds");
        foreach (AlertThreshold threshold in o.Thresholds)
        {
            writer.WriteNumber(threshold.Name, threshold.Score);
        }

        writer.WriteEndObject();
        WriteIfSet(writer, "recall@1%FPR", o.RecallAtOnePercentFpr);
        WriteIfSet(writer, "recall@0.1%FPR", o.RecallAtTenthPercentFpr);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteIfSet(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
    }

    private static void WriteOrNull(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static string F(double? value) => value is { } v ? PythonFormat.Fixed(v, 3) : string.Empty;

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Left(string text, int width) => text.PadRight(width);

    private static string Right(string text, int width) => text.PadLeft(width);
}
