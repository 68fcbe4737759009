using Bouwmarkt.Bot.Knowledge.Curation;
using Bouwmarkt.Bot.Knowledge.Matching;
using Bouwmarkt.Bot.Knowledge.Store;
using Microsoft.Extensions.Options;

namespace Bouwmarkt.Bot.Intake;

/// <summary>At start-up: seeds an empty store from <c>knowledge/Seed</c>, then builds the match index once.</summary>
/// <remarks>The work starts on a thread of its own as soon as the host's services exist (<see cref="Begin"/>, from
/// <see cref="IntakeSetup.BeginLoading"/>), beside the recognizer and the main thread mapping the endpoints; the host
/// listens only once it is done. So the services are resolved on that thread, not in the constructor.</remarks>
internal sealed partial class MatchIndexLoader(IServiceProvider services, ILogger<MatchIndexLoader> logger) : IHostedService
{
    // A thread of its own, not the pool's: see RecognizerWarmUp.
    private readonly Lazy<Task> _work = new(() => Task.Factory.StartNew(() => Load(services, logger), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default));

    /// <summary>Starts the work, once; later calls return the same task.</summary>
    public Task Begin() => _work.Value;

    public Task StartAsync(CancellationToken cancellationToken) => Begin().WaitAsync(cancellationToken);

    private static void Load(IServiceProvider services, ILogger logger)
    {
        var store = services.GetRequiredService<OfferStore>();
        var catalog = services.GetRequiredService<OfferCatalog>();
        var options = services.GetRequiredService<IOptions<KnowledgeOptions>>();
        var seeded = services.GetRequiredService<OfferImporter>().SeedIfEmpty(options.Value.ResolvedSeedDirectory, store);
        if (!seeded.Passed)
        {
            LogSeedFailed(logger, seeded.Problems.Count(p => p.IsError));
        }
        else if (seeded.Imported > 0)
        {
            LogSeeded(logger, seeded.Imported);
        }

        catalog.Rebuild(store.LoadAll());
        LogIndexBuilt(logger, catalog.Current.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Seeded the knowledge base with {Count} offers")]
    private static partial void LogSeeded(ILogger logger, int count);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Error, Message = "The seed files have {Count} errors; nothing was seeded (run kb validate)")]
    private static partial void LogSeedFailed(ILogger logger, int count);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Information, Message = "Match index built with {Count} offers")]
    private static partial void LogIndexBuilt(ILogger logger, int count);
}
