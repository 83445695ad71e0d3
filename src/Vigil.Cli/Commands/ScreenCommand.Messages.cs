using System.CommandLine;
using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Vigil.Cli.Output;
using Vigil.Formats.Diagnostics;
using Vigil.Screening.Flights;
using Vigil.Screening.Messages;
using Vigil.Storage;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil screen --format paxlst|pnrgov|mrz</c>: screens every traveler of a received message.</summary>
internal static partial class ScreenCommand
{
    /// <summary>The largest message read (FORMATS.md §5: 10 MB per interchange); a larger file is refused.</summary>
    internal const int MaxMessageBytes = 10 * 1024 * 1024;

    /// <summary>The format of a traveler file from its name, or from its first bytes.</summary>
    private static string InferTravelerFormat(string path)
    {
        if (path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            return "csv";
        }

        if (path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return "jsonl";
        }

        byte[] head = new byte[4096];
        int read;
        using (FileStream stream = ListFiles.OpenRead(path))
        {
            read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }

        return head.AsSpan(0, read).TrimStart(" \t\r\n\uFEFF"u8).StartsWith("{"u8) ? "jsonl" : MessageReader.Sniff(head.AsSpan(0, read)) ?? "jsonl";
    }

    /// <summary>Reads a message file, at most <see cref="MaxMessageBytes"/>; a larger one is refused, unread.</summary>
    internal static async Task<byte[]> ReadMessageFileAsync(string path, CancellationToken ct)
    {
        await using FileStream stream = ListFiles.OpenRead(path);
        return await MessageContent.ReadAsync(stream, MaxMessageBytes, ct);
    }

    /// <summary>Reads, records and screens one message: the message is kept in the message store (the database)
    /// with its outcome and issues before anything else; a duplicate is not screened again, an unreadable message
    /// (or an invalid one with no traveler) stays in quarantine.</summary>
    private static async Task<int> ScreenMessageAsync(
        CliEnvironment env, ParseResult parse, IndexOptions index, double? threshold, string inPath, string outPath, string format, bool record, CancellationToken ct)
    {
        byte[] bytes = await ReadMessageFileAsync(inPath, ct);
        string source = Path.GetFileName(inPath);
        long started = env.Time.GetTimestamp();
        ReadMessage message = MessageReader.Read(format, bytes, source, DateOnly.FromDateTime(env.Time.GetLocalNow().DateTime));
        TimeSpan parseTime = env.Time.GetElapsedTime(started);
        await PrintIssuesAsync(env, message, $"vigil parse {format} {inPath} --json");
        if (!record)
        {
            if (message.IsUnreadable)
            {
                await CreateEmptyAsync(outPath);
                throw new CliException($"{source} is unreadable as {format}: nothing to screen (see the errors above).", ExitCodes.BadInput);
            }

            return await ScreenReadMessageAsync(env, parse, index, threshold, message, source, outPath, parseTime, null, ct);
        }

        await using IMessageStore store = await OpenMessageStoreAsync(env, parse.GetValue(CommonOptions.Db), ct);
        RecordedMessage recorded = await store.RecordAsync(new IncomingMessage(format, source, bytes, CliEnvironment.DefaultActor, MessageIssues.ToParse(message)), ct);
        return await AfterRecordAsync(env, parse, index, threshold, store, recorded, message, source, outPath, parseTime, ct);
    }

    /// <summary>Screens a recorded message when the store says its travelers are to be screened, and says why not
    /// otherwise (duplicate, quarantine).</summary>
    internal static async Task<int> AfterRecordAsync(
        CliEnvironment env, ParseResult parse, IndexOptions index, double? threshold, IMessageStore store, RecordedMessage recorded, ReadMessage message,
        string source, string outPath, TimeSpan parseTime, CancellationToken ct)
    {
        MessageRecord stored = recorded.Message;
        if (recorded.IsDuplicate)
        {
            await CreateEmptyAsync(outPath);
            MessageRecord original = recorded.Original!;
            string why = string.Equals(original.Sha256, stored.Sha256, StringComparison.Ordinal)
                ? "the same bytes"
                : $"the same sender {stored.Sender} and interchange reference {stored.InterchangeControlReference}";
            await env.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"vigil: {source} repeats message #{original.Id} ({original.SourceName}, received {original.ReceivedAt:yyyy-MM-dd HH:mm:ss} UTC) with {why}: "
                + $"kept as message #{stored.Id}, a duplicate, and not screened again."));
            await WriteMessageSummaryJsonAsync(env, parse, stored, message, null, outPath, parseTime, TimeSpan.Zero);
            return ExitCodes.Ok;
        }

        if (!stored.NeedsScreening)
        {
            await CreateEmptyAsync(outPath);
            await WriteMessageSummaryJsonAsync(env, parse, stored, message, null, outPath, parseTime, TimeSpan.Zero);
            throw new CliException(
                $"{source} is {message.Outcome} as {message.Format} with no traveler to screen: kept in quarantine as message #{stored.Id} "
                + $"(vigil messages show {stored.Id}; after a fix, vigil messages replay {stored.Id}).",
                ExitCodes.BadInput);
        }

        return await ScreenReadMessageAsync(env, parse, index, threshold, message, source, outPath, parseTime, stored, ct, store);
    }

    private static async Task<int> ScreenReadMessageAsync(
        CliEnvironment env, ParseResult parse, IndexOptions index, double? threshold, ReadMessage message, string source, string outPath, TimeSpan parseTime,
        MessageRecord? stored, CancellationToken ct, IMessageStore? store = null)
    {
        LoadedIndex loaded = await index.LoadAsync(env, parse, ct);
        FlightScreener screener = new(loaded.Index, threshold ?? loaded.Index.ReviewThreshold);
        long started = env.Time.GetTimestamp();
        IReadOnlyList<FlightScreening> results = screener.ScreenAll(message.Travelers, ct);
        TimeSpan screenTime = env.Time.GetElapsedTime(started);
        (int Clear, int Review) counts;
        await using (FileStream output = new(outPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            counts = FlightScreener.Write(results, output);
        }

        if (store is not null && stored is not null)
        {
            string summary = string.Create(CultureInfo.InvariantCulture,
                $"{{\"travelers\":{results.Count},\"review\":{counts.Review},\"clear\":{counts.Clear},\"threshold\":{screener.Threshold},\"results\":{JsonSerializer.Serialize(outPath)}}}");
            stored = await store.MarkScreenedAsync(stored.Id, summary, CliEnvironment.DefaultActor, ct);
        }

        int errors = message.Issues.Count(i => i.IsError);
        await env.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Screened {results.Count:N0} travelers of {source} ({message.Format}, {message.Outcome}{(errors > 0 ? $", {errors} error{(errors == 1 ? string.Empty : "s")}" : string.Empty)}"
            + $"{(stored is null ? string.Empty : $", message #{stored.Id}")}) in {screenTime.TotalMilliseconds:F1} ms (read in {parseTime.TotalMilliseconds:F1} ms): "
            + $"{counts.Review:N0} review, {counts.Clear:N0} clear."));
        await env.Error.WriteLineAsync($"Results: {outPath}");
        await WriteMessageSummaryJsonAsync(env, parse, stored, message, (results.Count, counts.Review, counts.Clear), outPath, parseTime, screenTime);

        // Exit 1 when the message broke a rule, even though its travelers were screened: the sender must be told.
        return errors > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
    }

    private static async Task WriteMessageSummaryJsonAsync(
        CliEnvironment env, ParseResult parse, MessageRecord? stored, ReadMessage message, (int Travelers, int Review, int Clear)? screened, string outPath,
        TimeSpan parseTime, TimeSpan screenTime)
    {
        if (!parse.GetValue(CommonOptions.Json))
        {
            return;
        }

        await JsonOutput.WriteAsync(env.Output, w =>
        {
            w.WriteStartObject();
            w.WriteString("format", message.Format);
            w.WriteString("outcome", message.Outcome);
            w.WriteNumber("issues", message.Issues.Count);
            if (stored is not null)
            {
                w.WriteNumber("message", stored.Id);
                w.WriteString("state", MessagesCommand.StateName(stored.State));
                if (stored.DuplicateOf is { } original)
                {
                    w.WriteNumber("duplicateOf", original);
                }
            }

            w.WriteNumber("travelers", screened?.Travelers ?? 0);
            w.WriteNumber("review", screened?.Review ?? 0);
            w.WriteNumber("clear", screened?.Clear ?? 0);
            w.WriteNumber("parseMilliseconds", Math.Round(parseTime.TotalMilliseconds, 3));
            w.WriteNumber("screenMilliseconds", Math.Round(screenTime.TotalMilliseconds, 3));
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

    internal static async Task<IMessageStore> OpenMessageStoreAsync(CliEnvironment env, string? db, CancellationToken ct)
    {
        try
        {
            return await MessageStores.OpenAsync(db, env.Time, new MessageStoreOptions { MaxMessageBytes = MaxMessageBytes }, ct);
        }
        catch (Exception e) when (e is DbException or IOException or UnauthorizedAccessException or ArgumentException or SchemaVersionException)
        {
            throw new CliException($"cannot open the database to keep the message ({e.Message}). Check --db or VIGIL_DB, or give --no-record.", ExitCodes.Environment);
        }
    }

    private static async Task CreateEmptyAsync(string path)
    {
        await using (File.Create(path))
        {
        }
    }
}
