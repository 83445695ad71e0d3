using System.CommandLine;
using Spectre.Console;
using Vigil.Cli.Output;
using Vigil.Screening.Access;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil keys create|list|revoke</c>: the API keys of carriers and analysts.</summary>
internal static class KeysCommand
{
    public static Command Build(CliEnvironment env)
    {
        Command keys = new("keys", "API keys for vigil serve: create one per carrier gateway or analyst tool, list, revoke.");
        keys.Subcommands.Add(BuildCreate(env));
        keys.Subcommands.Add(BuildList(env));
        keys.Subcommands.Add(BuildRevoke(env));
        return keys;
    }

    private static Command BuildCreate(CliEnvironment env)
    {
        Option<string> role = new("--role") { Description = "What the key may do.", Required = true, HelpName = string.Join('|', AccessKeys.RoleNames) };
        role.AcceptOnlyFromAmong([.. AccessKeys.RoleNames]);
        Option<string> name = new("--name") { Description = "What the key is for (a carrier's gateway, a tool).", Required = true, HelpName = "NAME" };
        Option<string[]> carriers = new("--carrier")
        {
            Description = "For a carrier key: the airline designators (VG) whose flights it checks and reads; repeat for several.",
            HelpName = "CODE",
            AllowMultipleArgumentsPerToken = true,
        };
        Command command = new("create", "Create an API key and print it once: only a salted hash is kept.") { role, name, carriers };
        command.SetStoreAction(env, async (parse, stores, ct) =>
        {
            AccessKeys service = new(stores.Keys, env.Time);
            AccessRole wanted = AccessKeys.TryParseRole(parse.GetRequiredValue(role), out AccessRole r) ? r : AccessRole.Carrier;
            (AccessKey key, string secret) created;
            try
            {
                created = await service.CreateAsync(parse.GetRequiredValue(name), wanted, parse.GetValue(carriers) ?? [], Actor, ct);
            }
            catch (ArgumentException e)
            {
                throw new CliException(e.Message.Split(" (Parameter", StringSplitOptions.None)[0], ExitCodes.Usage);
            }

            if (parse.GetValue(CommonOptions.Json))
            {
                await JsonOutput.WriteAsync(env.Output, w =>
                {
                    w.WriteStartObject();
                    w.WriteString("id", created.key.Id);
                    w.WriteString("name", created.key.Name);
                    w.WriteString("role", AccessKeys.Name(created.key.Role));
                    w.WriteStartArray("carriers");
                    foreach (string carrier in created.key.Carriers)
                    {
                        w.WriteStringValue(carrier);
                    }

                    w.WriteEndArray();
                    w.WriteString("key", created.secret);
                    w.WriteEndObject();
                });
                return ExitCodes.Ok;
            }

            await env.Output.WriteLineAsync(created.secret);
            await env.Error.WriteLineAsync(
                $"Key {created.key.Id} ({AccessKeys.Name(created.key.Role)}{(created.key.Carriers.IsEmpty ? string.Empty : " for " + string.Join(' ', created.key.Carriers))}) "
                + $"created in {stores.Description}. It is shown only now: send it as 'Authorization: Bearer KEY'.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command BuildList(CliEnvironment env)
    {
        Command command = new("list", "List the API keys (never their secrets), revoked ones too.");
        command.SetStoreAction(env, async (parse, stores, ct) =>
        {
            IReadOnlyList<AccessKey> keys = await new AccessKeys(stores.Keys, env.Time).ListAsync(ct);
            if (parse.GetValue(CommonOptions.Json))
            {
                await JsonOutput.WriteAsync(env.Output, w =>
                {
                    w.WriteStartArray();
                    foreach (AccessKey key in keys)
                    {
                        w.WriteStartObject();
                        w.WriteString("id", key.Id);
                        w.WriteString("name", key.Name);
                        w.WriteString("role", AccessKeys.Name(key.Role));
                        w.WriteStartArray("carriers");
                        foreach (string carrier in key.Carriers)
                        {
                            w.WriteStringValue(carrier);
                        }

                        w.WriteEndArray();
                        w.WriteString("createdAt", key.CreatedAt);
                        w.WriteString("createdBy", key.CreatedBy);
                        if (key.RevokedAt is { } revoked)
                        {
                            w.WriteString("revokedAt", revoked);
                        }
                        else
                        {
                            w.WriteNull("revokedAt");
                        }

                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                });
                return ExitCodes.Ok;
            }

            if (keys.Count == 0)
            {
                env.Console.MarkupLine("No API key yet. Create one with [blue]vigil keys create --role carrier --name NAME --carrier CODE[/].");
                return ExitCodes.Ok;
            }

            Table table = new Table().Border(TableBorder.Simple).AddColumns("Key", "Name", "Role", "Carriers", "Created", "By", "Revoked");
            foreach (AccessKey key in keys)
            {
                table.AddRow(
                    new Text(key.Id), new Text(key.Name), new Text(AccessKeys.Name(key.Role)), new Text(string.Join(' ', key.Carriers)),
                    new Text(key.CreatedAt.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)), new Text(key.CreatedBy),
                    new Text(key.RevokedAt?.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty));
            }

            env.Console.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command BuildRevoke(CliEnvironment env)
    {
        Argument<string> id = new("id") { Description = "The key's id (vigil keys list)." };
        Command command = new("revoke", "Revoke an API key: from now on it opens nothing.") { id };
        command.SetStoreAction(env, async (parse, stores, ct) =>
        {
            string keyId = parse.GetRequiredValue(id);
            AccessKey key = await new AccessKeys(stores.Keys, env.Time).RevokeAsync(keyId, Actor, ct)
                ?? throw new CliException($"no key '{keyId}' in {stores.Description}; see vigil keys list.");
            await env.Error.WriteLineAsync($"Key {key.Id} ({key.Name}) is revoked since {key.RevokedAt:yyyy-MM-dd HH:mm:ss} UTC.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Actor => $"cli:{CliEnvironment.DefaultActor}";
}
