using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Vigil.Cli.Output;
using Vigil.Domain;
using Vigil.Formats.Diagnostics;
using Vigil.Screening.Lists;
using Vigil.Screening.Registry;
using Vigil.Storage;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil lists import|list|show|diff|history</c>.</summary>
internal static class ListsCommand
{
    public static Command Build(CliEnvironment env)
    {
        Command lists = new("lists", "Watch lists: import new versions, see what they hold and how they changed.");
        lists.Subcommands.Add(BuildImport(env));
        lists.Subcommands.Add(BuildList(env));
        lists.Subcommands.Add(BuildShow(env));
        lists.Subcommands.Add(BuildDiff(env));
        lists.Subcommands.Add(BuildHistory(env));
        return lists;
    }

    internal static Option<string> ListNameOption(bool required) => new Option<string>("--list")
    {
        Description = "The list name (letters, digits, '.', '_' and '-'), e.g. un, ofac, national-ftf.",
        Required = required,
        HelpName = "NAME",
    }.WithListNameValidation();

    private static Option<string> FormatOption(bool required)
    {
        Option<string> format = new("--format")
        {
            Description = "The file format: un-xml (UN Security Council consolidated list), ofac-csv (OFAC SDN legacy CSV: "
                + "sdn.csv with alt.csv, add.csv and sdn_comments.csv beside it), vigil-jsonl (Vigil's own format).",
            Required = required,
            HelpName = "FORMAT",
        };
        format.AcceptOnlyFromAmong([.. FormatRegistry.ListNames]);
        return format;
    }

    private static Option<string> CategoryOption()
    {
        Option<string> category = new("--category")
        {
            Description = "Listing category for formats that carry none (UN, OFAC): no-board, secondary-screening or monitor.",
            DefaultValueFactory = _ => "secondary-screening",
        };
        category.AcceptOnlyFromAmong([.. ListingCategories.All]);
        return category;
    }

    private static Command BuildImport(CliEnvironment env)
    {
        Argument<string> file = new("file") { Description = "The list file (for ofac-csv: sdn.csv)." };
        Option<string> format = FormatOption(required: true);
        Option<string> list = ListNameOption(required: true);
        Option<string> category = CategoryOption();
        Option<bool> dryRun = new("--dry-run") { Description = "Show what the import would change, and change nothing." };
        Option<string?> actor = new("--actor") { Description = "Who is recorded as running the import (default: $VIGIL_USER or the OS user)." };
        Command command = new("import", "Import a new version of a list as one transaction, and show what changed.")
        {
            file, format, list, category, dryRun, actor,
        };
        command.SetStoreAction(env, async (parse, stores, ct) =>
        {
            IWatchListStore store = stores.Lists;
            ListImportCommand request = new(
                parse.GetRequiredValue(list),
                parse.GetRequiredValue(format),
                ParseCategory(parse.GetRequiredValue(category)),
                parse.GetValue(actor) ?? CliEnvironment.DefaultActor)
            {
                DryRun = parse.GetValue(dryRun),
            };
            return await ImportAsync(env, stores, parse.GetRequiredValue(file), request, parse.GetValue(CommonOptions.Json), ct);
        });
        return command;
    }

    /// <summary>Imports one file and reports; shared with <c>vigil demo</c>.</summary>
    internal static async Task<int> ImportAsync(
        CliEnvironment env, VigilStoreSet stores, string path, ListImportCommand request, bool json, CancellationToken ct)
    {
        using OpenedListFile opened = ListFiles.Open(path, request.Format);
        ListImportService service = new(stores.Lists, env.Time, stores.Audit);
        request = request with { AuditActor = request.AuditActor ?? $"cli:{request.Actor}" };
        Stopwatch watch = Stopwatch.StartNew();
        ListImportResult result = await WithProgressAsync(env, opened, request, (r, c) => service.ImportAsync(opened.File, r, c), ct);
        watch.Stop();
        // A file of the wrong format gives one error per line: show the first ones and count the rest.
        const int Shown = 50;
        foreach (Diagnostic diagnostic in result.Diagnostics.Take(Shown))
        {
            await env.Error.WriteLineAsync(diagnostic.ToString());
        }

        if (result.Diagnostics.Length > Shown)
        {
            await env.Error.WriteLineAsync($"... and {result.Diagnostics.Length - Shown} more (all of them with --json).");
        }

        int errors = result.Diagnostics.Count(d => d.IsError);
        if (json)
        {
            await JsonOutput.WriteAsync(env.Output, w => WriteImportJson(w, request, opened.File.Name, result, watch.Elapsed));
        }

        if (result.IsRejected)
        {
            await env.Error.WriteLineAsync(
                $"vigil: error: {path} rejected with {errors} error{(errors == 1 ? string.Empty : "s")}; the database is unchanged. Fix the file and import it again.");
            return ExitCodes.BadInput;
        }

        if (!json)
        {
            WriteImportSummary(env, request, opened.File.Name, result, watch.Elapsed);
        }

        return ExitCodes.Ok;
    }

    private static async Task<ListImportResult> WithProgressAsync(
        CliEnvironment env,
        OpenedListFile opened,
        ListImportCommand request,
        Func<ListImportCommand, CancellationToken, Task<ListImportResult>> run,
        CancellationToken ct)
    {
        if (!env.IsInteractive)
        {
            return await run(request with { WriteProgress = FaultInjection.Wrap(null, env.Error) }, ct);
        }

        long total = opened.Streams[0].Length;
        ListImportResult? result = null;
        await env.ErrorConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                ProgressTask reading = context.AddTask($"Reading {Markup.Escape(opened.File.Name)}", maxValue: Math.Max(total, 1));
                // How many subjects the diff will write is known only inside the store: count them as they go.
                ProgressTask writing = context.AddTask("Writing", autoStart: false, maxValue: 1).IsIndeterminate();
                ListImportCommand withProgress = request with
                {
                    ReadProgress = new Callback<long>(bytes => reading.Value = Math.Min(bytes, total)),
                    WriteProgress = FaultInjection.Wrap(
                        new Callback<int>(written =>
                        {
                            reading.Value = reading.MaxValue;
                            if (!writing.IsStarted)
                            {
                                writing.StartTask();
                            }

                            writing.Description = $"Writing ({written:N0} subjects)";
                        }),
                        env.Error),
                };
                result = await run(withProgress, ct);
                reading.Value = reading.MaxValue;
                writing.IsIndeterminate(false);
                writing.Value = writing.MaxValue;
            });
        return result!;
    }

    private static void WriteImportSummary(CliEnvironment env, ListImportCommand request, string fileName, ListImportResult result, TimeSpan elapsed)
    {
        ListImportOutcome outcome = result.Outcome!;
        ListDiff diff = outcome.Diff;
        IAnsiConsole console = env.Console;
        string sha = result.Sha256[..12];
        if (outcome.AlreadyImported is { } earlier)
        {
            console.MarkupLineInterpolated(
                $"No change: {fileName} (sha256 {sha}…) is the file of import #{earlier.Id} into '{request.ListName}' on {earlier.Provenance.ImportedAt:yyyy-MM-dd HH:mm} UTC. Nothing was written.");
            return;
        }

        string verb = request.DryRun ? "Would change" : outcome.IsNoOp ? "No change" : "Imported";
        console.MarkupLineInterpolated($"[bold]{verb}[/] list '{request.ListName}' from {fileName} (sha256 {sha}…): {result.SubjectsRead:N0} subject{(result.SubjectsRead == 1 ? "" : "s")} read in {elapsed.TotalSeconds:F1} s.");
        console.MarkupLineInterpolated(
            $"  [green]added {diff.Added.Length:N0}[/] · [yellow]changed {diff.Changed.Length:N0}[/] · [red]removed {diff.Removed.Length:N0}[/] · unchanged {diff.Unchanged:N0}");
        if (outcome.Import is { } import)
        {
            console.MarkupLineInterpolated($"  recorded as import #{import.Id}; see [blue]vigil lists diff {request.ListName}[/] and [blue]vigil lists history {request.ListName}[/].");
        }
        else if (!request.DryRun)
        {
            console.MarkupLine("  The list already holds exactly these subjects. Nothing was written.");
        }

        if (request.DryRun || diff.Changed.Length + diff.Removed.Length > 0 && diff.Added.Length + diff.Changed.Length + diff.Removed.Length <= 50)
        {
            RenderDiff(console, diff.Added, diff.Changed.Select(c => (c.Before, c.After, (IReadOnlyList<string>)c.Fields)), diff.Removed);
        }
    }

    private static void WriteImportJson(Utf8JsonWriter w, ListImportCommand request, string fileName, ListImportResult result, TimeSpan elapsed)
    {
        w.WriteStartObject();
        w.WriteString("list", request.ListName);
        w.WriteString("format", request.Format);
        w.WriteString("file", fileName);
        w.WriteString("sha256", result.Sha256);
        w.WriteString("status", result.IsRejected ? "rejected"
            : request.DryRun ? "dry-run"
            : result.Outcome!.IsNoOp ? "unchanged" : "imported");
        w.WriteNumber("subjectsRead", result.SubjectsRead);
        w.WriteNumber("seconds", Math.Round(elapsed.TotalSeconds, 3));
        if (result.Outcome is { } outcome)
        {
            w.WriteNumber("added", outcome.Diff.Added.Length);
            w.WriteNumber("changed", outcome.Diff.Changed.Length);
            w.WriteNumber("removed", outcome.Diff.Removed.Length);
            w.WriteNumber("unchanged", outcome.Diff.Unchanged);
            WatchListJson.WriteImport(w, outcome.Import, "import");
            WatchListJson.WriteImport(w, outcome.AlreadyImported, "alreadyImported");
            WatchListJson.WriteDiffArrays(w, outcome.Diff.Added, outcome.Diff.Changed.Select(c => (c.Before, c.After, (IReadOnlyList<string>)c.Fields)), outcome.Diff.Removed);
        }

        JsonOutput.WriteDiagnostics(w, result.Diagnostics);
        w.WriteEndObject();
    }

    private static Command BuildList(CliEnvironment env)
    {
        Command command = new("list", "Show the lists in the database with their counts.");
        command.SetStoreAction(env, async (parse, stores, ct) =>
        {
            IWatchListStore store = stores.Lists;
            IReadOnlyList<WatchListSummary> lists = await store.GetListsAsync(ct);
            if (parse.GetValue(CommonOptions.Json))
            {
                await JsonOutput.WriteAsync(env.Output, w =>
                {
                    w.WriteStartObject();
                    w.WriteStartArray("lists");
                    foreach (WatchListSummary list in lists)
                    {
                        WatchListJson.WriteList(w, list);
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                });
                return ExitCodes.Ok;
            }

            if (lists.Count == 0)
            {
                env.Console.MarkupLine("No lists yet. Import one with [blue]vigil lists import FILE --format FORMAT --list NAME[/], or try [blue]vigil demo[/].");
                return ExitCodes.Ok;
            }

            Tables.RenderLists(env.Console, lists);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command BuildShow(CliEnvironment env)
    {
        Argument<string> name = new("name") { Description = "The list name." };
        Option<int> limit = new("--limit") { Description = "Subjects to show in the table (JSON shows all).", DefaultValueFactory = _ => 50 };
        Option<string?> custody = new("--custody") { Description = "Only subjects in this custody state (e.g. detained, at-large)." };
        Command command = new("show", "Show a list: its counts, latest import and subjects.") { name, limit, custody };
        command.SetStoreAction(env, async (parse, stores, ct) =>
        {
            IWatchListStore store = stores.Lists;
            string listName = parse.GetRequiredValue(name);
            WatchListSummary list = await store.GetListAsync(listName, ct) ?? throw NoSuchList(listName);
            IEnumerable<Subject> subjects = await new WatchListQueries(store, stores.Audit).ReadListAsync(listName, CliEnvironment.AuditActor, ct);
            if (parse.GetValue(custody) is { } state)
            {
                if (!CustodyStates.TryParse(state, out CustodyState wanted))
                {
                    throw new CliException($"unknown custody state '{state}'; use one of {string.Join(", ", CustodyStates.All)}.", ExitCodes.Usage);
                }

                subjects = subjects.Where(s => s.CurrentCustody == wanted);
            }

            List<Subject> shown = [.. subjects];
            if (parse.GetValue(CommonOptions.Json))
            {
                await JsonOutput.WriteAsync(env.Output, w =>
                {
                    w.WriteStartObject();
                    w.WritePropertyName("list");
                    WatchListJson.WriteList(w, list);
                    w.WriteStartArray("subjects");
                    foreach (Subject subject in shown)
                    {
                        WatchListJson.WriteSubject(w, subject);
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                });
                return ExitCodes.Ok;
            }

            Tables.RenderLists(env.Console, [list]);
            Tables.RenderSubjects(env.Console, shown, parse.GetValue(limit));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command BuildDiff(CliEnvironment env)
    {
        Argument<string> target = new("list-or-file")
        {
            Description = "A list name: show what its latest import (or --import N) changed. "
                + "A file with --format and --list: show what importing it would change, without changing anything.",
        };
        Option<long?> importId = new("--import") { Description = "The import number (see vigil lists history).", HelpName = "N" };
        Option<string> format = FormatOption(required: false);
        Option<string> list = ListNameOption(required: false);
        Option<string> category = CategoryOption();
        Command command = new("diff", "Show what an import changed, or would change: subjects added, changed (with the fields) and removed.")
        {
            target, importId, format, list, category,
        };
        command.SetStoreAction(env, async (parse, stores, ct) =>
        {
            IWatchListStore store = stores.Lists;
            string value = parse.GetRequiredValue(target);
            bool json = parse.GetValue(CommonOptions.Json);
            if (File.Exists(value) && parse.GetValue(format) is { } fileFormat)
            {
                string listName = parse.GetValue(list) ?? throw new CliException("previewing a file needs --list NAME: the list to compare it with.", ExitCodes.Usage);
                ListImportCommand preview = new(listName, fileFormat, ParseCategory(parse.GetRequiredValue(category)), CliEnvironment.DefaultActor) { DryRun = true };
                return await ImportAsync(env, stores, value, preview, json, ct);
            }

            if (File.Exists(value))
            {
                throw new CliException($"'{value}' is a file: to preview importing it, add --format FORMAT --list NAME.", ExitCodes.Usage);
            }

            WatchListSummary summary = await store.GetListAsync(value, ct) ?? throw NoSuchList(value);
            long? wanted = parse.GetValue(importId);
            ImportChanges changes = await new WatchListQueries(store).GetImportChangesAsync(value, wanted, ct)
                ?? throw (wanted is { } id
                    ? new CliException($"list '{value}' has no import #{id}; see vigil lists history {value}.")
                    : new CliException($"list '{summary.Name}' has no import yet."));
            ImportRecord import = changes.Import;
            IReadOnlyList<Subject> added = changes.Added;
            IReadOnlyList<(Subject, Subject, IReadOnlyList<string>)> changed = changes.Changed;
            IReadOnlyList<Subject> removed = changes.Removed;
            if (json)
            {
                await JsonOutput.WriteAsync(env.Output, w =>
                {
                    w.WriteStartObject();
                    w.WriteString("list", summary.Name);
                    WatchListJson.WriteImport(w, import, "import");
                    w.WriteNumber("added", added.Count);
                    w.WriteNumber("changed", changed.Count);
                    w.WriteNumber("removed", removed.Count);
                    w.WriteNumber("unchanged", import.Unchanged);
                    WatchListJson.WriteDiffArrays(w, added, changed, removed);
                    w.WriteEndObject();
                });
                return ExitCodes.Ok;
            }

            env.Console.MarkupLineInterpolated(
                $"[bold]Import #{import.Id}[/] of '{summary.Name}' from {import.Provenance.SourceFile} on {import.Provenance.ImportedAt:yyyy-MM-dd HH:mm} UTC by {import.Actor}:");
            env.Console.MarkupLineInterpolated(
                $"  [green]added {import.Added:N0}[/] · [yellow]changed {import.Changed:N0}[/] · [red]removed {import.Removed:N0}[/] · unchanged {import.Unchanged:N0}");
            RenderDiff(env.Console, added, changed, removed);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command BuildHistory(CliEnvironment env)
    {
        Argument<string> name = new("name") { Description = "The list name." };
        Option<int> limit = new("--limit") { Description = "Subject changes to show.", DefaultValueFactory = _ => 50 };
        Command command = new("history", "Show a list's imports and the latest changes to its subjects.") { name, limit };
        command.SetStoreAction(env, async (parse, stores, ct) =>
        {
            IWatchListStore store = stores.Lists;
            string listName = parse.GetRequiredValue(name);
            _ = await store.GetListAsync(listName, ct) ?? throw NoSuchList(listName);
            IReadOnlyList<ImportRecord> imports = await store.GetImportsAsync(listName, ct);
            IReadOnlyList<HistoryEntry> changes = await store.GetHistoryAsync(new HistoryQuery(listName, null, parse.GetValue(limit)), ct);
            if (parse.GetValue(CommonOptions.Json))
            {
                await JsonOutput.WriteAsync(env.Output, w =>
                {
                    w.WriteStartObject();
                    w.WriteString("list", listName);
                    w.WriteStartArray("imports");
                    foreach (ImportRecord import in imports)
                    {
                        w.WriteStartObject();
                        WatchListJson.WriteImportFields(w, import);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteStartArray("changes");
                    foreach (HistoryEntry entry in changes)
                    {
                        WatchListJson.WriteHistoryEntry(w, entry);
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                });
                return ExitCodes.Ok;
            }

            Tables.RenderImports(env.Console, imports);
            Tables.RenderHistory(env.Console, changes);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void RenderDiff(
        IAnsiConsole console, IReadOnlyCollection<Subject> added, IEnumerable<(Subject Before, Subject After, IReadOnlyList<string> Fields)> changed, IReadOnlyCollection<Subject> removed)
    {
        Table table = new Table().Border(TableBorder.Simple).AddColumns("", "Subject", "Source id", "Name", "Fields");
        foreach (Subject s in added)
        {
            table.AddRow(new Markup("[green]+[/]"), new Text(s.Id.Value), new Text(s.Listing.SourceId), new Text(s.PrimaryName?.Full ?? ""), new Text(""));
        }

        foreach ((_, Subject after, IReadOnlyList<string> fields) in changed)
        {
            table.AddRow(new Markup("[yellow]~[/]"), new Text(after.Id.Value), new Text(after.Listing.SourceId), new Text(after.PrimaryName?.Full ?? ""), new Text(string.Join(", ", fields)));
        }

        foreach (Subject s in removed)
        {
            table.AddRow(new Markup("[red]-[/]"), new Text(s.Id.Value), new Text(s.Listing.SourceId), new Text(s.PrimaryName?.Full ?? ""), new Text(""));
        }

        if (table.Rows.Count > 0)
        {
            console.Write(table);
        }
    }

    internal static ListingCategory ParseCategory(string text) =>
        ListingCategories.TryParse(text, out ListingCategory category) ? category : throw new CliException($"unknown listing category '{text}'.", ExitCodes.Usage);

    internal static CliException NoSuchList(string name) =>
        new($"no list '{name}' in the database; see vigil lists list.");

    private static Option<string> WithListNameValidation(this Option<string> option)
    {
        option.Validators.Add(result =>
        {
            string? value = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
            if (value is not null && !IsListName(value))
            {
                result.AddError($"'{value}' is not a list name: use 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit.");
            }
        });
        return option;
    }

    private static bool IsListName(string value) =>
        value.Length is >= 1 and <= 64
        && char.IsAsciiLetterOrDigit(value[0])
        && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-');

    internal static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
