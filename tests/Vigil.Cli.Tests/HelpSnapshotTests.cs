using System.Text;

namespace Vigil.Cli.Tests;

/// <summary>The help text of every command, compared with an approved snapshot: option names are a contract.</summary>
/// <remarks>On a difference the test writes <c>Snapshots/help.received.txt</c> beside the approved file; review the
/// diff as code, and copy it over <c>help.approved.txt</c> when the change is intended. In this test host the
/// executable is called Vigil.Cli.Tests; it reads as vigil in the snapshot.</remarks>
public sealed class HelpSnapshotTests
{
    private static readonly string[][] Commands =
    [
        [],
        ["lists"],
        ["lists", "import"],
        ["lists", "list"],
        ["lists", "show"],
        ["lists", "diff"],
        ["lists", "history"],
        ["subjects"],
        ["subjects", "show"],
        ["subjects", "history"],
        ["subjects", "set-status"],
        ["subjects", "relate"],
        ["subjects", "unrelate"],
        ["demo"],
        ["screen"],
        ["evaluate"],
        ["parse"],
        ["stats"],
        ["stats", "custody"],
        ["users"],
        ["users", "create"],
        ["users", "list"],
        ["users", "disable"],
    ];

    [Fact]
    public async Task The_help_of_every_command_matches_the_approved_snapshot()
    {
        StringBuilder help = new();
        foreach (string[] command in Commands)
        {
            CliResult result = await CliRun.InProcessAsync([.. command, "--help"]);
            Assert.Equal(0, result.ExitCode);
            help.Append("$ ").AppendJoin(' ', ["vigil", .. command, "--help"]).Append('\n').Append(result.Output.ReplaceLineEndings("\n").Replace("Vigil.Cli.Tests", "vigil", StringComparison.Ordinal)).Append('\n');
        }

        string folder = Path.Combine(Testing.RepositoryRoot.Path, "tests", "Vigil.Cli.Tests", "Snapshots");
        string approvedPath = Path.Combine(folder, "help.approved.txt");
        string approved = File.Exists(approvedPath) ? (await File.ReadAllTextAsync(approvedPath, TestContext.Current.CancellationToken)).ReplaceLineEndings("\n") : string.Empty;
        if (approved != help.ToString())
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "help.received.txt"), help.ToString(), TestContext.Current.CancellationToken);
        }

        Assert.Equal(approved, help.ToString());
    }
}
