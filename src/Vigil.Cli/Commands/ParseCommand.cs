using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Vigil.Cli.Output;
using Vigil.Formats.Diagnostics;
using Vigil.Formats.Edifact;
using Vigil.Formats.Mrz;
using Vigil.Formats.Paxlst;
using Vigil.Formats.Pnrgov;
using Vigil.Screening.Registry;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil parse paxlst|pnrgov|mrz FILE</c>: reads one message file and shows what it holds and every
/// problem, located.</summary>
/// <remarks>With <c>--json</c> the result is one JSON document on standard output whatever the input (field names are
/// a contract: add, never rename). Exit code 0 when the input is valid, 1 when it is invalid or unreadable.</remarks>
internal static class ParseCommand
{
    /// <summary>Issues printed to standard error before "and N more".</summary>
    private const int IssuesShown = 50;

    public static Command Build(CliEnvironment env)
    {
        Argument<string> format = new("format")
        {
            Description = "The format: paxlst (API, UN/EDIFACT PAXLST), pnrgov (PNR, IATA PNRGOV) or mrz (machine readable zone of a travel document).",
            HelpName = "paxlst|pnrgov|mrz",
        };
        format.AcceptOnlyFromAmong([.. FormatRegistry.MessageNames]);
        Argument<string> file = new("file") { Description = "The file to read, or - for standard input." };
        Command command = new("parse", "Read a PAXLST, PNRGOV or MRZ file: show what it holds and every problem, with its position.")
        {
            format, file,
        };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(env, _ =>
            RunAsync(env, parse.GetRequiredValue(format), parse.GetRequiredValue(file), parse.GetValue(CommonOptions.Json)), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliEnvironment env, string format, string path, bool json)
    {
        string source = CliFiles.SourceName(path);
        Stream stream;
        try
        {
            stream = CliFiles.IsStandard(path) ? env.OpenStandardInput() : ListFiles.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            string why = Directory.Exists(path) ? $"'{path}' is a directory; give the message file." : File.Exists(path) ? $"cannot read '{path}': {e.Message}" : $"no file '{path}'.";
            return await FailAsync(env, format, source, json, why);
        }

        EdifactReadOptions options = new()
        {
            Source = source,
            Today = DateOnly.FromDateTime(env.Time.GetLocalNow().DateTime),
        };
        using (stream)
        {
            switch (format)
            {
                case "mrz":
                    {
                        MrzParseResult result = MrzParser.Parse(stream, DateOnly.FromDateTime(env.Time.GetLocalNow().DateTime), source);
                        foreach (Diagnostic issue in result.Issues.Take(IssuesShown))
                        {
                            await env.Error.WriteLineAsync(issue.ToString());
                        }

                        if (json)
                        {
                            await JsonOutput.WriteAsync(env.Output, w => MrzJsonWriter.Write(w, result));
                        }
                        else
                        {
                            foreach (string line in DescribeMrz(source, result))
                            {
                                await env.Output.WriteLineAsync(line);
                            }
                        }

                        return result.Outcome == MrzOutcome.Valid ? ExitCodes.Ok : ExitCodes.BadInput;
                    }

                case "paxlst":
                    {
                        EdifactParseResult<PaxlstMessage> result = PaxlstParser.Parse(stream, options);
                        return await ReportAsync(env, result, json, w => PaxlstJsonWriter.Write(w, result), () => DescribePaxlst(source, result));
                    }

                default:
                    {
                        EdifactParseResult<PnrgovMessage> result = PnrgovParser.Parse(stream, options);
                        return await ReportAsync(env, result, json, w => PnrgovJsonWriter.Write(w, result), () => DescribePnrgov(source, result));
                    }
            }
        }
    }

    private static async Task<int> ReportAsync<TMessage>(CliEnvironment env, EdifactParseResult<TMessage> result, bool json, Action<Utf8JsonWriter> write, Func<IEnumerable<string>> describe)
        where TMessage : class
    {
        foreach (Diagnostic issue in result.Issues.Take(IssuesShown))
        {
            await env.Error.WriteLineAsync(issue.ToString());
        }

        if (result.Issues.Count > IssuesShown)
        {
            await env.Error.WriteLineAsync($"... and {result.Issues.Count - IssuesShown} more (all of them with --json).");
        }

        if (json)
        {
            await JsonOutput.WriteStreamingAsync(env.Output, write);
        }
        else
        {
            foreach (string line in describe())
            {
                await env.Output.WriteLineAsync(line);
            }
        }

        return result.Outcome == EdifactOutcome.Valid ? ExitCodes.Ok : ExitCodes.BadInput;
    }

    /// <summary>Reports input that could not be read at all: one unreadable document with one issue.</summary>
    private static async Task<int> FailAsync(CliEnvironment env, string format, string source, bool json, string message)
    {
        await env.Error.WriteLineAsync($"{source}: error: {message}");
        if (json && format == "mrz")
        {
            // The MRZ document shape: every field null, the issue without a line.
            Diagnostic issue = new("VGL-MRZ001", DiagnosticSeverity.Error, message, new SourcePosition { Source = source });
            await JsonOutput.WriteAsync(env.Output, w => MrzJsonWriter.Write(w, new MrzParseResult(MrzOutcome.Unreadable, [issue], null)));
        }
        else if (json)
        {
            await JsonOutput.WriteAsync(env.Output, w =>
            {
                w.WriteStartObject();
                w.WriteString("format", format);
                w.WriteString("outcome", "unreadable");
                w.WriteStartArray("issues");
                w.WriteStartObject();
                w.WriteString("severity", "error");
                w.WriteNull("segmentIndex");
                w.WriteNull("segmentTag");
                w.WriteString("message", message);
                w.WriteEndObject();
                w.WriteEndArray();
                if (format != "mrz")
                {
                    w.WriteNull("interchange");
                }

                w.WriteStartArray("messages");
                w.WriteEndArray();
                w.WriteEndObject();
            });
        }

        return ExitCodes.BadInput;
    }

    private static IEnumerable<string> DescribeMrz(string source, MrzParseResult result)
    {
        int errors = result.Issues.Count(i => i.IsError);
        string outcome = result.Outcome switch
        {
            MrzOutcome.Valid => "valid",
            MrzOutcome.Invalid => "invalid",
            _ => "unreadable",
        };
        yield return $"{source}: {outcome}; {Plural(errors, "error")}, {Plural(result.Issues.Length - errors, "warning")}.";
        if (result.Zone is { } zone)
        {
            yield return string.Create(CultureInfo.InvariantCulture,
                $"  {zone.Format} {zone.DocumentCode} {zone.IssuingState} {zone.DocumentNumber}: {zone.FamilyName}, {zone.GivenNames}  {zone.Sex} born {zone.DateOfBirth} {zone.Nationality}, expires {zone.Expiry}");
            if (!zone.FailedChecks.IsEmpty)
            {
                yield return $"  failed checks: {string.Join(", ", zone.FailedChecks)}";
            }
        }
    }

    private static IEnumerable<string> DescribePaxlst(string source, EdifactParseResult<PaxlstMessage> result)
    {
        yield return Summary(source, result, result.Messages.Sum(m => m.Travelers.Count), "traveler");
        foreach (PaxlstMessage message in result.Messages)
        {
            string list = message.ListType switch
            {
                PaxlstListType.Passenger => "passenger list",
                PaxlstListType.Crew => "crew list",
                _ => $"BGM {message.DocumentCode ?? "?"}",
            };
            yield return $"  message {message.Header.Reference} ({message.Header.Type}, {list}): {Plural(message.Travelers.Count, "traveler")}";
            foreach (FlightLeg leg in message.Flights)
            {
                yield return "    flight " + Describe(leg);
            }

            foreach (PaxlstTraveler traveler in message.Travelers)
            {
                string document = traveler.Documents.Count == 0 ? string.Empty : $" {traveler.Documents[0].Type} {traveler.Documents[0].Number}";
                yield return string.Create(CultureInfo.InvariantCulture,
                    $"    {traveler.PartyQualifier,-3} {traveler.FamilyName}, {traveler.GivenNames}  {traveler.Gender} {traveler.DateOfBirth:yyyy-MM-dd} {traveler.Nationality}{document}");
            }
        }
    }

    private static IEnumerable<string> DescribePnrgov(string source, EdifactParseResult<PnrgovMessage> result)
    {
        yield return Summary(source, result, result.Messages.Sum(m => m.Pnrs.Sum(p => p.Passengers.Count)), "passenger");
        foreach (PnrgovMessage message in result.Messages)
        {
            yield return $"  message {message.Header.Reference} ({message.Header.Type}): {Plural(message.Pnrs.Count, "PNR")}"
                + (message.Flight is { } flight ? ", flight " + Describe(flight) : string.Empty);
            foreach (PassengerNameRecord pnr in message.Pnrs)
            {
                yield return $"    PNR {pnr.RecordLocatorCarrier} {pnr.RecordLocator}: {Plural(pnr.Itinerary.Count, "segment")}, {Plural(pnr.HistoryBlocks, "history block")}";
                foreach (PnrPassenger passenger in pnr.Passengers)
                {
                    string documents = string.Join(", ", passenger.Documents.Select(d => $"{d.Type} {d.Number}"));
                    yield return $"      {passenger.FamilyName}, {passenger.GivenNames} ({passenger.Type}) {documents}";
                }
            }
        }
    }

    internal static string Summary<TMessage>(string source, EdifactParseResult<TMessage> result, int people, string noun)
        where TMessage : class
    {
        int errors = result.Issues.Count(i => i.IsError);
        int warnings = result.Issues.Count - errors;
        return $"{source}: {EdifactJsonName(result.Outcome)}; {Plural(result.Messages.Count, "message")}, {Plural(people, noun)}; "
            + $"{Plural(errors, "error")}, {Plural(warnings, "warning")}.";
    }

    internal static string Describe(FlightLeg leg) =>
        $"{leg.Carrier}{leg.Number} {leg.Departure.Airport} {leg.Departure.Time} - {leg.Arrival.Airport} {leg.Arrival.Time}";

    private static string EdifactJsonName(EdifactOutcome outcome) => outcome switch
    {
        EdifactOutcome.Valid => "valid",
        EdifactOutcome.Invalid => "invalid",
        _ => "unreadable",
    };

    private static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? string.Empty : "s")}";
}
