using Bouwmarkt.Bot.Knowledge.Matching;
using Bouwmarkt.Bot.Knowledge.Recognition;
using Bouwmarkt.Bot.Knowledge.Taxonomy;
using Bouwmarkt.Bot.Protocol.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bouwmarkt.Bot.Tests.Support;

/// <summary>Fills what other features have not registered yet (storage, state, recognizer, matcher) with dialog stand-ins.</summary>
/// <remarks>TryAdd: once the real ones are registered by their features, the host uses those.</remarks>
public static class DialogHostStandIns
{
    public static void Add(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton<IStorage>(_ => new MemoryStorage());
        services.TryAddSingleton(sp => new ConversationState(sp.GetRequiredService<IStorage>()));
        services.TryAddSingleton(sp => new UserState(sp.GetRequiredService<IStorage>()));
        services.TryAddSingleton<IRecognizer>(sp => new DialogKeywordRecognizer(sp.GetRequiredService<HelpTaxonomy>()));
        services.TryAddSingleton<IOfferMatcher>(_ => new DialogFixedMatcher());
    }
}
