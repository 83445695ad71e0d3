using System.Diagnostics;
using System.Text;

namespace Vigil.Cli.Tests;

/// <summary>What one run of <c>vigil</c> gave.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}

/// <summary>Runs the <c>vigil</c> command line in this process (fast) or as a real child process.</summary>
public static class CliRun
{
    // System.CommandLine symbols are shared statics; building and parsing is serialized to keep their parent lists sane.
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static Task<CliResult> InProcessAsync(params string[] args) => InProcessWithInputAsync(null, args);

    /// <summary>Runs in process with <paramref name="input"/> as standard input (null: an empty one).</summary>
    public static async Task<CliResult> InProcessWithInputAsync(byte[]? input, params string[] args)
    {
        StringWriter output = new();
        StringWriter error = new();
        CliEnvironment env = new(output, error, isInteractive: false, TimeProvider.System, () => new MemoryStream(input ?? [], writable: false));
        await Gate.WaitAsync();
        try
        {
            int code = await VigilApp.RunAsync(args, env);
            return new CliResult(code, output.ToString(), error.ToString());
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Starts <c>dotnet vigil.dll ARGS</c> from the test's output folder.</summary>
    public static Process Start(IEnumerable<string> args, IDictionary<string, string>? environment = null)
    {
        ProcessStartInfo info = new("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "vigil.dll"));
        foreach (string arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["DOTNET_NOLOGO"] = "1";
        foreach ((string key, string value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        return Process.Start(info) ?? throw new InvalidOperationException("could not start dotnet");
    }

    public static async Task<CliResult> ProcessAsync(IEnumerable<string> args, IDictionary<string, string>? environment = null)
    {
        using Process process = Start(args, environment);
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        using CancellationTokenSource timeout = new(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new CliResult(process.ExitCode, await output, await error);
    }
}
