using Bouwmarkt.Bot.Hosting;
using Bouwmarkt.Bot.Knowledge.Curation;
using Bouwmarkt.Bot.Knowledge.Matching;
using Bouwmarkt.Bot.Knowledge.Store;
using Microsoft.Extensions.Options;

namespace Bouwmarkt.Bot.Intake;

/// <summary>At start-up: seeds an empty store from <c>knowledge/Seed</c>, then builds the match index once, beside the
/// recognizer and the main thread mapping the endpoints (<see cref="StartUpWork"/>).</summary>
internal sealed partial class MatchIndexLoader(IServiceProvider services, ILogger<MatchIndexLoader> logger) : StartUpWork
{
    protected override void Run()
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

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Seeded the knowledge base with {Count} offers")]
    private static partial void LogSeeded(ILogger logger, int count);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Error, Message = "The seed files have {Count} errors; nothing was seeded (run kb validate)")]
    private static partial void LogSeedFailed(ILogger logger, int count);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Information, Message = "Match index built with {Count} offers")]
    private static partial void LogIndexBuilt(ILogger logger, int count);
}
