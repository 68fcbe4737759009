namespace Bouwmarkt.Bot.Storage;

/// <summary>Runs <see cref="LiteDbStorage.DeleteExpired"/> soon after start-up and then every hour.</summary>
internal sealed partial class StateRetention(LiteDbStorage storage, TimeProvider time, ILogger<StateRetention> logger) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, time);
        try
        {
            // A minute's grace first, so start-up and the first conversations do not wait for the sweep.
            await Task.Delay(TimeSpan.FromMinutes(1), time, stoppingToken).ConfigureAwait(false);
            do
            {
                Sweep();
            }
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private void Sweep()
    {
        try
        {
            storage.DeleteExpired();
        }
#pragma warning disable CA1031 // A failed sweep is retried next hour; it must not stop the host.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogSweepFailed(logger, ex.GetType().FullName);
        }
    }

    [LoggerMessage(EventId = 4104, Level = LogLevel.Warning, Message = "Deleting expired conversation state failed ({ExceptionType}); the next sweep tries again.")]
    private static partial void LogSweepFailed(ILogger logger, string? exceptionType);
}
