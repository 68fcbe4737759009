using Bouwmarkt.Bot.Knowledge.Curation;
using Bouwmarkt.Bot.Knowledge.Matching;
using Bouwmarkt.Bot.Knowledge.Store;
using Microsoft.Extensions.Options;

namespace Bouwmarkt.Bot.Intake;

/// <summary>At start-up: seeds an empty store from <c>knowledge/Seed</c>, then builds the match index once.</summary>
internal sealed partial class MatchIndexLoader(
    OfferStore store,
    OfferImporter importer,
    OfferCatalog catalog,
    IOptions<KnowledgeOptions> options,
    ILogger<MatchIndexLoader> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var seeded = importer.SeedIfEmpty(options.Value.ResolvedSeedDirectory, store);
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
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Seeded the knowledge base with {Count} offers")]
    private static partial void LogSeeded(ILogger logger, int count);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Error, Message = "The seed files have {Count} errors; nothing was seeded (run kb validate)")]
    private static partial void LogSeedFailed(ILogger logger, int count);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Information, Message = "Match index built with {Count} offers")]
    private static partial void LogIndexBuilt(ILogger logger, int count);
}
