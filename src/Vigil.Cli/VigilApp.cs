using System.CommandLine;
using Vigil.Cli.Commands;

namespace Vigil.Cli;

/// <summary>The <c>vigil</c> command line: builds the command tree and runs it.</summary>
internal static class VigilApp
{
    public static async Task<int> RunAsync(string[] args, CliEnvironment env)
    {
        RootCommand root = BuildRoot(env);
        ParseResult parse = root.Parse(args);
        InvocationConfiguration invocation = new() { Output = env.Output, Error = env.Error };
        if (parse.Errors.Count > 0)
        {
            // System.CommandLine prints the errors with its "did you mean" suggestions; usage errors exit 2.
            await parse.InvokeAsync(invocation);
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
        return root;
    }
}
