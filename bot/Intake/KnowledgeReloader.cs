using Bouwmarkt.Bot.Knowledge.Matching;
using Bouwmarkt.Bot.Knowledge.Store;
using Microsoft.Extensions.Options;

namespace Bouwmarkt.Bot.Intake;

/// <summary>Rebuilds the match index when curators change the offers (<c>kb import</c>) while the host runs.</summary>
/// <remarks>
/// The store keeps a change marker that every write renews; checking it is one small read every
/// <see cref="KnowledgeOptions.ReloadSeconds"/>. The new index is built aside and swapped in whole, so turns never
/// see half an import.
/// </remarks>
internal sealed partial class KnowledgeReloader(
    OfferStore store,
    OfferCatalog catalog,
    IOptions<KnowledgeOptions> options,
    TimeProvider time,
    ILogger<KnowledgeReloader> logger) : BackgroundService
{
    private string? _seen;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // The index was just built from the store (MatchIndexLoader); only later changes count.
        _seen = store.ChangeMarker();
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = options.Value.ReloadSeconds;
        if (seconds <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                CheckOnce();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    /// <summary>Rebuilds the index if the store changed since the last check; true when it did.</summary>
    internal bool CheckOnce()
    {
        try
        {
            var marker = store.ChangeMarker();
            if (marker == _seen)
            {
                return false;
            }

            catalog.Rebuild(store.LoadAll());
            _seen = marker;
            LogReloaded(logger, catalog.Current.Count);
            return true;
        }
#pragma warning disable CA1031 // A busy or damaged file must not stop the host: the current index stays and the next tick tries again.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogReloadFailed(logger, ex.GetType().FullName);
            return false;
        }
    }

    [LoggerMessage(EventId = 4004, Level = LogLevel.Information, Message = "The offers changed; match index rebuilt with {Count} offers")]
    private static partial void LogReloaded(ILogger logger, int count);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Warning, Message = "Reading the changed offers failed ({ExceptionType}); the current index stays and the next check tries again")]
    private static partial void LogReloadFailed(ILogger logger, string? exceptionType);
}
