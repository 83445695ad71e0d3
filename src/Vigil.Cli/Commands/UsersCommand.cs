using System.CommandLine;
using System.Globalization;
using System.Text;
using Spectre.Console;
using Vigil.Cli.Output;
using Vigil.Screening.Access;
using Vigil.Screening.People;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil users create|list|disable</c>: the people who sign in to the workbench of vigil serve.</summary>
internal static class UsersCommand
{
    private static readonly string[] RoleNames = [.. Users.PersonRoles.Select(AccessKeys.Name)];

    public static Command Build(CliEnvironment env)
    {
        Command users = new("users", "People who sign in to the workbench of vigil serve: create analysts, supervisors and admins, list, disable.");
        users.Subcommands.Add(BuildCreate(env));
        users.Subcommands.Add(BuildList(env));
        users.Subcommands.Add(BuildDisable(env));
        return users;
    }

    private static Command BuildCreate(CliEnvironment env)
    {
        Argument<string> name = new("name") { Description = "The name to sign in with: letters, digits and . _ @ - (at most 64)." };
        Option<string> role = new("--role") { Description = "What the person may do.", Required = true, HelpName = string.Join('|', RoleNames) };
        role.AcceptOnlyFromAmong(RoleNames);
        Command command = new(
            "create",
            $"Create a user. The password is read from standard input, one line, at least {Users.MinimumPasswordLength} characters; only a slow salted hash is kept.")
        {
            name, role,
        };
        command.SetStoreAction(env, async (parse, stores, ct) =>
        {
            string userName = parse.GetRequiredValue(name);
            AccessRole wanted = AccessKeys.TryParseRole(parse.GetRequiredValue(role), out AccessRole r) ? r : AccessRole.Analyst;

            // Checked before the password is asked for, so that a typo in the name costs no typing.
            if (Users.ProblemWithName(userName) is { } badName)
            {
                throw new CliException(badName, ExitCodes.BadInput);
            }

            if (env.IsInteractive)
            {
                await env.Error.WriteAsync($"Password for {userName} (at least {Users.MinimumPasswordLength} characters), then Enter: ");
            }

            string password = await ReadPasswordAsync(env, ct);
            User user;
            try
            {
                user = await new Users(stores.Users, stores.Audit, env.Time).CreateAsync(userName, wanted, password, CliEnvironment.AuditActor, ct);
            }
            catch (ArgumentException e)
            {
                throw new CliException(e.Message.Split(" (Parameter", StringSplitOptions.None)[0], ExitCodes.BadInput);
            }

            if (parse.GetValue(CommonOptions.Json))
            {
                await JsonOutput.WriteAsync(env.Output, w => WriteUser(w, user));
                return ExitCodes.Ok;
            }

            await env.Error.WriteLineAsync($"User {user.Name} ({AccessKeys.Name(user.Role)}) created in {stores.Description}. Sign in at /signin of vigil serve.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command BuildList(CliEnvironment env)
    {
        Command command = new("list", "List the users (never their passwords), disabled ones too.");
        command.SetStoreAction(env, async (parse, stores, ct) =>
        {
            IReadOnlyList<User> users = await new Users(stores.Users, stores.Audit, env.Time).ListAsync(ct);
            if (parse.GetValue(CommonOptions.Json))
            {
                await JsonOutput.WriteAsync(env.Output, w =>
                {
                    w.WriteStartArray();
                    foreach (User user in users)
                    {
                        WriteUser(w, user);
                    }

                    w.WriteEndArray();
                });
                return ExitCodes.Ok;
            }

            if (users.Count == 0)
            {
                env.Console.MarkupLine("No user yet. Create one with [blue]vigil users create NAME --role analyst[/] (the password on standard input).");
                return ExitCodes.Ok;
            }

            DateTimeOffset now = env.Time.GetUtcNow();
            Table table = new Table().Border(TableBorder.Simple).AddColumns("Name", "Role", "Created", "By", "Disabled", "Locked until", "Failed attempts");
            foreach (User user in users)
            {
                table.AddRow(
                    new Text(user.Name), new Text(AccessKeys.Name(user.Role)), new Text(Minutes(user.CreatedAt)), new Text(user.CreatedBy),
                    new Text(user.DisabledAt is { } disabled ? Minutes(disabled) : string.Empty),
                    new Text(user.IsLockedAt(now) ? Minutes(user.LockedUntil!.Value) : string.Empty),
                    new Text(user.FailedAttempts.ToString(CultureInfo.InvariantCulture)));
            }

            env.Console.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command BuildDisable(CliEnvironment env)
    {
        Argument<string> name = new("name") { Description = "The user's name (vigil users list)." };
        Command command = new("disable", "Disable a user: sign-in is refused from now on, and open sessions end.") { name };
        command.SetStoreAction(env, async (parse, stores, ct) =>
        {
            string userName = parse.GetRequiredValue(name);
            User user = await new Users(stores.Users, stores.Audit, env.Time).DisableAsync(userName, CliEnvironment.AuditActor, ct)
                ?? throw new CliException($"no user '{userName}' in {stores.Description}; see vigil users list.");
            await env.Error.WriteLineAsync($"User {user.Name} is disabled since {user.DisabledAt:yyyy-MM-dd HH:mm:ss} UTC.");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The first line of standard input, without its line ending.</summary>
    private static async Task<string> ReadPasswordAsync(CliEnvironment env, CancellationToken cancellationToken)
    {
        using StreamReader reader = new(env.OpenStandardInput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), detectEncodingFromByteOrderMarks: true, leaveOpen: false);
        string? line = await reader.ReadLineAsync(cancellationToken);
        if (Users.ProblemWithPassword(line) is { } problem)
        {
            throw new CliException($"{problem} Give the password on standard input, one line.", ExitCodes.BadInput);
        }

        return line!;
    }

    private static void WriteUser(System.Text.Json.Utf8JsonWriter w, User user)
    {
        w.WriteStartObject();
        w.WriteString("name", user.Name);
        w.WriteString("role", AccessKeys.Name(user.Role));
        w.WriteString("createdAt", user.CreatedAt);
        w.WriteString("createdBy", user.CreatedBy);
        WriteTime(w, "disabledAt", user.DisabledAt);
        WriteTime(w, "lockedUntil", user.LockedUntil);
        w.WriteNumber("failedAttempts", user.FailedAttempts);
        w.WriteEndObject();
    }

    private static void WriteTime(System.Text.Json.Utf8JsonWriter w, string name, DateTimeOffset? time)
    {
        if (time is { } value)
        {
            w.WriteString(name, value);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static string Minutes(DateTimeOffset time) => time.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
