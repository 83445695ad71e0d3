using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Vigil.Formats.Edifact;
using Vigil.Formats.Lists;
using Vigil.Formats.Paxlst;
using Vigil.Matching;
using Vigil.Screening.Flights;
using Vigil.Screening.Messages;
using Vigil.Synthetic.Messages;

namespace Vigil.Synthetic;

/// <summary>The <c>measure</c> command of <c>bench/formats</c>: PAXLST parse throughput on one thread, and a flight
/// screened end to end (bytes, <see cref="MessageReader"/>, <see cref="FlightScreener.ScreenAll"/>, results written)
/// against an index loaded once.</summary>
/// <remarks>Figures go to standard output as one JSON object (the script reads them); progress to standard error.
/// MB are 10^6 bytes.</remarks>
internal static class Measurement
{
    public static Command Create()
    {
        Option<string?> parseFile = new("--parse") { Description = "A PAXLST interchange whose parse throughput is measured (any size: the interchange limit is raised to it).", HelpName = "FILE" };
        Option<int> parseRuns = new("--parse-runs") { Description = "Timed parses of --parse, of each kind (whole result kept; message by message).", DefaultValueFactory = _ => 7, HelpName = "N" };
        Option<int> parseWarmup = new("--parse-warmup") { Description = "Untimed parses before them.", DefaultValueFactory = _ => 2, HelpName = "N" };
        Option<string?> screenFile = new("--screen") { Description = "A PAXLST message screened end to end against --index.", HelpName = "FILE" };
        Option<string?> index = new("--index") { Description = "The list screened against (for ofac-csv: the folder of sdn.csv).", HelpName = "PATH" };
        Option<string> indexFormat = new("--index-format") { Description = "The list's format.", DefaultValueFactory = _ => "ofac-csv", HelpName = "FORMAT" };
        indexFormat.AcceptOnlyFromAmong(ListLoader.Formats);
        Option<int> screenRuns = new("--screen-runs") { Description = "Timed end-to-end screenings of --screen.", DefaultValueFactory = _ => 60, HelpName = "N" };
        Option<int> screenWarmup = new("--screen-warmup") { Description = "Untimed screenings before them (then more, until the just-in-time compiler has settled).", DefaultValueFactory = _ => 10, HelpName = "N" };
        Command measure = new("measure", "Measure PAXLST parse throughput (one thread) and end-to-end flight screening; prints one JSON object.")
        {
            parseFile, parseRuns, parseWarmup, screenFile, index, indexFormat, screenRuns, screenWarmup,
        };
        measure.SetAction(parse =>
        {
            string? parsePath = parse.GetValue(parseFile), screenPath = parse.GetValue(screenFile), indexPath = parse.GetValue(index);
            if (parsePath is null && screenPath is null || screenPath is not null && indexPath is null
                || parse.GetValue(parseRuns) < 1 || parse.GetValue(screenRuns) < 1 || parse.GetValue(parseWarmup) < 0 || parse.GetValue(screenWarmup) < 0)
            {
                Console.Error.WriteLine("Vigil.Synthetic: error: give --parse FILE and/or --screen FILE --index PATH; runs are 1 or more.");
                return 2;
            }

            using Stream stdout = Console.OpenStandardOutput();
            using Utf8JsonWriter json = new(stdout, new JsonWriterOptions { Indented = true });
            json.WriteStartObject();
            json.WriteNumber("processors", Environment.ProcessorCount);
            json.WriteString("gc", System.Runtime.GCSettings.IsServerGC ? "server" : "workstation");
            try
            {
                if (parsePath is not null)
                {
                    MeasureParse(json, parsePath, parse.GetValue(parseWarmup), parse.GetValue(parseRuns));
                }

                if (screenPath is not null)
                {
                    MeasureScreening(json, screenPath, indexPath!, parse.GetRequiredValue(indexFormat), parse.GetValue(screenWarmup), parse.GetValue(screenRuns));
                }
            }
            catch (MeasurementException e)
            {
                Console.Error.WriteLine($"Vigil.Synthetic: error: {e.Message}");
                return 1;
            }

            json.WriteEndObject();
            json.Flush();
            stdout.WriteByte((byte)'\n');
            return 0;
        });
        return measure;
    }

    private static void MeasureParse(Utf8JsonWriter json, string path, int warmup, int runs)
    {
        byte[] bytes = File.ReadAllBytes(path);
        EdifactReadOptions options = new()
        {
            Source = Path.GetFileName(path),
            Limits = EdifactLimits.Default with { MaxInterchangeBytes = Math.Max(EdifactLimits.Default.MaxInterchangeBytes, bytes.Length) },
        };
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"measure: parsing {Path.GetFileName(path)} ({bytes.Length / 1e6:F1} MB) on one thread: {warmup} warm-up, {runs} timed"));

        // Warm-up first: the parser rents its input buffer from the shared pool, which keeps it for the next parse; it
        // is then counted in the heap before, not in what the result holds.
        _ = PaxlstParser.Parse(bytes, options);
        Collect();
        long before = GC.GetTotalMemory(forceFullCollection: true);
        EdifactParseResult<PaxlstMessage>? result = PaxlstParser.Parse(bytes, options);
        long retained = GC.GetTotalMemory(forceFullCollection: true) - before;
        if (result.Outcome != EdifactOutcome.Valid)
        {
            throw new MeasurementException($"{path} did not parse as valid ({result.Outcome}): {string.Join("; ", result.Issues.Take(5))}");
        }

        int travelers = result.Messages.Sum(m => m.Travelers.Count), messages = result.Messages.Count, issues = result.Issues.Count;
        result = null;
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {messages:N0} messages, {travelers:N0} travelers, {issues} issues; the result holds {retained / 1e6:F0} MB of the heap"));

        // The whole result kept (PaxlstParser.Parse), and each message handed over and dropped as it is read (the
        // streaming Parse, as a host screening message by message reads): alternately, so that both meet the same load.
        // Warm-up goes on until two rounds of both in a row compile nothing (at most 60 s): methods called once per
        // parse are compiled again, optimized, only after several parses.
        Stopwatch settling = Stopwatch.StartNew();
        int warmupRounds = 0, quietRounds = 0;
        while (warmupRounds < warmup || (quietRounds < 2 && settling.Elapsed.TotalSeconds < 60))
        {
            long compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
            _ = PaxlstParser.Parse(bytes, options);
            _ = PaxlstParser.Parse(bytes, _ => { }, options);
            warmupRounds++;
            quietRounds = System.Runtime.JitInfo.GetCompiledMethodCount() == compiled ? quietRounds + 1 : 0;
        }

        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  warm-up: {warmupRounds} rounds of both kinds, {settling.Elapsed.TotalSeconds:F1} s, until the just-in-time compiler settled{(quietRounds < 2 ? " (it had not after 60 s)" : string.Empty)}"));

        Process process = Process.GetCurrentProcess();
        List<Run> timed = [], streamed = [];
        for (int i = 0; i < runs; i++)
        {
            timed.Add(TimeParse(i + 1, "whole result kept", () => PaxlstParser.Parse(bytes, options).Messages.Count));
            streamed.Add(TimeParse(i + 1, "message by message", () =>
            {
                int handed = 0;
                PaxlstParser.Parse(bytes, _ => handed++, options);
                return handed;
            }));
        }

        Run TimeParse(int number, string how, Func<int> parse)
        {
            Collect();
            int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
            TimeSpan pause = GC.GetTotalPauseDuration();
            process.Refresh();
            TimeSpan cpu = process.TotalProcessorTime;
            long allocated = GC.GetAllocatedBytesForCurrentThread();
            long started = Stopwatch.GetTimestamp();
            int read = parse();
            TimeSpan elapsed = Stopwatch.GetElapsedTime(started);
            allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
            process.Refresh();
            Run run = new(elapsed, allocated, (process.TotalProcessorTime - cpu).TotalSeconds, GC.GetTotalPauseDuration() - pause,
                GC.CollectionCount(0) - gen0, GC.CollectionCount(1) - gen1, GC.CollectionCount(2) - gen2);
            if (read != messages)
            {
                throw new MeasurementException($"A timed parse ({how}) gave {read} messages, not {messages}.");
            }

            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  run {number}, {how}: {elapsed.TotalMilliseconds:F0} ms = {bytes.Length / 1e6 / elapsed.TotalSeconds:F1} MB/s; {allocated / 1e6:F0} MB allocated; GC {run.Gen0}/{run.Gen1}/{run.Gen2} (gen 0/1/2), paused {run.Pause.TotalMilliseconds:F0} ms; CPU {run.CpuSeconds:F2} s"));
            return run;
        }

        double[] seconds = [.. timed.Select(r => r.Elapsed.TotalSeconds).Order()];
        double[] streamedSeconds = [.. streamed.Select(r => r.Elapsed.TotalSeconds).Order()];
        Run median = timed.OrderBy(r => r.Elapsed).ElementAt((timed.Count - 1) / 2);
        Run streamedMedian = streamed.OrderBy(r => r.Elapsed).ElementAt((streamed.Count - 1) / 2);
        double megabytes = bytes.Length / 1e6;
        json.WriteStartObject("parse");
        json.WriteString("file", Path.GetFileName(path));
        json.WriteNumber("bytes", bytes.Length);
        json.WriteNumber("messages", messages);
        json.WriteNumber("travelers", travelers);
        json.WriteNumber("issues", issues);
        json.WriteNumber("runs", runs);
        json.WriteNumber("warmupRounds", warmupRounds);
        json.WriteNumber("bestMBps", Math.Round(megabytes / seconds[0], 1));
        json.WriteNumber("medianMBps", Math.Round(megabytes / Median(seconds), 1));
        json.WriteNumber("worstMBps", Math.Round(megabytes / seconds[^1], 1));
        json.WriteNumber("medianMilliseconds", Math.Round(Median(seconds) * 1000, 1));
        json.WriteNumber("retainedBytes", retained);
        json.WriteNumber("allocatedBytesPerMB", Math.Round(timed.Average(r => (double)r.Allocated) / megabytes));
        json.WriteNumber("medianGcPauseMilliseconds", Math.Round(median.Pause.TotalMilliseconds, 1));
        json.WriteNumber("medianGen0", median.Gen0);
        json.WriteNumber("medianGen1", median.Gen1);
        json.WriteNumber("medianGen2", median.Gen2);
        json.WriteNumber("medianCpuSeconds", Math.Round(median.CpuSeconds, 3));
        json.WriteNumber("streamingBestMBps", Math.Round(megabytes / streamedSeconds[0], 1));
        json.WriteNumber("streamingMedianMBps", Math.Round(megabytes / Median(streamedSeconds), 1));
        json.WriteNumber("streamingWorstMBps", Math.Round(megabytes / streamedSeconds[^1], 1));
        json.WriteNumber("streamingMedianMilliseconds", Math.Round(Median(streamedSeconds) * 1000, 1));
        json.WriteNumber("streamingAllocatedBytesPerMB", Math.Round(streamed.Average(r => (double)r.Allocated) / megabytes));
        json.WriteNumber("streamingMedianGcPauseMilliseconds", Math.Round(streamedMedian.Pause.TotalMilliseconds, 1));
        json.WriteNumber("streamingMedianGen0", streamedMedian.Gen0);
        json.WriteNumber("streamingMedianGen1", streamedMedian.Gen1);
        json.WriteNumber("streamingMedianGen2", streamedMedian.Gen2);
        json.WriteEndObject();
    }

    private static void MeasureScreening(Utf8JsonWriter json, string path, string indexPath, string indexFormat, int warmup, int runs)
    {
        Stopwatch clock = Stopwatch.StartNew();
        ListReadResult list;
        try
        {
            list = ListLoader.Read(indexPath, indexFormat);
        }
        catch (FileNotFoundException e)
        {
            throw new MeasurementException(e.Message);
        }

        TimeSpan readTime = clock.Elapsed;
        WatchListIndex index = WatchListIndex.Build(list.Subjects);
        TimeSpan buildTime = clock.Elapsed - readTime;
        list = null!;
        Collect();
        FlightScreener screener = new(index, index.ReviewThreshold);
        byte[] bytes = File.ReadAllBytes(path);
        string source = Path.GetFileName(path);
        DateOnly today = DateOnly.FromDateTime(PaxlstGenerator.PreparedAt);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"measure: index of {index.NameCount:N0} names read in {readTime.TotalSeconds:F1} s, built in {buildTime.TotalSeconds:F1} s; screening {source} ({bytes.Length / 1e3:F0} kB) end to end: {warmup} warm-up, {runs} timed, on {Environment.ProcessorCount} cores, then on one thread"));

        ReadMessage first = MessageReader.Read("paxlst", bytes, source, today);
        if (first.Outcome != ParseOutcome.Valid)
        {
            throw new MeasurementException($"{path} did not read as valid ({first.Outcome}): {string.Join("; ", first.Issues.Take(5))}");
        }

        using MemoryStream output = new(1 << 20);
        int review = 0;
        (double Total, double Parse, double Screen, double Write) Once(bool parallel)
        {
            long started = Stopwatch.GetTimestamp();
            ReadMessage message = MessageReader.Read("paxlst", bytes, source, today);
            long parsed = Stopwatch.GetTimestamp();
            IReadOnlyList<FlightScreening> results = parallel ? screener.ScreenAll(message.Travelers) : [.. message.Travelers.Select(screener.Screen)];
            long screened = Stopwatch.GetTimestamp();
            output.SetLength(0);
            review = FlightScreener.Write(results, output).Review;
            long written = Stopwatch.GetTimestamp();
            return (Ms(started, written), Ms(started, parsed), Ms(parsed, screened), Ms(screened, written));
        }

        // Runs on every core (as vigil screen) and on one thread alternate, so that both meet the same load.
        List<(double Total, double Parse, double Screen, double Write)> all = [], single = [];
        for (int i = 0; i < warmup; i++)
        {
            Once(parallel: true);
            Once(parallel: false);
        }

        // Tiered compilation goes on in the background for seconds after the first runs: methods are compiled again,
        // optimized, on the same cores. Warm-up goes on until five rounds in a row compile nothing (at most 60 s), so
        // that the timed runs measure the code a host that has been running for a while runs.
        Stopwatch settling = Stopwatch.StartNew();
        int settleRounds = 0, quietRounds = 0;
        while (quietRounds < 5 && settling.Elapsed.TotalSeconds < 60)
        {
            long compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
            Once(parallel: true);
            Once(parallel: false);
            settleRounds++;
            quietRounds = System.Runtime.JitInfo.GetCompiledMethodCount() == compiled ? quietRounds + 1 : 0;
        }

        double settleSeconds = settling.Elapsed.TotalSeconds;
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  the just-in-time compiler settled after {warmup + settleRounds} warm-up rounds ({settleSeconds:F1} s after the first {warmup}){(quietRounds < 5 ? "; it had not settled after 60 s" : string.Empty)}"));

        Collect();
        int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
        TimeSpan pause = GC.GetTotalPauseDuration();
        for (int i = 0; i < runs; i++)
        {
            all.Add(Once(parallel: true));
            single.Add(Once(parallel: false));
        }

        (gen0, gen1, gen2) = (GC.CollectionCount(0) - gen0, GC.CollectionCount(1) - gen1, GC.CollectionCount(2) - gen2);
        pause = GC.GetTotalPauseDuration() - pause;

        double[] totals = [.. all.Select(r => r.Total).Order()], singles = [.. single.Select(r => r.Total).Order()];
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {first.Travelers.Count} travelers, {review} for review: median {Median(totals):F2} ms, p95 {Percentile(totals, 0.95):F2} ms, min {totals[0]:F2} ms (read {Median([.. all.Select(r => r.Parse)]):F2}, screen {Median([.. all.Select(r => r.Screen)]):F2}, write {Median([.. all.Select(r => r.Write)]):F2}); one thread: median {Median(singles):F2} ms, p95 {Percentile(singles, 0.95):F2} ms; over all {2 * runs} timed runs GC {gen0}/{gen1}/{gen2} (gen 0/1/2), paused {pause.TotalMilliseconds:F0} ms"));
        json.WriteStartObject("screen");
        json.WriteString("file", source);
        json.WriteNumber("bytes", bytes.Length);
        json.WriteNumber("travelers", first.Travelers.Count);
        json.WriteNumber("review", review);
        json.WriteNumber("indexNames", index.NameCount);
        json.WriteNumber("indexReadSeconds", Math.Round(readTime.TotalSeconds, 2));
        json.WriteNumber("indexBuildSeconds", Math.Round(buildTime.TotalSeconds, 2));
        json.WriteNumber("runs", runs);
        json.WriteNumber("warmupRounds", warmup + settleRounds);
        json.WriteNumber("warmupSeconds", Math.Round(settleSeconds, 1));
        json.WriteNumber("medianMilliseconds", Math.Round(Median(totals), 2));
        json.WriteNumber("p95Milliseconds", Math.Round(Percentile(totals, 0.95), 2));
        json.WriteNumber("minMilliseconds", Math.Round(totals[0], 2));
        json.WriteNumber("medianReadMilliseconds", Math.Round(Median([.. all.Select(r => r.Parse)]), 2));
        json.WriteNumber("medianScreenMilliseconds", Math.Round(Median([.. all.Select(r => r.Screen)]), 2));
        json.WriteNumber("medianWriteMilliseconds", Math.Round(Median([.. all.Select(r => r.Write)]), 2));
        json.WriteNumber("oneThreadMedianMilliseconds", Math.Round(Median(singles), 2));
        json.WriteNumber("oneThreadP95Milliseconds", Math.Round(Percentile(singles, 0.95), 2));
        json.WriteNumber("gen0", gen0);
        json.WriteNumber("gen1", gen1);
        json.WriteNumber("gen2", gen2);
        json.WriteNumber("gcPauseMilliseconds", Math.Round(pause.TotalMilliseconds, 1));
        json.WriteEndObject();
    }

    private static double Ms(long from, long to) => Stopwatch.GetElapsedTime(from, to).TotalMilliseconds;

    private static double Median(double[] values)
    {
        double[] sorted = [.. values.Order()];
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>The nearest-rank percentile of sorted values.</summary>
    private static double Percentile(double[] sorted, double q) => sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    private sealed record Run(TimeSpan Elapsed, long Allocated, double CpuSeconds, TimeSpan Pause, int Gen0, int Gen1, int Gen2);

    private sealed class MeasurementException(string message) : Exception(message);
}
