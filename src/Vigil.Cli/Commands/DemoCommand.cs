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
        command.SetStoreAction(env, async (parse, store, ct) =>
        {
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
            Grid next = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
            next.AddRow(new Text($"./vigil lists show {NationalList}{db}"), new Text("the national list with custody status"));
            if (detained is not null)
            {
                next.AddRow(new Text($"./vigil subjects show {detained.Listing.SourceId}{db}"), new Text("a detained subject and his custody history"));
            }

            if (atLarge is not null)
            {
                next.AddRow(
                    new Text($"./vigil subjects set-status {atLarge.Listing.SourceId} --status detained --by \"...\" --since 2026-11 --source \"...\"{db}"),
                    new Text("record a new custody status"));
                next.AddRow(new Text($"./vigil subjects history {atLarge.Listing.SourceId}{db}"), new Text("every change to that subject"));
            }

            if (unFile is not null)
            {
                next.AddRow(new Text($"./vigil subjects show IQi.003{db}"), new Text("a UN-listed individual, with names in Arabic script"));
            }

            next.AddRow(new Text($"./vigil lists history {NationalList}{db}"), new Text("imports and changes"));
            next.AddRow(new Text($"./vigil lists list --json{db}"), new Text("the same, for machines"));
            env.Console.Write(next);
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
