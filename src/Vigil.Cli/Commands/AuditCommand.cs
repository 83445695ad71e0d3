using System.CommandLine;
using System.Globalization;
using Vigil.Cli.Output;
using Vigil.Screening.Audit;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil audit verify|show</c>: the hash-chained record of who read personal data or changed anything.</summary>
internal static class AuditCommand
{
    public static Command Build(CliEnvironment env)
    {
        Command audit = new("audit", "The audit chain: who read personal data or changed anything, and proof that no row was edited, deleted, inserted or reordered.");
        audit.Subcommands.Add(BuildVerify(env));
        audit.Subcommands.Add(BuildShow(env));
        return audit;
    }

    private static Command BuildVerify(CliEnvironment env)
    {
        Command command = new("verify", "Check every row of the audit chain: exit 0 with the number of rows verified, or 1 naming the first row out of place.");
        command.SetStoreAction(env, async (parse, stores, ct) =>
        {
            AuditVerification result = await stores.Audit.VerifyAsync(ct);
            if (parse.GetValue(CommonOptions.Json))
            {
                await JsonOutput.WriteAsync(env.Output, w =>
                {
                    w.WriteStartObject();
                    w.WriteBoolean("intact", result.IsIntact);
                    w.WriteNumber("rowsVerified", result.RowsVerified);
                    w.WriteString("headHash", result.HeadHash);
                    if (result.Fault is { } fault)
                    {
                        w.WriteStartObject("firstBadRow");
                        w.WriteNumber("sequence", fault.Sequence);
                        w.WriteString("kind", fault.Kind.ToString().ToLowerInvariant());
                        w.WriteString("message", fault.Message);
                        w.WriteEndObject();
                    }
                    else
                    {
                        w.WriteNull("firstBadRow");
                    }

                    w.WriteEndObject();
                });
            }
            else if (result.Fault is { } fault)
            {
                await env.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"Audit chain broken at row {fault.Sequence} ({fault.Kind.ToString().ToLowerInvariant()}): {fault.Message}. {result.RowsVerified:N0} rows before it are in place."));
            }
            else
            {
                await env.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"Audit chain intact: {result.RowsVerified:N0} rows verified; head hash {result.HeadHash} (keep it elsewhere to detect a later deletion of the newest rows)."));
            }

            return result.IsIntact ? ExitCodes.Ok : ExitCodes.BadInput;
        });
        return command;
    }

    private static Command BuildShow(CliEnvironment env)
    {
        Option<DateTimeOffset?> since = new("--since") { Description = "Only rows from this time (UTC unless an offset is given).", HelpName = "TIME" };
        Option<string?> actor = new("--actor") { Description = "Only rows of this actor (key:ID, cli:NAME).", HelpName = "ID" };
        Option<int> limit = new("--limit") { Description = "At most this many rows, the newest ones.", DefaultValueFactory = _ => 100, HelpName = "N" };
        Command command = new("show", "Show audit rows, oldest first: when, who, what, which records.") { since, actor, limit };
        command.SetStoreAction(env, async (parse, stores, ct) =>
        {
            IReadOnlyList<AuditRecord> rows = await stores.Audit.ReadAsync(new AuditQuery(parse.GetValue(since), parse.GetValue(actor), Math.Max(1, parse.GetValue(limit))), ct);
            if (parse.GetValue(CommonOptions.Json))
            {
                await JsonOutput.WriteAsync(env.Output, w =>
                {
                    w.WriteStartArray();
                    foreach (AuditRecord row in rows)
                    {
                        w.WriteStartObject();
                        w.WriteNumber("sequence", row.Sequence);
                        w.WriteString("at", row.At);
                        w.WriteString("actor", row.Entry.Actor);
                        w.WriteString("action", row.Entry.Action);
                        w.WriteString("records", row.Entry.Records);
                        w.WriteString("detail", row.Entry.Detail);
                        w.WriteString("previousHash", row.PreviousHash);
                        w.WriteString("hash", row.Hash);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                });
                return ExitCodes.Ok;
            }

            if (rows.Count == 0)
            {
                await env.Output.WriteLineAsync("No audit row matches.");
                return ExitCodes.Ok;
            }

            foreach (AuditRecord row in rows)
            {
                string records = row.Entry.Records.Length > 100 ? row.Entry.Records[..100] + "…" : row.Entry.Records;
                await env.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"#{row.Sequence,-6} {row.At:yyyy-MM-dd HH:mm:ss.fff} {row.Entry.Actor,-24} {row.Entry.Action,-22} {records}"));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
