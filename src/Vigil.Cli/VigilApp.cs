using System.CommandLine;
using System.CommandLine.Invocation;
using Vigil.Cli.Commands;

namespace Vigil.Cli;

/// <summary>The <c>vigil</c> command line: builds the command tree and runs it.</summary>
internal static class VigilApp
{
    public static async Task<int> RunAsync(string[] args, CliEnvironment env)
    {
        RootCommand root = BuildRoot(env);
        ParseResult parse = root.Parse(args);
        // Ctrl+C and SIGTERM cancel the command; the process waits for it to end (vigil serve answers the requests in
        // flight first) instead of being cut off after System.CommandLine's default two seconds.
        InvocationConfiguration invocation = new() { Output = env.Output, Error = env.Error, ProcessTerminationTimeout = TimeSpan.FromSeconds(40) };
        if (parse.Errors.Count > 0)
        {
            // System.CommandLine prints the errors with its "did you mean" suggestions; the full help would bury them.
            if (parse.Action is ParseErrorAction errorAction)
            {
                errorAction.ShowHelp = false;
            }

            await parse.InvokeAsync(invocation);
            List<string> names = [];
            for (System.CommandLine.Parsing.CommandResult? result = parse.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
            {
                names.Insert(0, result.Parent is null ? "vigil" : result.Command.Name);
            }

            string command = string.Join(' ', names);
            await env.Error.WriteLineAsync($"Run '{command} --help' for usage.");
            return ExitCodes.Usage;
        }

        return await parse.InvokeAsync(invocation);
    }

    public static RootCommand BuildRoot(CliEnvironment env)
    {
        RootCommand root = new("Vigil: traveler screening against watch lists of foreign terrorist fighters.");
        root.Options.Add(CommonOptions.Db);
        root.Options.Add(CommonOptions.Json);
        root.Subcommands.Add(ListsCommand.Build(env));
        root.Subcommands.Add(SubjectsCommand.Build(env));
        root.Subcommands.Add(DemoCommand.Build(env));
        root.Subcommands.Add(ScreenCommand.Build(env));
        root.Subcommands.Add(EvaluateCommand.Build(env));
        root.Subcommands.Add(MessagesCommand.Build(env));
        root.Subcommands.Add(ParseCommand.Build(env));
        root.Subcommands.Add(ServeCommand.Build(env));
        root.Subcommands.Add(KeysCommand.Build(env));
        root.Subcommands.Add(UsersCommand.Build(env));
        root.Subcommands.Add(AuditCommand.Build(env));
        root.Subcommands.Add(StatsCommand.Build(env));
        return root;
    }
}
