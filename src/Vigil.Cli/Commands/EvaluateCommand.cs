using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Vigil.Formats.Diagnostics;
using Vigil.Screening.Evaluation;
using Vigil.Screening.Screen;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil evaluate</c>: screens a labelled query set and prints what the set's <c>score.py</c> prints.</summary>
internal static class EvaluateCommand
{
    public static Command Build(CliEnvironment env)
    {
        Option<string> queries = new("--queries")
        {
            Description = "The labelled queries (- for standard input): JSON lines {\"id\",\"kind\",\"name\",\"dob\",\"nationality\",\"gender\",\"expect\"} "
                + "as in a matching evaluation set (expect: the sourceId to find, or null for an innocent).",
            Required = true,
            HelpName = "FILE",
        };
        // score.py calls it --json; here --json is the global flag for machine-readable output.
        Option<string?> jsonOut = new("--json-out")
        {
            Description = "Also write the scores as JSON to this file, or - for standard output (the layout of score.py's --json).",
            HelpName = "FILE",
        };
        Option<string?> label = new("--label") { Description = "A label recorded in the JSON scores.", HelpName = "NAME" };
        ScreenCommand.IndexOptions index = new();
        Option<double?> threshold = ScreenCommand.ThresholdOption();
        Command command = new("evaluate", "Screen a labelled query set and score the results as the evaluation set's score.py does.")
        {
            queries, index.Index, index.IndexFormat, index.Lists, threshold, jsonOut, label,
        };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(env, async ct =>
        {
            string path = parse.GetRequiredValue(queries);
            LabelledQuerySet set;
            await using (Stream stream = CliFiles.OpenInput(env, path, "query file"))
            {
                set = LabelledQueryFile.Read(stream, CliFiles.SourceName(path));
            }

            foreach (Diagnostic skipped in set.Skipped.Take(10))
            {
                await env.Error.WriteLineAsync(skipped.ToString());
            }

            if (!set.Skipped.IsEmpty)
            {
                await env.Error.WriteLineAsync($"vigil: warning: {set.Skipped.Length:N0} line(s) of {path} cannot be scored and were left out.");
            }

            ScreenCommand.LoadedIndex loaded = await index.LoadAsync(env, parse, ct);
            BatchScreener screener = new(loaded.Index, parse.GetValue(threshold) ?? loaded.Index.ReviewThreshold);
            (EvaluationReport report, ScreeningSummary summary) = await ScreenCommand.WithProgressAsync(
                env, $"Screening {CliFiles.SourceName(path)}", set.Travelers.Length,
                progress => QueryEvaluation.Run(screener, set, parse.GetValue(label), progress is null ? null : new Output.Callback<int>(n => progress.Report(n)), ct));
            await env.Output.WriteLineAsync(report.ToTable());
            await ScreenCommand.WriteSummaryAsync(env, summary, loaded, screener.Threshold, outPath: null);
            if (parse.GetValue(jsonOut) is { } jsonPath)
            {
                await using Stream file = CliFiles.CreateOutput(env, jsonPath);
                await using Utf8JsonWriter writer = new(file, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
                report.WriteJson(writer);
            }

            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }
}
