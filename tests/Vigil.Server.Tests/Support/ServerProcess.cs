using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Vigil.Server.Tests.Support;

/// <summary><c>vigil serve</c> as a real child process (<c>dotnet vigil.dll serve</c> from the tests' output folder),
/// on a port the system chooses, read from the line it prints when ready.</summary>
public sealed partial class ServerProcess : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _serving = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ServerProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += Read;
        process.ErrorDataReceived += Read;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>Where it listens.</summary>
    public Uri Url => _serving.Task.IsCompletedSuccessfully ? _serving.Task.Result : throw new InvalidOperationException("Not serving yet.");

    /// <summary>What the process wrote on both streams so far, for messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public int ExitCode => _process.ExitCode;

    /// <summary>Starts the server and returns once <c>/health/ready</c> answers 200.</summary>
    /// <param name="database">The database.</param>
    /// <param name="home">The process's home folder.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static async Task<ServerProcess> StartAsync(string database, string home, CancellationToken cancellationToken)
    {
        ProcessStartInfo info = new("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        string[] arguments = [Path.Combine(AppContext.BaseDirectory, "vigil.dll"), "serve", "--db", database, "--urls", "http://127.0.0.1:0", "--rate-limit", "0", "--log-level", "warning"];
        foreach (string argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["HOME"] = home;
        info.Environment.Remove("VIGIL_DB");
        ServerProcess server = new(Process.Start(info) ?? throw new InvalidOperationException("could not start dotnet"));
        using CancellationTokenSource timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(StartTimeout);
        try
        {
            Task exited = server._process.WaitForExitAsync(timeout.Token);
            if (await Task.WhenAny(server._serving.Task, exited) != server._serving.Task)
            {
                await exited;
                throw new InvalidOperationException($"vigil serve stopped before it was ready (exit {server.ExitCode}):\n{server.Output}");
            }

            using HttpClient client = new() { BaseAddress = server.Url };
            while ((await client.GetAsync("/health/ready", timeout.Token)).StatusCode != System.Net.HttpStatusCode.OK)
            {
                await Task.Delay(50, timeout.Token);
            }

            return server;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            server.Dispose();
            throw new InvalidOperationException($"vigil serve was not ready within {StartTimeout.TotalSeconds} s:\n{server.Output}");
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    /// <summary>SIGKILL: the process gets no chance to finish anything.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync(TestContext.Current.CancellationToken);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(TimeSpan.FromSeconds(10));
        }

        _process.Dispose();
    }

    private void Read(object sender, DataReceivedEventArgs e)
    {
        if (e.Data is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(e.Data);
        }

        if (ServingLine().Match(e.Data) is { Success: true } serving)
        {
            _serving.TrySetResult(new Uri(serving.Groups["url"].Value));
        }
    }

    [GeneratedRegex(@"^Vigil is serving (?<url>http://\S+)")]
    private static partial Regex ServingLine();
}
