using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Vigil.Screening.Decisions;
using Vigil.Server;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil serve</c>: the HTTP server for carriers and analysts, until Ctrl+C or SIGTERM.</summary>
internal static class ServeCommand
{
    public static Command Build(CliEnvironment env)
    {
        Option<string[]> urls = new("--urls")
        {
            Description = $"Where to listen (default {ServerOptions.DefaultUrl}); several may be given. Port 0 picks a free port.",
            HelpName = "URL",
            AllowMultipleArgumentsPerToken = true,
        };
        Option<string?> policy = new("--policy")
        {
            Description = "The decision policy's configuration (JSON; docs/decision-policy.md); default: Vigil's defaults.",
            HelpName = "FILE",
        };
        Option<int> rateLimit = new("--rate-limit")
        {
            Description = "Requests per second allowed to one API key (0: no limit).",
            DefaultValueFactory = _ => new ServerOptions().RateLimitPerSecond,
            HelpName = "N",
        };
        Option<string> logLevel = new("--log-level")
        {
            Description = "The lowest level logged as JSON lines on standard output.",
            DefaultValueFactory = _ => "information",
        };
        logLevel.AcceptOnlyFromAmong("trace", "debug", "information", "warning", "error");
        Command command = new("serve", "Serve carriers and analysts over HTTP: checks, manifests, decisions, reviews; until Ctrl+C or SIGTERM.")
        {
            urls, policy, rateLimit, logLevel,
        };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(env, async ct =>
        {
            if (parse.GetValue(rateLimit) < 0)
            {
                throw new CliException("--rate-limit is a number of requests per second, 0 for no limit.", ExitCodes.Usage);
            }

            ServerOptions options = new()
            {
                Database = parse.GetValue(CommonOptions.Db),
                Urls = parse.GetValue(urls) is { Length: > 0 } given ? given : [ServerOptions.DefaultUrl],
                Policy = await ReadPolicyAsync(parse.GetValue(policy), ct),
                RateLimitPerSecond = parse.GetValue(rateLimit),
                LogLevel = Enum.Parse<LogLevel>(parse.GetRequiredValue(logLevel), ignoreCase: true),
                Time = env.Time,
            };
            await using VigilServer server = await VigilServer.StartAsync(options, ct);
            await env.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Vigil is serving {string.Join(' ', server.Urls)} ({server.Database}; {server.Subjects:N0} subjects indexed). Ctrl+C stops it."));
            await env.Output.FlushAsync(ct);
            await server.RunUntilStoppedAsync(ct);
            await env.Error.WriteLineAsync("vigil: the server stopped; requests in flight were answered.");
            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }

    /// <summary>Reads a decision policy file, or gives the defaults.</summary>
    internal static async Task<DecisionPolicyOptions> ReadPolicyAsync(string? path, CancellationToken ct)
    {
        if (path is null)
        {
            return DecisionPolicyOptions.Default;
        }

        if (!File.Exists(path))
        {
            throw new CliException($"no file '{path}'.");
        }

        try
        {
            return DecisionPolicyFile.Parse(await File.ReadAllTextAsync(path, ct), Path.GetFileName(path));
        }
        catch (FormatException e)
        {
            throw new CliException(e.Message, ExitCodes.BadInput);
        }
    }
}
