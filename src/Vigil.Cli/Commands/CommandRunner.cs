using System.CommandLine;
using System.Data.Common;
using Vigil.Screening.Lists;
using Vigil.Screening.Messages;
using Vigil.Storage;

namespace Vigil.Cli.Commands;

/// <summary>Runs a command body with the store opened from <c>--db</c>, turning failures into a short message and an exit code.</summary>
internal static class CommandRunner
{
    public static void SetStoreAction(this Command command, CliEnvironment env, Func<ParseResult, VigilStoreSet, CancellationToken, Task<int>> body) =>
        command.SetAction((parse, cancellationToken) => RunAsync(env, async ct =>
        {
            await using VigilStoreSet stores = await OpenStoresAsync(env, parse.GetValue(CommonOptions.Db), ct);
            return await body(parse, stores, ct);
        }, cancellationToken));

    /// <summary>Opens every store of the database named by <c>--db</c> (or <c>VIGIL_DB</c>, or the default file).</summary>
    public static async Task<VigilStoreSet> OpenStoresAsync(CliEnvironment env, string? db, CancellationToken cancellationToken)
    {
        try
        {
            return await VigilStores.OpenAsync(db, env.Time, new MessageStoreOptions { MaxMessageBytes = ScreenCommand.MaxMessageBytes }, cancellationToken);
        }
        catch (Exception e) when (e is DbException or IOException or UnauthorizedAccessException or ArgumentException or SchemaVersionException)
        {
            throw new CliException($"cannot open the database ({e.Message}). Check --db or VIGIL_DB.", ExitCodes.Environment);
        }
    }

    public static async Task<int> RunAsync(CliEnvironment env, Func<CancellationToken, Task<int>> body, CancellationToken cancellationToken)
    {
        try
        {
            return await body(cancellationToken);
        }
        catch (CliException e)
        {
            await env.Error.WriteLineAsync($"vigil: error: {e.Message}");
            return e.ExitCode;
        }
        catch (MessageTooLargeException e)
        {
            await env.Error.WriteLineAsync($"vigil: error: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (MessageStateException e)
        {
            await env.Error.WriteLineAsync($"vigil: error: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await env.Error.WriteLineAsync("vigil: interrupted; nothing was changed by the interrupted step.");
            return 130;
        }
        catch (Exception e) when (e is DbException or IOException or UnauthorizedAccessException or SchemaVersionException)
        {
            await env.Error.WriteLineAsync($"vigil: error: {e.Message}");
            return ExitCodes.Environment;
        }
        catch (System.Text.Json.JsonException e)
        {
            // Only stored documents are parsed as JSON here: a damaged row, not bad input from the user.
            await env.Error.WriteLineAsync($"vigil: error: the database holds a damaged subject document ({e.Message}); restore it from a backup or re-import the list.");
            return ExitCodes.Environment;
        }
    }

    public static async Task<IWatchListStore> OpenStoreAsync(CliEnvironment env, string? db, CancellationToken cancellationToken)
    {
        try
        {
            return await WatchListStores.OpenAsync(db, env.Time, cancellationToken);
        }
        catch (Exception e) when (e is DbException or IOException or UnauthorizedAccessException or ArgumentException or SchemaVersionException)
        {
            throw new CliException($"cannot open the database ({e.Message}). Check --db or VIGIL_DB.", ExitCodes.Environment);
        }
    }
}
