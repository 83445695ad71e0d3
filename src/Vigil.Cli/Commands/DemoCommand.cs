using System.CommandLine;
using Spectre.Console;
using Vigil.Cli.Output;
using Vigil.Domain;
using Vigil.Screening.Access;
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
            int code = await ListsCommand.ImportAsync(env, stores, national,
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
                code = await ListsCommand.ImportAsync(env, stores, unFile,
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

            if (subjects.FirstOrDefault(s => s.Listing.SourceId == FamilyFighter) is not null)
            {
                next.Add(($"./vigil subjects show {FamilyFighter}{db}", "a fighter and his family: wife and children, each relative's listing and custody status"));
            }

            if (unFile is not null)
            {
                next.Add(($"./vigil subjects show IQi.003{db}", "a UN-listed individual, with names in Arabic script"));
            }

            next.Add(($"./vigil lists history {NationalList}{db}", "imports and changes"));
            next.Add(($"./vigil lists list --json{db}", "the same, for machines"));
            next.Add(($"echo '{{\"id\":\"t1\",\"name\":\"Imran Qaderi\",\"dob\":\"1987\"}}' | ./vigil screen --in - --out -{db}",
                "screen one traveler (a listed man under another spelling) from the command line"));
            next.Add(($"./vigil screen --in {FlightFile()} --out -{db}", $"screen the example flight {Flight.Carrier}{Flight.Number} (a PAXLST): its travelers and decisions are kept"));
            next.Add(($"./vigil screen --in {DemoFile("pnr-family.edi")} --out - --no-record{db}",
                "a mother and her two children on one booking (a PNRGOV): each result names the others in relatedHits"));

            // Keys of an earlier demo are revoked: their secrets were shown once and are not kept.
            AccessKeys keys = new(stores.Keys, env.Time);
            foreach (AccessKey old in (await keys.ListAsync(ct)).Where(k => !k.IsRevoked && k.Name is CarrierKeyName or AnalystKeyName))
            {
                await keys.RevokeAsync(old.Id, "cli:demo", ct);
            }

            (_, string carrierKey) = await keys.CreateAsync(CarrierKeyName, AccessRole.Carrier, [Flight.Carrier], "cli:demo", ct);
            (_, string analystKey) = await keys.CreateAsync(AnalystKeyName, AccessRole.Analyst, [], "cli:demo", ct);
            string url = Vigil.Server.ServerOptions.DefaultUrl;
            next.Add(($"./vigil serve{db}", "serve carriers over HTTP (leave it running; the keys below are for this demo database only, shown once)"));
            next.Add(($"curl -s -X POST {url}/api/v1/checks -H 'Authorization: Bearer {carrierKey}' -H 'Content-Type: application/json' "
                + $"-d '{{\"flight\":{{\"carrier\":\"{Flight.Carrier}\",\"number\":\"{Flight.Number}\",\"departureAirport\":\"LHR\",\"departureTime\":\"{Flight.Time}\",\"arrivalAirport\":\"JFK\"}},"
                + "\"traveler\":{\"id\":\"t2\",\"name\":\"Nadia Errachidi\",\"dob\":\"1993-11-02\"}}'",
                "in another terminal: a carrier (demo key for VG) asks before boarding, and gets only the decision"));
            next.Add(($"curl -s -X POST {url}/api/v1/manifests -H 'Authorization: Bearer {carrierKey}' -H 'Content-Type: application/edifact' --data-binary @{FlightFile()}",
                "the carrier sends the flight's passenger list (PAXLST)"));
            next.Add(($"curl -s {url}/api/v1/flights/{Flight.Carrier}/{Flight.Number}/{Flight.Time[..10]}/decisions -H 'Authorization: Bearer {carrierKey}'",
                "the decision for every traveler of the flight"));
            next.Add(($"curl -s '{url}/api/v1/reviews?state=open' -H 'Authorization: Bearer {analystKey}'",
                "an analyst (demo analyst key) reads the review queue: custody anomalies first, hits explained"));
            foreach ((string commandLine, string what) in next)
            {
                env.Console.MarkupLineInterpolated($"  [grey]# {what}[/]");

                // Written as is, never wrapped: a command is copied and pasted.
                await env.Output.WriteLineAsync($"  {commandLine}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private const string CarrierKeyName = "demo carrier (VG)";
    private const string AnalystKeyName = "demo analyst";

    /// <summary>The example flight shipped with Vigil: data/demo/flight-vg19.edi.</summary>
    private static (string Carrier, string Number, string Time) Flight => ("VG", "19", "2025-03-15T09:10");

    // A fighter of the demo list whose wife and children are listed and related to him.
    private const string FamilyFighter = "NFL-2019-0001";

    /// <summary>The example flight's file: the checkout's copy when run from the checkout, else the installed one.</summary>
    private static string FlightFile() => DemoFile("flight-vg19.edi");

    private static string DemoFile(string name)
    {
        string checkout = Path.Combine("data", "demo", name);
        return File.Exists(checkout) ? checkout : Quote(Path.Combine(AppContext.BaseDirectory, "demo", name));
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
