using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Vigil.Cli.Output;
using Vigil.Formats.Diagnostics;
using Vigil.Screening.Flights;

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

    /// <summary>Reads a message file, at most <see cref="MaxMessageBytes"/>.</summary>
    internal static byte[] ReadMessageFile(string path)
    {
        using FileStream stream = ListFiles.OpenRead(path);
        if (stream.Length > MaxMessageBytes)
        {
            throw new CliException($"'{path}' is {stream.Length:N0} bytes; a message is at most {MaxMessageBytes:N0} bytes (10 MB), so it was not read.", ExitCodes.BadInput);
        }

        byte[] bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    private static async Task<int> ScreenMessageAsync(
        CliEnvironment env, ParseResult parse, IndexOptions index, double? threshold, string inPath, string outPath, string format, CancellationToken ct)
    {
        byte[] bytes = ReadMessageFile(inPath);
        string source = Path.GetFileName(inPath);
        long started = env.Time.GetTimestamp();
        ReadMessage message = MessageReader.Read(format, bytes, source, DateOnly.FromDateTime(env.Time.GetLocalNow().DateTime));
        TimeSpan parseTime = env.Time.GetElapsedTime(started);
        foreach (Diagnostic issue in message.Issues.Take(DiagnosticsShown))
        {
            await env.Error.WriteLineAsync(issue.ToString());
        }

        if (message.Issues.Count > DiagnosticsShown)
        {
            await env.Error.WriteLineAsync($"... {message.Issues.Count:N0} issues in all (vigil parse {format} {inPath} --json lists them).");
        }

        if (message.IsUnreadable)
        {
            await using (File.Create(outPath))
            {
            }

            throw new CliException($"{source} is unreadable as {format}: nothing to screen (see the errors above).", ExitCodes.BadInput);
        }

        LoadedIndex loaded = await index.LoadAsync(env, parse, ct);
        FlightScreener screener = new(loaded.Index, threshold ?? loaded.Index.ReviewThreshold);
        started = env.Time.GetTimestamp();
        IReadOnlyList<FlightScreening> results = screener.ScreenAll(message.Travelers, ct);
        TimeSpan screenTime = env.Time.GetElapsedTime(started);
        (int clear, int review) counts;
        await using (FileStream output = new(outPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            counts = FlightScreener.Write(results, output);
        }

        int errors = message.Issues.Count(i => i.IsError);
        await env.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Screened {results.Count:N0} travelers of {source} ({format}, {message.Outcome}{(errors > 0 ? $", {errors} error{(errors == 1 ? string.Empty : "s")}" : string.Empty)}) "
            + $"in {screenTime.TotalMilliseconds:F1} ms (read in {parseTime.TotalMilliseconds:F1} ms): {counts.review:N0} review, {counts.clear:N0} clear."));
        await env.Error.WriteLineAsync($"Results: {outPath}");
        if (parse.GetValue(CommonOptions.Json))
        {
            await JsonOutput.WriteAsync(env.Output, w =>
            {
                w.WriteStartObject();
                w.WriteString("format", format);
                w.WriteString("outcome", message.Outcome);
                w.WriteNumber("issues", message.Issues.Count);
                w.WriteNumber("travelers", results.Count);
                w.WriteNumber("review", counts.review);
                w.WriteNumber("clear", counts.clear);
                w.WriteNumber("parseMilliseconds", Math.Round(parseTime.TotalMilliseconds, 3));
                w.WriteNumber("screenMilliseconds", Math.Round(screenTime.TotalMilliseconds, 3));
                w.WriteString("results", outPath);
                w.WriteEndObject();
            });
        }

        // Exit 1 when the message broke a rule, even though its travelers were screened: the sender must be told.
        return errors > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
    }
}
