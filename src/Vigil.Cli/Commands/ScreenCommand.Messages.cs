using System.CommandLine;
using System.Data.Common;
using System.Globalization;
using Vigil.Cli.Output;
using Vigil.Formats.Diagnostics;
using Vigil.Screening.Flights;
using Vigil.Screening.Messages;
using Vigil.Screening.Screen;
using Vigil.Storage;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil screen --format paxlst|pnrgov|mrz</c>: screens every traveler of a received message, through the
/// message intake of the application layer (record, recognise duplicates, quarantine, screen, decide).</summary>
internal static partial class ScreenCommand
{
    /// <summary>The largest message read (FORMATS.md §5: 10 MB per interchange); a larger file is refused.</summary>
    internal const int MaxMessageBytes = 10 * 1024 * 1024;

    /// <summary>Reads a message file (or standard input), at most <see cref="MaxMessageBytes"/>; a larger one is refused, unread.</summary>
    internal static async Task<byte[]> ReadMessageFileAsync(CliEnvironment env, string path, CancellationToken ct)
    {
        await using Stream stream = CliFiles.OpenInput(env, path, "message file");
        return await MessageContent.ReadAsync(stream, MaxMessageBytes, ct);
    }

    /// <summary>Takes in one message file: kept in the message store with its outcome and issues before anything else
    /// (unless <paramref name="record"/> is false); a duplicate is not screened again, an unreadable message (or an
    /// invalid one with no traveler) stays in quarantine.</summary>
    private static async Task<int> ScreenMessageAsync(
        CliEnvironment env, ParseResult parse, IndexOptions index, double? threshold, byte[] bytes, string inPath, string outPath, string format, bool record,
        CancellationToken ct)
    {
        string source = CliFiles.SourceName(inPath);
        MessageIntakeRequest request = Request(env, format, bytes, source, outPath) with { Record = record };
        Func<CancellationToken, Task<ScreeningSetup>> load = Setup(env, parse, index, threshold), setup = load;
        if (parse.GetValue(index.Index) is not null)
        {
            // A list file is read and indexed on another core while the message is parsed (and recorded): a one-off
            // screen of one flight waits for the longer of the two, not for both. If the message turns out to have no
            // traveler to screen, the index is not waited for, as before.
            Task<ScreeningSetup> early = Task.Run(() => load(ct), ct);
            setup = _ => early;
        }

        if (!record)
        {
            MessageIntake intake = new(null, null, env.Time);
            MessageIntakeResult result = await intake.ReceiveAsync(request, setup, ct);
            return await ReportAsync(env, parse, result, source, outPath, $"vigil parse {format} {inPath} --json");
        }

        await using VigilStoreSet stores = await OpenMessageStoresAsync(env, parse.GetValue(CommonOptions.Db), ct);
        MessageIntakeResult taken = await new MessageIntake(stores.Messages, stores.Checks, env.Time).ReceiveAsync(request, setup, ct);
        return await ReportAsync(env, parse, taken, source, outPath, $"vigil parse {format} {inPath} --json");
    }

    /// <summary>What the intake is asked for a message from the command line; results are written to
    /// <paramref name="outPath"/> before the message is marked screened.</summary>
    internal static MessageIntakeRequest Request(CliEnvironment env, string format, ReadOnlyMemory<byte> bytes, string source, string outPath) =>
        new(format, bytes, source, CliEnvironment.DefaultActor)
        {
            AuditActor = CliEnvironment.AuditActor,
            ResultsLocation = outPath,
            BeforeCommit = async (travelers, ct) =>
            {
                await using Stream output = CliFiles.CreateOutput(env, outPath);
                FlightScreener.Write([.. travelers.Select(t => t.Screening)], output);
            },
        };

    /// <summary>Loads the index the options name, when the intake needs it.</summary>
    internal static Func<CancellationToken, Task<ScreeningSetup>> Setup(CliEnvironment env, ParseResult parse, IndexOptions index, double? threshold) =>
        async ct =>
        {
            LoadedIndex loaded = await index.LoadAsync(env, parse, ct);
            return ScreeningSetup.For(loaded.Index, threshold) with { Relations = loaded.Relations };
        };

    /// <summary>Says what became of a message: screened (with counts), a duplicate, or in quarantine.</summary>
    /// <param name="parseHint">The command that lists every issue, for the line that says how many there are; null
    /// when the caller printed the issues already.</param>
    internal static async Task<int> ReportAsync(CliEnvironment env, ParseResult parse, MessageIntakeResult result, string source, string outPath, string? parseHint)
    {
        ReadMessage message = result.Message;
        string format = message.Format;
        if (parseHint is not null)
        {
            await PrintIssuesAsync(env, message, parseHint);
        }

        MessageRecord? stored = result.Stored;
        switch (result.Disposition)
        {
            case IntakeDisposition.Unreadable:
                await CliFiles.CreateEmptyAsync(env, outPath);
                throw new CliException($"{source} is unreadable as {format}: nothing to screen (see the errors above).", ExitCodes.BadInput);

            case IntakeDisposition.Duplicate:
                {
                    await CliFiles.CreateEmptyAsync(env, outPath);
                    MessageRecord original = result.Original!;
                    string why = string.Equals(original.Sha256, stored!.Sha256, StringComparison.Ordinal)
                        ? "the same bytes"
                        : $"the same sender {stored.Sender} and interchange reference {stored.InterchangeControlReference}";
                    await env.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"vigil: {source} repeats message #{original.Id} ({original.SourceName}, received {original.ReceivedAt:yyyy-MM-dd HH:mm:ss} UTC) with {why}: "
                        + $"kept as message #{stored.Id}, a duplicate, and not screened again."));
                    await WriteMessageSummaryJsonAsync(env, parse, result, outPath);
                    return ExitCodes.Ok;
                }

            case IntakeDisposition.Quarantined:
                await CliFiles.CreateEmptyAsync(env, outPath);
                await WriteMessageSummaryJsonAsync(env, parse, result, outPath);
                throw new CliException(
                    $"{source} is {MessageNames.ToName(message.Outcome)} as {message.Format} with no traveler to screen: kept in quarantine as message #{stored!.Id} "
                    + $"(vigil messages show {stored.Id}; after a fix, vigil messages replay {stored.Id}).",
                    ExitCodes.BadInput);
        }

        int errors = result.ErrorCount;
        await env.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Screened {result.Travelers.Count:N0} travelers of {source} ({message.Format}, {MessageNames.ToName(message.Outcome)}{(errors > 0 ? $", {errors} error{(errors == 1 ? string.Empty : "s")}" : string.Empty)}"
            + $"{(stored is null ? string.Empty : $", message #{stored.Id}")}) in {result.ScreenTime.TotalMilliseconds:F1} ms (read in {result.ParseTime.TotalMilliseconds:F1} ms): "
            + $"{result.Review:N0} review, {result.Clear:N0} clear."));
        await env.Error.WriteLineAsync($"Results: {CliFiles.Describe(outPath)}");
        await WriteMessageSummaryJsonAsync(env, parse, result, outPath);

        // Exit 1 when the message broke a rule, even though its travelers were screened: the sender must be told.
        return errors > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
    }

    private static async Task WriteMessageSummaryJsonAsync(CliEnvironment env, ParseResult parse, MessageIntakeResult result, string outPath)
    {
        if (!parse.GetValue(CommonOptions.Json))
        {
            return;
        }

        ReadMessage message = result.Message;
        await JsonOutput.WriteAsync(env.Output, w =>
        {
            w.WriteStartObject();
            w.WriteString("format", message.Format);
            w.WriteString("outcome", MessageNames.ToName(message.Outcome));
            w.WriteNumber("issues", message.Issues.Count);
            if (result.Stored is { } stored)
            {
                w.WriteNumber("message", stored.Id);
                w.WriteString("state", MessageNames.ToName(stored.State));
                if (stored.DuplicateOf is { } original)
                {
                    w.WriteNumber("duplicateOf", original);
                }
            }

            bool screened = result.Disposition == IntakeDisposition.Screened;
            w.WriteNumber("travelers", screened ? result.Travelers.Count : 0);
            w.WriteNumber("review", result.Review);
            w.WriteNumber("clear", result.Clear);
            w.WriteNumber("parseMilliseconds", Math.Round(result.ParseTime.TotalMilliseconds, 3));
            w.WriteNumber("screenMilliseconds", Math.Round(result.ScreenTime.TotalMilliseconds, 3));
            w.WriteString("results", outPath);
            w.WriteEndObject();
        });
    }

    internal static async Task PrintIssuesAsync(CliEnvironment env, ReadMessage message, string allOfThem)
    {
        foreach (Diagnostic issue in message.Issues.Take(DiagnosticsShown))
        {
            await env.Error.WriteLineAsync(issue.ToString());
        }

        if (message.Issues.Count > DiagnosticsShown)
        {
            await env.Error.WriteLineAsync($"... {message.Issues.Count:N0} issues in all ({allOfThem} lists them).");
        }
    }

    internal static async Task<VigilStoreSet> OpenMessageStoresAsync(CliEnvironment env, string? db, CancellationToken ct)
    {
        try
        {
            return await VigilStores.OpenAsync(db, env.Time, new MessageStoreOptions { MaxMessageBytes = MaxMessageBytes }, ct);
        }
        catch (Exception e) when (e is DbException or IOException or UnauthorizedAccessException or ArgumentException or SchemaVersionException)
        {
            throw new CliException($"cannot open the database to keep the message ({e.Message}). Check --db or VIGIL_DB, or give --no-record.", ExitCodes.Environment);
        }
    }
}
