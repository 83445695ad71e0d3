using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Vigil.Screening.Messages;
using Vigil.Screening.Screen;

namespace Vigil.Server.Hosting;

/// <summary>Screens the messages a process kept but did not screen before it stopped (killed between the two):
/// at start-up, then on a timer. The store lets only one process screen a message.</summary>
internal sealed partial class PendingMessageSweeper(
    MessageIntake intake, LiveScreening screening, ServerOptions options, ILogger<PendingMessageSweeper> logger) : BackgroundService
{
    public const string Actor = "server:recovery";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // At start-up every received message is taken: this process may have been the one that stopped.
        await SweepAsync(TimeSpan.Zero, stoppingToken);
        using PeriodicTimer timer = new(options.PendingSweepInterval, options.Time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await SweepAsync(options.PendingSweepInterval, stoppingToken);
        }
    }

    private async Task SweepAsync(TimeSpan olderThan, CancellationToken stoppingToken)
    {
        try
        {
            IReadOnlyList<MessageIntakeResult> screened = await intake.ScreenPendingAsync(olderThan, Actor, screening.GetAsync, stoppingToken);
            foreach (MessageIntakeResult result in screened)
            {
                LogScreened(logger, result.Stored!.Id, result.Travelers.Count);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message {MessageId} was kept but not screened by a process that stopped: screened now, {Travelers} travelers")]
    private static partial void LogScreened(ILogger logger, long messageId, int travelers);

    [LoggerMessage(Level = LogLevel.Error, Message = "Screening messages left received failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
