using System.CommandLine;
using Spectre.Console;
using Vigil.Cli.Output;
using Vigil.Domain;
using Vigil.Screening.Lists;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil demo</c>: loads the fictitious national list shipped with Vigil and the UN sample, then says what to try.</summary>
internal static class DemoCommand
{
    public const string NationalList = "national-ftf";
    public const string UnList = "un";

    public static Command Build(CliEnvironment env)
    {
        Option<string?> un = new("--un")
        {
            Description = "The UN consolidated list XML to load as list 'un' (default: shared/data/un-sample/un-sample.xml found beside the checkout).",
            HelpName = "FILE",
        };
        Command command = new("demo", "Create or reuse a database holding Vigil's fictitious national foreign-fighter list and the UN sample.") { un };
        command.SetStoreAction(env, async (parse, stores, ct) =>
        {
            IWatchListStore store = stores.Lists;
            string national = Path.Combine(AppContext.BaseDirectory, "demo", "national-ftf.jsonl");
            if (!File.Exists(national))
            {
                throw new CliException($"the demo list is missing from the installation ({national}); rebuild with ./vigil.", ExitCodes.Environment);
            }

            env.Console.MarkupLineInterpolated($"Database: {store.Description}");
            env.Console.MarkupLine("Loading the [bold]fictitious[/] national foreign-fighter list shipped with Vigil (invented people, for demonstration only)…");
            int code = await ListsCommand.ImportAsync(env, store, national,
                new ListImportCommand(NationalList, "vigil-jsonl", ListingCategory.NoBoard, "demo"), json: false, ct);
            if (code != ExitCodes.Ok)
            {
                return code;
            }

            string? unFile = parse.GetValue(un) ?? FindUnSample();
            if (unFile is null)
            {
                env.Console.MarkupLine("[yellow]UN sample not found[/] (looked for shared/data/un-sample/un-sample.xml beside the checkout); pass --un FILE to load one.");
            }
            else
            {
                env.Console.MarkupLineInterpolated($"Loading the UN Security Council consolidated list sample ({unFile})…");
                code = await ListsCommand.ImportAsync(env, store, unFile,
                    new ListImportCommand(UnList, "un-xml", ListingCategory.SecondaryScreening, "demo"), json: false, ct);
                if (code != ExitCodes.Ok)
                {
                    return code;
                }
            }

            env.Console.WriteLine();
            Tables.RenderLists(env.Console, await store.GetListsAsync(ct));
            IReadOnlyList<Subject> subjects = await store.GetSubjectsAsync(NationalList, ct);
            Subject? detained = subjects.FirstOrDefault(s => s.CurrentCustody == CustodyState.Detained);
            Subject? atLarge = subjects.FirstOrDefault(s => s.CurrentCustody == CustodyState.AtLarge) ?? (subjects.Count > 0 ? subjects[0] : null);
            string db = parse.GetValue(CommonOptions.Db) is { } given ? $" --db {Quote(given)}" : string.Empty;
            env.Console.WriteLine();
            env.Console.MarkupLine("[bold]Try next:[/]");
            List<(string Command, string What)> next = [];
            next.Add(($"./vigil lists show {NationalList}{db}", "the national list with custody status"));
            if (detained is not null)
            {
                next.Add(($"./vigil subjects show {detained.Listing.SourceId}{db}", "a detained subject and his custody history"));
            }

            if (atLarge is not null)
            {
                next.Add(($"./vigil subjects set-status {atLarge.Listing.SourceId} --status detained --by \"...\" --since 2026-11 --source \"...\"{db}", "record a new custody status"));
                next.Add(($"./vigil subjects history {atLarge.Listing.SourceId}{db}", "every change to that subject"));
            }

            if (unFile is not null)
            {
                next.Add(($"./vigil subjects show IQi.003{db}", "a UN-listed individual, with names in Arabic script"));
            }

            next.Add(($"./vigil lists history {NationalList}{db}", "imports and changes"));
            next.Add(($"./vigil lists list --json{db}", "the same, for machines"));
            foreach ((string commandLine, string what) in next)
            {
                env.Console.MarkupLineInterpolated($"  [grey]# {what}[/]");
                env.Console.MarkupLineInterpolated($"  {commandLine}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Quote(string value) => value.Contains(' ', StringComparison.Ordinal) ? $"\"{value}\"" : value;

    /// <summary>Looks for <c>shared/data/un-sample/un-sample.xml</c> in the folders above the installation and the working directory.</summary>
    private static string? FindUnSample()
    {
        foreach (string start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "shared", "data", "un-sample", "un-sample.xml");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
