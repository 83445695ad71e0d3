using System.CommandLine;
using Spectre.Console;
using Vigil.Cli.Output;
using Vigil.Domain;
using Vigil.Screening.Lists;
using Vigil.Screening.Relations;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil subjects show|history|set-status</c>.</summary>
internal static class SubjectsCommand
{
    public static Command Build(CliEnvironment env)
    {
        Command subjects = new("subjects", "Listed subjects: see one, its history, record its custody and legal status, relate it to others.");
        subjects.Subcommands.Add(BuildShow(env));
        subjects.Subcommands.Add(BuildHistory(env));
        subjects.Subcommands.Add(BuildSetStatus(env));
        subjects.Subcommands.Add(BuildRelate(env));
        subjects.Subcommands.Add(BuildUnrelate(env));
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
        Command command = new("show", "Show everything known of a subject: names, dates of birth, documents, listing, custody history, relatives.") { id, list };
        command.SetStoreAction(env, async (parse, stores, ct) =>
        {
            IWatchListStore store = stores.Lists;
            SubjectRecord record = Resolved(await new WatchListQueries(store, stores.Audit).ReadSubjectAsync(parse.GetRequiredValue(id), parse.GetValue(list), CliEnvironment.AuditActor, ct),
                parse.GetRequiredValue(id), parse.GetValue(list));
            IReadOnlyList<Relative> relatives = await new SubjectRelations(store).ReadRelativesAsync(record.Subject.Id, ct);
            if (parse.GetValue(CommonOptions.Json))
            {
                await JsonOutput.WriteAsync(env.Output, w => WatchListJson.WriteSubjectRecord(w, record.Subject, record, relatives));
                return ExitCodes.Ok;
            }

            Tables.RenderSubject(env.Console, record);
            Tables.RenderRelatives(env.Console, relatives);
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

    private static Option<string> TypeOption() => new("--type")
    {
        Description = "What the other subject (--to) is to this one: " + string.Join(", ", RelationTypes.All) + ".",
        Required = true,
    };

    private static Option<string> ToOption() => new("--to")
    {
        Description = "The other subject: Vigil's id, the list's identifier, or LIST:ID for a subject of another list.",
        Required = true,
        HelpName = "ID",
    };

    private static RelationType ParseType(ParseResult parse, Option<string> type) =>
        RelationTypes.TryParse(parse.GetRequiredValue(type), out RelationType parsed)
            ? parsed
            : throw new CliException($"--type '{parse.GetRequiredValue(type)}' is not a relation; use one of {string.Join(", ", RelationTypes.All)}.", ExitCodes.Usage);

    private static Command BuildRelate(CliEnvironment env)
    {
        Argument<string> id = IdArgument();
        Option<string> list = ListsCommand.ListNameOption(required: false);
        Option<string> to = ToOption();
        Option<string> type = TypeOption();
        Option<string?> since = new("--since") { Description = "Since when: YYYY, YYYY-MM or YYYY-MM-DD (a marriage, a birth).", HelpName = "DATE" };
        Option<string?> source = new("--source") { Description = "Where the information comes from." };
        Option<string?> note = new("--note") { Description = "Free text." };
        Option<string?> actor = new("--actor") { Description = "Who records it (default: $VIGIL_USER or the OS user)." };
        Command command = new("relate", "Record that another subject (--to) is this one's spouse, child, parent, sibling, associate...; kept across imports.")
        {
            id, list, to, type, since, source, note, actor,
        };
        command.SetStoreAction(env, async (parse, stores, ct) =>
        {
            RelationType relationType = ParseType(parse, type);
            PartialDate sinceDate = PartialDate.Unknown;
            if (parse.GetValue(since) is { } sinceText && !PartialDate.TryParse(sinceText, out sinceDate))
            {
                throw new CliException($"--since '{sinceText}' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date).");
            }

            SubjectRelations relations = new(stores.Lists, stores.Audit);
            SubjectRecord subject = await ResolveAsync(stores.Lists, parse.GetRequiredValue(id), parse.GetValue(list), ct);
            SubjectRecord relative = Resolved(await relations.FindRelativeAsync(parse.GetRequiredValue(to), null, ct), parse.GetRequiredValue(to), null);
            string who = parse.GetValue(actor) ?? CliEnvironment.DefaultActor;
            SubjectRelation relation = SubjectRelation.To(relationType, relative.Subject.Listing.ListName, relative.Subject.Listing.SourceId) with
            {
                Since = sinceDate,
                Source = parse.GetValue(source),
                Note = parse.GetValue(note),
            };
            RelationChange change = await relations.RelateAsync(subject.Subject, relative.Subject, relation, who, $"cli:{who}", ct);
            return await ReportAsync(env, parse, relations, subject.Subject, relative.Subject, relationType, change, related: true, ct);
        });
        return command;
    }

    private static Command BuildUnrelate(CliEnvironment env)
    {
        Argument<string> id = IdArgument();
        Option<string> list = ListsCommand.ListNameOption(required: false);
        Option<string> to = ToOption();
        Option<string> type = TypeOption();
        Option<string?> actor = new("--actor") { Description = "Who records it (default: $VIGIL_USER or the OS user)." };
        Command command = new("unrelate", "Remove a relation between two subjects, whichever of them it was recorded on; the history keeps it.")
        {
            id, list, to, type, actor,
        };
        command.SetStoreAction(env, async (parse, stores, ct) =>
        {
            RelationType relationType = ParseType(parse, type);
            SubjectRelations relations = new(stores.Lists, stores.Audit);
            SubjectRecord subject = await ResolveAsync(stores.Lists, parse.GetRequiredValue(id), parse.GetValue(list), ct);
            SubjectRecord relative = Resolved(await relations.FindRelativeAsync(parse.GetRequiredValue(to), null, ct), parse.GetRequiredValue(to), null);
            string who = parse.GetValue(actor) ?? CliEnvironment.DefaultActor;
            RelationChange change = await relations.UnrelateAsync(subject.Subject.Id, relative.Subject.Id, relationType, who, $"cli:{who}", ct);
            return await ReportAsync(env, parse, relations, subject.Subject, relative.Subject, relationType, change, related: false, ct);
        });
        return command;
    }

    /// <summary>Says what relate or unrelate did, and shows the subject's relatives as they are now.</summary>
    private static async Task<int> ReportAsync(
        CliEnvironment env, ParseResult parse, SubjectRelations relations, Subject subject, Subject relative, RelationType type, RelationChange change, bool related,
        CancellationToken ct)
    {
        string one = $"{subject.Id} ({subject.Listing.ListName} {subject.Listing.SourceId}, {subject.PrimaryName?.Full})";
        string other = $"{relative.Id} ({relative.Listing.ListName} {relative.Listing.SourceId}, {relative.PrimaryName?.Full})";
        if (change.Outcome == RelationChangeOutcome.SameSubject)
        {
            throw new CliException($"{one} cannot be related to itself; --to names the same subject.");
        }

        if (change.Outcome == RelationChangeOutcome.Unchanged && !related)
        {
            throw new CliException($"{other} is not {one}'s {RelationTypes.ToName(type)}; see vigil subjects show {subject.Id}.");
        }

        IReadOnlyList<Relative> relatives = await relations.ReadRelativesAsync(subject.Id, ct);
        if (parse.GetValue(CommonOptions.Json))
        {
            await JsonOutput.WriteAsync(env.Output, w =>
            {
                w.WriteStartObject();
                w.WriteString("subjectId", subject.Id.Value);
                w.WriteString("relativeId", relative.Id.Value);
                w.WriteString("type", RelationTypes.ToName(type));
                w.WriteBoolean("changed", change.Outcome == RelationChangeOutcome.Changed);
                RelationJson.WriteRelations(w, relatives);
                w.WriteEndObject();
            });
            return ExitCodes.Ok;
        }

        string verb = change.Outcome == RelationChangeOutcome.Unchanged
            ? "was already"
            : related ? "is now" : "is no longer";
        env.Console.MarkupLine(Markup.Escape($"{other} {verb} {one}'s {RelationTypes.ToName(type)}."));
        Tables.RenderRelatives(env.Console, relatives);
        return ExitCodes.Ok;
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
