using Bouwmarkt.Bot.Hosting;
using Bouwmarkt.Bot.Knowledge.Curation;
using Bouwmarkt.Bot.Knowledge.Matching;
using Bouwmarkt.Bot.Knowledge.Store;
using Bouwmarkt.Bot.Knowledge.Taxonomy;
using Microsoft.Extensions.Options;

namespace Bouwmarkt.Bot.Intake;

/// <summary>Registers the offer store, seed and matcher, and maps <c>POST /api/intake/match</c>.</summary>
public static class OfferSetup
{
    public static WebApplicationBuilder AddOffers(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // Bound lazily: tests add their settings after the seams run.
        builder.Services.AddOptions<KnowledgeOptions>().Bind(builder.Configuration.GetSection(KnowledgeOptions.Section));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(sp => new OfferStore(sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value.ResolvedLiteDbPath));
        builder.Services.AddSingleton(sp => new OfferValidator(sp.GetRequiredService<HelpTaxonomy>()));
        builder.Services.AddSingleton(sp => new OfferImporter(sp.GetRequiredService<OfferValidator>()));
        builder.Services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value;
            return new OfferCatalog(sp.GetRequiredService<HelpTaxonomy>(), options.MaxOfferAgeMonths, sp.GetRequiredService<TimeProvider>());
        });
        builder.Services.AddSingleton<IOfferMatcher>(sp => sp.GetRequiredService<OfferCatalog>());
        builder.Services.AddStartUpWork<MatchIndexLoader>();
        builder.Services.AddHostedService<KnowledgeReloader>();
        return builder;
    }

    public static RouteGroupBuilder MapMatch(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapPost("/match", MatchEndpoint.HandleAsync);
        return group;
    }
}
