using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Vigil.Cli.Output;
using Vigil.Screening.Flights;
using Vigil.Screening.Messages;
using Vigil.Storage;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil messages list|show|replay</c>: the travel messages received, as kept in the message store, why
/// one was quarantined, and reprocessing after a fix.</summary>
internal static class MessagesCommand
{
    public static Command Build(CliEnvironment env)
    {
        Command command = new("messages", "The travel messages received (API, PNR, document zones): list them, show one with its issues and history, replay one after a fix.");
        command.Subcommands.Add(BuildList(env));
        command.Subcommands.Add(BuildShow(env));
        command.Subcommands.Add(BuildReplay(env));
        return command;
    }

    private static Command BuildList(CliEnvironment env)
    {
        Option<string?> state = new("--state") { Description = "Only messages in this state.", HelpName = "received|screened|quarantined|duplicate|replayed" };
        state.AcceptOnlyFromAmong([.. MessageNames.States]);
        Option<string?> outcome = new("--outcome") { Description = "Only messages read with this outcome.", HelpName = "valid|invalid|unreadable" };
        outcome.AcceptOnlyFromAmong([.. MessageNames.Outcomes]);
        Option<string?> format = new("--format") { Description = "Only messages of this format.", HelpName = "paxlst|pnrgov|mrz" };
        Option<DateTimeOffset?> since = new("--since") { Description = "Only messages received at or after this time (UTC unless an offset is given).", HelpName = "TIME" };
        Option<int> limit = new("--limit") { Description = "At most this many, newest first.", DefaultValueFactory = _ => 50, HelpName = "N" };
        Command command = new("list", "List the messages received, newest first: state, outcome, issues, sender and interchange.") { state, outcome, format, since, limit };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(env, async ct =>
        {
            await using VigilStoreSet stores = await CommandRunner.OpenStoresAsync(env, parse.GetValue(CommonOptions.Db), ct);
            IMessageStore store = stores.Messages;
            MessageQuery query = new()
            {
                State = MessageNames.TryParseState(parse.GetValue(state), out MessageState s) ? s : null,
                Outcome = MessageNames.TryParseOutcome(parse.GetValue(outcome), out ParseOutcome o) ? o : null,
                Format = parse.GetValue(format),
                Since = parse.GetValue(since),
                Limit = Math.Max(1, parse.GetValue(limit)),
            };
            IReadOnlyList<MessageRecord> messages = await store.ListAsync(query, ct);
            if (parse.GetValue(CommonOptions.Json))
            {
                await JsonOutput.WriteAsync(env.Output, w =>
                {
                    w.WriteStartArray();
                    foreach (MessageRecord message in messages)
                    {
                        WriteRecord(w, message);
                    }

                    w.WriteEndArray();
                });
                return ExitCodes.Ok;
            }

            if (messages.Count == 0)
            {
                await env.Output.WriteLineAsync($"No message in {store.Description} matches.");
                return ExitCodes.Ok;
            }

            foreach (MessageRecord m in messages)
            {
                await env.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"#{m.Id,-5} {m.ReceivedAt:yyyy-MM-dd HH:mm:ss} {m.Format,-6} {MessageNames.ToName(m.State),-11} {MessageNames.ToName(m.Outcome),-10} "
                    + $"{m.ErrorCount,3} err {m.WarningCount,3} warn {m.TravelerCount,5} trav  {m.SourceName}"
                    + $"{(m.Sender is null ? string.Empty : $"  from {m.Sender} ref {m.InterchangeControlReference}")}"
                    + $"{(m.DuplicateOf is { } d ? $"  duplicate of #{d}" : string.Empty)}{(m.ReplacedBy is { } r ? $"  replaced by #{r}" : string.Empty)}"));
            }

            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }

    private static Command BuildShow(CliEnvironment env)
    {
        Argument<long> id = new("id") { Description = "The message number (from vigil messages list)." };
        Option<bool> content = new("--content") { Description = "Write the message's bytes, exactly as received, to standard output instead." };
        Command command = new("show", "Show one message: what it is, why it is in its state (every issue, located), and its history.") { id, content };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(env, async ct =>
        {
            await using VigilStoreSet stores = await CommandRunner.OpenStoresAsync(env, parse.GetValue(CommonOptions.Db), ct);
            IMessageStore store = stores.Messages;
            long number = parse.GetValue(id);
            MessageDetail detail = await store.GetAsync(number, ct) ?? throw new CliException($"no message #{number} in {store.Description}.", ExitCodes.BadInput);
            if (parse.GetValue(content))
            {
                await using Stream stdout = Console.OpenStandardOutput();
                await stdout.WriteAsync(detail.Content, ct);
                return ExitCodes.Ok;
            }

            if (parse.GetValue(CommonOptions.Json))
            {
                await JsonOutput.WriteAsync(env.Output, w =>
                {
                    w.WriteStartObject();
                    w.WritePropertyName("message");
                    WriteRecord(w, detail.Message);
                    w.WritePropertyName("issues");
                    using (JsonDocument issues = JsonDocument.Parse(detail.IssuesJson))
                    {
                        issues.RootElement.WriteTo(w);
                    }

                    w.WriteStartArray("history");
                    foreach (MessageHistoryEntry entry in detail.History)
                    {
                        w.WriteStartObject();
                        w.WriteString("at", entry.At);
                        w.WriteString("actor", entry.Actor);
                        w.WriteString("action", entry.Action.ToString().ToLowerInvariant());
                        w.WriteString("state", MessageNames.ToName(entry.State));
                        if (entry.Parse is { } p)
                        {
                            w.WriteString("outcome", MessageNames.ToName(p.Outcome));
                            w.WriteNumber("errors", p.ErrorCount);
                            w.WriteNumber("travelers", p.TravelerCount);
                        }

                        if (entry.RelatedMessageId is { } related)
                        {
                            w.WriteNumber("relatedMessage", related);
                        }

                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                });
                return ExitCodes.Ok;
            }

            MessageRecord m = detail.Message;
            await env.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Message #{m.Id}: {m.Format} {m.SourceName}, {m.Size:N0} bytes, SHA-256 {m.Sha256}, received {m.ReceivedAt:yyyy-MM-dd HH:mm:ss} UTC by {m.ReceivedBy}"));
            await env.Output.WriteLineAsync($"  state {MessageNames.ToName(m.State)}; read {MessageNames.ToName(m.Outcome)} ({m.ErrorCount} errors, {m.WarningCount} warnings, {m.TravelerCount} travelers; {m.Attempts} attempt{(m.Attempts == 1 ? string.Empty : "s")})");
            if (m.Sender is not null)
            {
                await env.Output.WriteLineAsync($"  interchange from {m.Sender} to {m.Recipient}, reference {m.InterchangeControlReference}");
            }

            if (m.Summary is not null)
            {
                await env.Output.WriteLineAsync($"  {m.Summary}");
            }

            if (m.DuplicateOf is { } original)
            {
                await env.Output.WriteLineAsync($"  a duplicate of message #{original}: not screened");
            }

            if (m.ScreeningSummary is not null)
            {
                await env.Output.WriteLineAsync($"  screened {m.ScreenedAt:yyyy-MM-dd HH:mm:ss} UTC: {m.ScreeningSummary}");
            }

            using (JsonDocument issues = JsonDocument.Parse(detail.IssuesJson))
            {
                await env.Output.WriteLineAsync($"Issues ({issues.RootElement.GetArrayLength()}):");
                foreach (JsonElement issue in issues.RootElement.EnumerateArray())
                {
                    string where = issue.TryGetProperty("segmentIndex", out JsonElement segment)
                        ? $"segment {segment.GetInt32()} {(issue.TryGetProperty("segmentTag", out JsonElement tag) ? tag.GetString() : string.Empty)}"
                        : issue.TryGetProperty("line", out JsonElement line)
                            ? $"line {line.GetInt32()}{(issue.TryGetProperty("column", out JsonElement column) ? $" column {column.GetInt32()}" : string.Empty)}"
                            : "input";
                    await env.Output.WriteLineAsync($"  {issue.GetProperty("severity").GetString()} {issue.GetProperty("code").GetString()} at {where}: {issue.GetProperty("message").GetString()}");
                }
            }

            await env.Output.WriteLineAsync("History:");
            foreach (MessageHistoryEntry entry in detail.History)
            {
                await env.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"  {entry.At:yyyy-MM-dd HH:mm:ss} {entry.Actor}: {entry.Action.ToString().ToLowerInvariant()} -> {MessageNames.ToName(entry.State)}"
                    + $"{(entry.Parse is { } p ? $" ({MessageNames.ToName(p.Outcome)}, {p.ErrorCount} errors, {p.TravelerCount} travelers)" : string.Empty)}"
                    + $"{(entry.RelatedMessageId is { } r ? $" #{r}" : string.Empty)}"));
            }

            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }

    private static Command BuildReplay(CliEnvironment env)
    {
        Argument<long> id = new("id") { Description = "The message number (from vigil messages list)." };
        Option<string?> file = new("--file")
        {
            Description = "Corrected bytes of the message (- for standard input): kept as a new message linked to the stored one, which is then marked replayed. "
                + "Without it, the stored bytes are read again (after an upgrade of vigil that reads them).",
            HelpName = "FILE",
        };
        Option<string> output = new("--out") { Description = "Where to write the screening results when the message can now be screened (- for standard output).", Required = true, HelpName = "FILE" };
        ScreenCommand.IndexOptions index = new();
        Option<double?> threshold = ScreenCommand.ThresholdOption();
        Command command = new("replay", "Read a stored message again (or its corrected bytes) and screen its travelers when it can now be read.")
        {
            id, file, output, index.Lists, index.Index, index.IndexFormat, threshold,
        };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(env, async ct =>
        {
            await using VigilStoreSet stores = await CommandRunner.OpenStoresAsync(env, parse.GetValue(CommonOptions.Db), ct);
            IMessageStore store = stores.Messages;
            long number = parse.GetValue(id);
            string outPath = parse.GetRequiredValue(output);
            ScreenCommand.RefuseSummaryOnResults(parse, outPath);
            MessageDetail detail = await store.GetAsync(number, ct) ?? throw new CliException($"no message #{number} in {store.Description}.", ExitCodes.BadInput);
            string? correctedPath = parse.GetValue(file);
            (ReadOnlyMemory<byte>, string)? corrected = correctedPath is null
                ? null
                : (await ScreenCommand.ReadMessageFileAsync(env, correctedPath, ct), CliFiles.SourceName(correctedPath));
            string source = correctedPath is null ? detail.Message.SourceName : CliFiles.SourceName(correctedPath);
            MessageIntake intake = new(store, stores.Checks, env.Time);
            MessageIntakeRequest request = ScreenCommand.Request(env, detail.Message.Format, ReadOnlyMemory<byte>.Empty, source, outPath);
            MessageIntakeResult result = await intake.ReplayAsync(number, corrected, request, ScreenCommand.Setup(env, parse, index, parse.GetValue(threshold)), ct);
            ReadMessage message = result.Message;
            await ScreenCommand.PrintIssuesAsync(env, message, $"vigil parse {detail.Message.Format} FILE --json");
            await env.Error.WriteLineAsync(correctedPath is null
                ? $"Message #{number} read again: {MessageNames.ToName(message.Outcome)}, {message.Travelers.Count} travelers."
                : $"Message #{number} corrected by message #{result.Stored?.Id}: {MessageNames.ToName(message.Outcome)}, {message.Travelers.Count} travelers.");
            return await ScreenCommand.ReportAsync(env, parse, result, source, outPath, parseHint: null);
        }, cancellationToken));
        return command;
    }

    private static void WriteRecord(Utf8JsonWriter w, MessageRecord m)
    {
        w.WriteStartObject();
        w.WriteNumber("id", m.Id);
        w.WriteString("format", m.Format);
        w.WriteString("source", m.SourceName);
        w.WriteString("receivedAt", m.ReceivedAt);
        w.WriteString("receivedBy", m.ReceivedBy);
        w.WriteString("sha256", m.Sha256);
        w.WriteNumber("size", m.Size);
        w.WriteString("state", MessageNames.ToName(m.State));
        w.WriteString("outcome", MessageNames.ToName(m.Outcome));
        w.WriteNumber("errors", m.ErrorCount);
        w.WriteNumber("warnings", m.WarningCount);
        w.WriteNumber("travelers", m.TravelerCount);
        w.WriteString("sender", m.Sender);
        w.WriteString("recipient", m.Recipient);
        w.WriteString("controlReference", m.InterchangeControlReference);
        w.WriteString("summary", m.Summary);
        w.WriteNumber("attempts", m.Attempts);
        WriteId(w, "duplicateOf", m.DuplicateOf);
        WriteId(w, "replayOf", m.ReplayOf);
        WriteId(w, "replacedBy", m.ReplacedBy);
        if (m.ScreenedAt is { } screenedAt)
        {
            w.WriteString("screenedAt", screenedAt);
        }
        else
        {
            w.WriteNull("screenedAt");
        }

        if (m.ScreeningSummary is { } summary)
        {
            w.WritePropertyName("screening");
            using JsonDocument parsed = JsonDocument.Parse(summary);
            parsed.RootElement.WriteTo(w);
        }
        else
        {
            w.WriteNull("screening");
        }

        w.WriteEndObject();
    }

    private static void WriteId(Utf8JsonWriter w, string name, long? value)
    {
        if (value is { } id)
        {
            w.WriteNumber(name, id);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
