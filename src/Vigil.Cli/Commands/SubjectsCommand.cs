using System.CommandLine;
using Spectre.Console;
using Vigil.Cli.Output;
using Vigil.Domain;
using Vigil.Screening.Lists;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil subjects show|history|set-status</c>.</summary>
internal static class SubjectsCommand
{
    public static Command Build(CliEnvironment env)
    {
        Command subjects = new("subjects", "Listed subjects: see one, its history, record its custody and legal status.");
        subjects.Subcommands.Add(BuildShow(env));
        subjects.Subcommands.Add(BuildHistory(env));
        subjects.Subcommands.Add(BuildSetStatus(env));
        return subjects;
    }

    private static Argument<string> IdArgument() => new("id")
    {
        Description = "Vigil's subject id (V...) or the list's own identifier (UN reference number such as QDi.123, OFAC ent_num).",
    };

    private static Command BuildShow(CliEnvironment env)
    {
        Argument<string> id = IdArgument();
        Option<string> list = ListsCommand.ListNameOption(required: false);
        Command command = new("show", "Show everything known of a subject: names, dates of birth, documents, listing, custody history.") { id, list };
        command.SetStoreAction(env, async (parse, stores, ct) =>
        {
            IWatchListStore store = stores.Lists;
            SubjectRecord record = Resolved(await new WatchListQueries(store, stores.Audit).ReadSubjectAsync(parse.GetRequiredValue(id), parse.GetValue(list), CliEnvironment.AuditActor, ct),
                parse.GetRequiredValue(id), parse.GetValue(list));
            if (parse.GetValue(CommonOptions.Json))
            {
                await JsonOutput.WriteAsync(env.Output, w => WatchListJson.WriteSubjectRecord(w, record.Subject, record));
                return ExitCodes.Ok;
            }

            Tables.RenderSubject(env.Console, record);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command BuildHistory(CliEnvironment env)
    {
        Argument<string> id = IdArgument();
        Option<string> list = ListsCommand.ListNameOption(required: false);
        Command command = new("history", "Show every change to a subject: imports, custody status entries, edits.") { id, list };
        command.SetStoreAction(env, async (parse, stores, ct) =>
        {
            IWatchListStore store = stores.Lists;
            SubjectRecord record = await ResolveAsync(store, parse.GetRequiredValue(id), parse.GetValue(list), ct);
            IReadOnlyList<HistoryEntry> entries = await new WatchListQueries(store, stores.Audit).ReadHistoryAsync(record.Subject.Id, CliEnvironment.AuditActor, ct);
            if (parse.GetValue(CommonOptions.Json))
            {
                await JsonOutput.WriteAsync(env.Output, w =>
                {
                    w.WriteStartObject();
                    w.WriteString("subjectId", record.Subject.Id.Value);
                    w.WriteStartArray("changes");
                    foreach (HistoryEntry entry in entries)
                    {
                        WatchListJson.WriteHistoryEntry(w, entry);
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                });
                return ExitCodes.Ok;
            }

            Tables.RenderHistory(env.Console, entries);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command BuildSetStatus(CliEnvironment env)
    {
        Argument<string> id = IdArgument();
        Option<string> list = ListsCommand.ListNameOption(required: false);
        Option<string> status = new("--status")
        {
            Description = "The new status: " + string.Join(", ", CustodyStates.All) + " ('deceased' means reported).",
            Required = true,
        };
        status.Validators.Add(result =>
        {
            string? value = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
            if (value is not null && !CustodyStates.TryParse(value, out _))
            {
                result.AddError($"'{value}' is not a custody status; use one of {string.Join(", ", CustodyStates.All)}.");
            }
        });
        Option<string?> by = new("--by") { Description = "Who holds, prosecutes or revoked: an armed force, a state, a court." };
        Option<string?> since = new("--since") { Description = "When it took effect: YYYY, YYYY-MM or YYYY-MM-DD.", HelpName = "DATE" };
        Option<string?> place = new("--place") { Description = "Where: a camp, a prison, a city." };
        Option<string?> country = new("--country") { Description = "The country involved (ISO alpha-3 or name): repatriated to, revoked by, detained in." };
        Option<string?> source = new("--source") { Description = "Where the information comes from." };
        Option<string?> note = new("--note") { Description = "Free text." };
        Option<string?> actor = new("--actor") { Description = "Who records it (default: $VIGIL_USER or the OS user)." };
        Command command = new("set-status", "Record a new custody or legal status for a subject; the full history is kept.")
        {
            id, list, status, by, since, place, country, source, note, actor,
        };
        command.SetStoreAction(env, async (parse, stores, ct) =>
        {
            IWatchListStore store = stores.Lists;
            if (!CustodyStates.TryParse(parse.GetRequiredValue(status), out CustodyState state))
            {
                throw new CliException($"unknown custody status; use one of {string.Join(", ", CustodyStates.All)}.", ExitCodes.Usage);
            }

            PartialDate sinceDate = PartialDate.Unknown;
            if (parse.GetValue(since) is { } sinceText && !PartialDate.TryParse(sinceText, out sinceDate))
            {
                throw new CliException($"--since '{sinceText}' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date).");
            }

            CountryCode? countryCode = null;
            if (parse.GetValue(country) is { } countryText)
            {
                countryCode = Countries.TryResolve(countryText, out CountryCode code)
                    ? code
                    : throw new CliException($"--country '{countryText}' is not a country: use an ISO 3166 alpha-3 code such as FRA, or an English name.");
            }

            SubjectRecord record = await ResolveAsync(store, parse.GetRequiredValue(id), parse.GetValue(list), ct);
            if (record.IsRemoved)
            {
                throw new CliException($"{record.Subject.Id} ({record.Subject.Listing.SourceId}) was removed from list '{record.Subject.Listing.ListName}'; its status can no longer be changed.");
            }

            string who = parse.GetValue(actor) ?? CliEnvironment.DefaultActor;
            CustodyStatus entry = new(state, sinceDate)
            {
                Authority = parse.GetValue(by),
                Place = parse.GetValue(place),
                Country = countryCode,
                Source = parse.GetValue(source),
                Note = parse.GetValue(note),
            };
            Subject updated = await new WatchListQueries(store, stores.Audit).AddCustodyStatusAsync(record.Subject.Id, entry, who, $"cli:{who}", ct);
            if (parse.GetValue(CommonOptions.Json))
            {
                await JsonOutput.WriteAsync(env.Output, w => WatchListJson.WriteSubjectRecord(w, updated, null));
                return ExitCodes.Ok;
            }

            string who2 = Markup.Escape($"{updated.Id.Value} ({updated.Listing.ListName} {updated.Listing.SourceId}, {updated.PrimaryName?.Full})");
            env.Console.MarkupLine($"{who2} is now [bold]{CustodyStates.ToName(updated.CurrentCustody)}[/].");
            Tables.RenderCustody(env.Console, updated.CustodyHistory);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Finds exactly one subject by Vigil id or list identifier, or says clearly why not.</summary>
    internal static async Task<SubjectRecord> ResolveAsync(IWatchListStore store, string id, string? listName, CancellationToken ct) =>
        Resolved(await new WatchListQueries(store).FindSubjectAsync(id, listName, ct), id, listName);

    private static SubjectRecord Resolved(SubjectLookup lookup, string id, string? listName) =>
        lookup.Outcome switch
        {
            SubjectLookupOutcome.Found => lookup.Subject!,
            SubjectLookupOutcome.NotFound => throw new CliException(
                $"no subject '{id}' {(listName is null ? "in any list" : $"in list '{listName}'")}. Give Vigil's id (V...) or the list's identifier; see vigil lists show NAME."),
            _ => throw new CliException($"'{id}' names {lookup.Candidates.Count} subjects, in lists {string.Join(", ", lookup.Lists)}; add --list NAME."),
        };
}
