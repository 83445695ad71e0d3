using System.Diagnostics;

namespace Vigil.Cli.Tests;

/// <summary>An import killed mid-way (a real child process, SIGKILL) leaves the database exactly as before.</summary>
public abstract class CrashTests : IAsyncLifetime
{
    protected string Db { get; private set; } = string.Empty;

    protected abstract Task<string> NewDatabaseAsync();

    public async ValueTask InitializeAsync() => Db = await NewDatabaseAsync();

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task An_import_killed_mid_way_leaves_the_database_exactly_as_before()
    {
        CliResult baseline = await CliRun.ProcessAsync(["lists", "import", SharedData.UnSample, "--format", "un-xml", "--list", "un", "--db", Db]);
        Assert.True(baseline.ExitCode == 0, baseline.ToString());
        string before = await DatabaseSnapshot.TakeAsync(Db);

        using (Process import = CliRun.Start(
            ["lists", "import", SharedData.OfacSdn, "--format", "ofac-csv", "--list", "ofac", "--db", Db],
            new Dictionary<string, string> { ["VIGIL_FAULT_PAUSE_AFTER"] = "3000" }))
        {
            // Wait until the import has written 3,000 subjects inside its transaction, then kill it outright.
            TaskCompletionSource paused = new(TaskCreationOptions.RunContinuationsAsynchronously);
            System.Text.StringBuilder said = new();
            import.ErrorDataReceived += (_, e) =>
            {
                lock (said)
                {
                    said.AppendLine(e.Data);
                }

                if (e.Data?.Contains("fault injection: paused", StringComparison.Ordinal) == true)
                {
                    paused.TrySetResult();
                }
            };
            import.OutputDataReceived += (_, e) =>
            {
                lock (said)
                {
                    said.AppendLine(e.Data);
                }
            };
            import.BeginErrorReadLine();
            import.BeginOutputReadLine();
            Task ended = import.WaitForExitAsync(TestContext.Current.CancellationToken);
            Task first = await Task.WhenAny(paused.Task, ended, Task.Delay(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken));
            Assert.True(first == paused.Task, "the import did not pause: " + said);
            import.Kill(entireProcessTree: true);
            await import.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.Equal(137, import.ExitCode);
        }

        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(Db));
        CliResult again = await CliRun.ProcessAsync(["lists", "import", SharedData.OfacSdn, "--format", "ofac-csv", "--list", "ofac", "--db", Db]);
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Equal(8976, await DatabaseSnapshot.CountAsync(Db, "SELECT COUNT(*) FROM subjects WHERE list_name = 'ofac'"));
    }
}
