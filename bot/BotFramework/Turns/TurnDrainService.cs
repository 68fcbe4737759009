using Microsoft.Extensions.Options;

namespace Bouwmarkt.Bot.BotFramework.Turns;

/// <summary>On shutdown, waits (up to <see cref="HostOptions.ShutdownTimeout"/>) for running turns to finish.</summary>
/// <remarks>A turn cut off halfway would have sent replies without saving its state; waiting keeps the two together.</remarks>
internal sealed partial class TurnDrainService(TurnTracker tracker, IOptions<HostOptions> hostOptions, ILogger<TurnDrainService> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (tracker.Running == 0)
        {
            return;
        }

        LogDraining(logger, tracker.Running);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(hostOptions.Value.ShutdownTimeout);
        try
        {
            await tracker.WhenIdleAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            LogDrainTimedOut(logger, tracker.Running);
        }
    }

    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "Shutdown: waiting for {Count} running turns")]
    private static partial void LogDraining(ILogger logger, int count);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Warning, Message = "Shutdown: {Count} turns still running at the shutdown timeout")]
    private static partial void LogDrainTimedOut(ILogger logger, int count);
}
