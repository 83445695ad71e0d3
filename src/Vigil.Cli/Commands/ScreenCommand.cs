using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Vigil.Cli.Output;
using Vigil.Domain;
using Vigil.Formats.Diagnostics;
using Vigil.Formats.Lists;
using Vigil.Formats.Travelers;
using Vigil.Matching;
using Vigil.Screening.Flights;
using Vigil.Screening.Lists;
using Vigil.Screening.Messages;
using Vigil.Screening.Registry;
using Vigil.Screening.Relations;
using Vigil.Screening.Screen;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil screen</c>: screens a file of travelers against watch lists, on every core, in input order.</summary>
internal static partial class ScreenCommand
{
    /// <summary>Diagnostics printed to standard error before "and N more".</summary>
    private const int DiagnosticsShown = 10;

    public static Command Build(CliEnvironment env)
    {
        Option<string> input = new("--in")
        {
            Description = "The travelers (- for standard input): JSON lines {\"id\",\"name\"} or {\"id\",\"givenNames\",\"familyName\"}, with optional "
                + "\"dob\", \"nationality\", \"gender\" and \"document\": {\"number\",\"country\",\"type\"}.",
            Required = true,
            HelpName = "FILE",
        };
        Option<string> output = new("--out")
        {
            Description = "Where to write the results (- for standard output): one JSON line per input line, in input order.",
            Required = true,
            HelpName = "FILE",
        };
        Option<string?> format = new("--format")
        {
            Description = "The format of --in: jsonl, csv (a header row names the columns: id, name or givenNames and familyName, "
                + "dob, nationality, gender, documentNumber, documentCountry, documentType), or a message: paxlst (API), pnrgov (PNR) "
                + "or mrz (a document's zone), whose every traveler is screened by every name and document it gives, with the flight. "
                + "Default: from the file (.csv is csv, .jsonl jsonl; otherwise a UNH naming PAXLST or PNRGOV, or a zone).",
            HelpName = "FORMAT",
        };
        format.AcceptOnlyFromAmong([.. FormatRegistry.ScreenableNames]);
        Option<bool> noRecord = new("--no-record")
        {
            Description = "For a message (paxlst, pnrgov, mrz): do not keep it in the database's message store. By default every message "
                + "is kept as received, with its outcome and issues; a duplicate is not screened again and an unreadable one stays in "
                + "quarantine (see vigil messages).",
        };
        IndexOptions index = new();
        Option<double?> threshold = ThresholdOption();
        Command command = new("screen", "Screen a file of travelers against watch lists and write one result per traveler.")
        {
            input, format, output, index.Lists, index.Index, index.IndexFormat, threshold, noRecord,
        };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(env, async ct =>
        {
            string inPath = parse.GetRequiredValue(input);
            string outPath = parse.GetRequiredValue(output);
            RefuseSummaryOnResults(parse, outPath);
            string? inFormat = parse.GetValue(format);
            await using Stream opened = CliFiles.OpenInput(env, inPath, "travelers file");
            Stream travelers = opened;
            if (inFormat is null)
            {
                // The format from the file name, else from the first bytes: read them once and put them back in front.
                byte[] head = new byte[4096];
                int read = await travelers.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
                inFormat = FormatRegistry.GuessScreenable(CliFiles.IsStandard(inPath) ? null : inPath, head.AsSpan(0, read));
                travelers = new PrefixedStream(head.AsMemory(0, read), travelers);
            }

            if (FormatRegistry.IsMessage(inFormat))
            {
                byte[] bytes = await MessageContent.ReadAsync(travelers, MaxMessageBytes, ct);
                return await ScreenMessageAsync(env, parse, index, parse.GetValue(threshold), bytes, inPath, outPath, inFormat, !parse.GetValue(noRecord), ct);
            }

            return await ScreenFileAsync(env, parse, index, parse.GetValue(threshold), travelers, inPath, outPath, inFormat, ct);
        }, cancellationToken));
        return command;
    }

    /// <summary>Screens a file of traveler lines (JSONL or CSV) in input order, on every core.</summary>
    private static async Task<int> ScreenFileAsync(
        CliEnvironment env, ParseResult parse, IndexOptions index, double? threshold, Stream travelers, string inPath, string outPath, string inFormat, CancellationToken ct)
    {
        LoadedIndex loaded = await index.LoadAsync(env, parse, ct);
        BatchScreener screener = new(loaded.Index, threshold ?? loaded.Index.ReviewThreshold) { Relations = loaded.Relations };
        string source = CliFiles.SourceName(inPath);
        List<Diagnostic> problems = [];
        int problemCount = 0;
        ScreeningSummary summary;
        await using (Stream results = CliFiles.CreateOutput(env, outPath))
        {
            IEnumerable<TravelerLine> Read(IProgress<long>? progress) => inFormat == MessageFormats.Csv
                ? TravelerCsvReader.Read(travelers, source)
                : TravelerJsonlReader.Read(travelers, source, progress);
            IEnumerable<TravelerLine> Lines(IProgress<long>? progress) => Read(progress)
                .Select(line =>
                {
                    if (line.IsError)
                    {
                        problemCount++;
                        if (problems.Count < DiagnosticsShown)
                        {
                            problems.AddRange(line.Errors.Take(DiagnosticsShown - problems.Count));
                        }
                    }

                    return line;
                });
            long length = travelers.CanSeek ? travelers.Length : 0;
            summary = await WithProgressAsync(env, $"Screening {source}", length,
                progress => screener.Write(Lines(length > 0 ? progress : null), results, cancellationToken: ct));
        }

        foreach (Diagnostic problem in problems)
        {
            await env.Error.WriteLineAsync(problem.ToString());
        }

        if (problemCount > problems.Count)
        {
            await env.Error.WriteLineAsync($"... {problemCount:N0} malformed lines in all; each has an error line in {CliFiles.Describe(outPath)}.");
        }

        await WriteSummaryAsync(env, summary, loaded, screener.Threshold, CliFiles.Describe(outPath));
        if (parse.GetValue(CommonOptions.Json))
        {
            await JsonOutput.WriteAsync(env.Output, w => WriteSummaryJson(w, summary, loaded, screener.Threshold, outPath));
        }

        return ExitCodes.Ok;
    }

    /// <summary>Refuses <c>--out -</c> with <c>--json</c>: both would write to standard output.</summary>
    internal static void RefuseSummaryOnResults(ParseResult parse, string outPath)
    {
        if (CliFiles.IsStandard(outPath) && parse.GetValue(CommonOptions.Json))
        {
            throw new CliException("--out - writes the results to standard output, where --json would write the summary: give one of them.", ExitCodes.Usage);
        }
    }

    internal static Option<double?> ThresholdOption() => new("--threshold")
    {
        Description = "Review threshold: a traveler whose best hit scores at least this is sent for review (default: the engine's).",
        HelpName = "X",
    };

    /// <summary>Runs <paramref name="work"/> on the thread pool, with a progress bar over the input's bytes on a terminal.</summary>
    internal static async Task<T> WithProgressAsync<T>(CliEnvironment env, string description, long totalBytes, Func<IProgress<long>?, T> work)
    {
        if (!env.IsInteractive)
        {
            return await Task.Run(() => work(null));
        }

        T result = default!;
        await env.ErrorConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                ProgressTask task = context.AddTask(Markup.Escape(description), maxValue: Math.Max(totalBytes, 1));
                result = await Task.Run(() => work(new Callback<long>(bytes => task.Value = Math.Min(bytes, task.MaxValue))));
                task.Value = task.MaxValue;
            });
        return result;
    }

    internal static async Task WriteSummaryAsync(CliEnvironment env, ScreeningSummary summary, LoadedIndex loaded, double threshold, string? outPath)
    {
        string line = string.Create(CultureInfo.InvariantCulture,
            $"Screened {summary.Travelers:N0} travelers in {summary.Elapsed.TotalSeconds:F1} s ({summary.TravelersPerSecond:N0} travelers/s): "
            + $"{summary.Review:N0} review, {summary.Clear:N0} clear, {summary.Errors:N0} malformed.");
        await env.Error.WriteLineAsync(line);
        await env.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Index: {loaded.Subjects:N0} subjects ({loaded.Index.SubjectCount:N0} persons screened) from {loaded.Description}, read in {loaded.ReadTime.TotalSeconds:F1} s, index built in {loaded.BuildTime.TotalSeconds:F1} s; review threshold {threshold:0.####}."));
        if (outPath is not null)
        {
            await env.Error.WriteLineAsync($"Results: {outPath}");
        }
    }

    private static void WriteSummaryJson(Utf8JsonWriter w, ScreeningSummary summary, LoadedIndex loaded, double threshold, string outPath)
    {
        w.WriteStartObject();
        w.WriteString("results", outPath);
        w.WriteNumber("travelers", summary.Travelers);
        w.WriteNumber("review", summary.Review);
        w.WriteNumber("clear", summary.Clear);
        w.WriteNumber("errors", summary.Errors);
        w.WriteNumber("seconds", Math.Round(summary.Elapsed.TotalSeconds, 3));
        w.WriteNumber("travelersPerSecond", Math.Round(summary.TravelersPerSecond, 1));
        w.WriteNumber("threshold", threshold);
        w.WriteStartObject("index");
        w.WriteString("source", loaded.Description);
        w.WriteNumber("subjects", loaded.Subjects);
        w.WriteNumber("persons", loaded.Index.SubjectCount);
        w.WriteNumber("readSeconds", Math.Round(loaded.ReadTime.TotalSeconds, 3));
        w.WriteNumber("buildSeconds", Math.Round(loaded.BuildTime.TotalSeconds, 3));
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>The watch-list index built for a run, and where its subjects came from.</summary>
    /// <summary>An index of at least this many names is large (see <see cref="IndexOptions.ReleaseBuildMemory"/>).</summary>
    private const int LargeIndexNames = 200_000;

    internal sealed record LoadedIndex(WatchListIndex Index, int Subjects, string Description, TimeSpan ReadTime, TimeSpan BuildTime)
    {
        /// <summary>The relations between subjects: the store's, or those of the list file.</summary>
        public RelationGraph Relations { get; init; } = RelationGraph.Empty;
    }

    /// <summary>The options that say which subjects to screen against: lists in the database, or a list file.</summary>
    internal sealed class IndexOptions
    {
        public Option<string[]> Lists { get; } = new("--list")
        {
            Description = "Screen against these lists of the database (default: every list). Repeat it or give several names.",
            HelpName = "NAME",
            AllowMultipleArgumentsPerToken = true,
        };

        public Option<string?> Index { get; } = new("--index")
        {
            Description = "Screen against a list file loaded straight into memory, without a database (for ofac-csv: sdn.csv, "
                + "or the folder holding sdn.csv with alt.csv and add.csv). Its subjects belong to a list named after the file or folder.",
            HelpName = "PATH",
        };

        public Option<string?> IndexFormat { get; } = CreateFormat();

        public async Task<LoadedIndex> LoadAsync(CliEnvironment env, ParseResult parse, CancellationToken ct)
        {
            string[] lists = parse.GetValue(Lists) ?? [];
            if (parse.GetValue(Index) is { } path)
            {
                if (lists.Length > 0)
                {
                    throw new CliException("give either --index PATH or --list NAME, not both.", ExitCodes.Usage);
                }

                return LoadFile(env, path, parse.GetValue(IndexFormat));
            }

            if (parse.GetValue(IndexFormat) is not null)
            {
                throw new CliException("--index-format needs --index PATH.", ExitCodes.Usage);
            }

            await using IWatchListStore store = await CommandRunner.OpenStoreAsync(env, parse.GetValue(CommonOptions.Db), ct);
            IReadOnlyList<WatchListSummary> all = await store.GetListsAsync(ct);
            if (lists.Length == 0)
            {
                if (all.Count == 0)
                {
                    throw new CliException($"{store.Description} holds no list: import one with vigil lists import, or screen against a file with --index PATH.");
                }

                lists = [.. all.Select(l => l.Name)];
            }

            foreach (string name in lists)
            {
                if (!all.Any(l => string.Equals(l.Name, name, StringComparison.Ordinal)))
                {
                    throw new CliException($"no list '{name}' in {store.Description}; the lists are: {(all.Count == 0 ? "(none)" : string.Join(", ", all.Select(l => l.Name)))}.");
                }
            }

            // The same cache a long-running process keeps: here it lives for one command.
            using WatchListIndexCache cache = new(store, env.Time);
            CachedIndex cached = await cache.GetAsync([.. lists.Distinct(StringComparer.Ordinal)], ct);
            ReleaseBuildMemory(cached.Index);
            return new LoadedIndex(cached.Index, cached.Subjects, $"list{(lists.Length == 1 ? string.Empty : "s")} {string.Join(", ", lists)}", cached.ReadTime, cached.BuildTime)
            {
                Relations = cached.Relations,
            };
        }

        private static LoadedIndex LoadFile(CliEnvironment env, string path, string? formatName)
        {
            string full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
            bool isDirectory = Directory.Exists(full);
            ListFormat format = (formatName is null ? FormatRegistry.GuessList(full, isDirectory) : FormatRegistry.FindList(formatName))
                ?? throw new CliException($"cannot tell the format of '{path}'; add --index-format {string.Join('|', FormatRegistry.ListNames)}.", ExitCodes.Usage);
            string file = full;
            if (isDirectory)
            {
                file = format.FolderMainFile is { } main
                    ? Path.Combine(full, main)
                    : throw new CliException($"'{path}' is a directory; for {format.Name} give the list file itself.");
            }

            if (!File.Exists(file))
            {
                throw new CliException(isDirectory ? $"no {format.FolderMainFile} in '{path}'." : $"no file '{path}'.");
            }

            string listName = Path.GetFileName(full);
            long started = env.Time.GetTimestamp();
            ListReadResult read;
            using (OpenedListFile opened = ListFiles.Open(file, format.Name))
            {
                ListInput input = new(opened.File.Main) { Companions = opened.File.Companions };
                read = format.Reader.Read(input, new ListReadOptions(listName, opened.File.Name, ListingCategory.SecondaryScreening));
            }

            int errors = read.Diagnostics.Count(d => d.IsError);
            if (errors > 0)
            {
                foreach (Diagnostic diagnostic in read.Diagnostics.Where(d => d.IsError).Take(DiagnosticsShown))
                {
                    env.Error.WriteLine(diagnostic.ToString());
                }

                env.Error.WriteLine($"vigil: warning: {path} has {errors:N0} error{(errors == 1 ? string.Empty : "s")}; screening against the {read.Subjects.Length:N0} subjects that could be read.");
            }

            if (read.Subjects.IsEmpty)
            {
                throw new CliException($"no subject could be read from '{path}' as {format.Name}.");
            }

            TimeSpan readTime = env.Time.GetElapsedTime(started);
            started = env.Time.GetTimestamp();
            int subjects = read.Subjects.Length;
            WatchListIndex index = WatchListIndex.Build(read.Subjects);
            RelationGraph relations = RelationGraph.FromSubjects(read.Subjects);
            read = null!;
            ReleaseBuildMemory(index);
            return new LoadedIndex(index, subjects, $"{path} ({format.Name}, list '{listName}')", readTime, env.Time.GetElapsedTime(started))
            {
                Relations = relations,
            };
        }

        /// <summary>After a large build, gives the memory of what reading and building left behind back to the
        /// system, so that screening a list of a million subjects starts from the index alone.</summary>
        /// <remarks>A full compacting collection takes about a second per gigabyte: worth it only for large lists.</remarks>
        internal static void ReleaseBuildMemory(WatchListIndex index)
        {
            if (index.NameCount >= LargeIndexNames)
            {
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            }
        }

        private static Option<string?> CreateFormat()
        {
            Option<string?> format = new("--index-format")
            {
                Description = "The format of --index: un-xml, ofac-csv or vigil-jsonl (default: from the file name; a folder is ofac-csv).",
                HelpName = "FORMAT",
            };
            format.AcceptOnlyFromAmong([.. FormatRegistry.ListNames]);
            return format;
        }
    }
}
