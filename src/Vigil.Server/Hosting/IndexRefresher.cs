using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Vigil.Screening.Screen;

namespace Vigil.Server.Hosting;

/// <summary>Keeps the index current: asks the store on a timer whether a list changed, and rebuilds in the background
/// while requests go on with the index they have.</summary>
internal sealed partial class IndexRefresher(LiveScreening screening, ServerOptions options, ILogger<IndexRefresher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using PeriodicTimer timer = new(options.IndexRefreshInterval, options.Time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                if (await screening.RefreshAsync(stoppingToken))
                {
                    LogRebuilt(logger, screening.Subjects, screening.Version ?? string.Empty);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database may be away for a moment: screening goes on with the index it has.
                LogFailed(logger, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Index rebuilt: {Subjects} subjects ({Version})")]
    private static partial void LogRebuilt(ILogger logger, int subjects, string version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Index refresh failed; screening goes on with the current index")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
