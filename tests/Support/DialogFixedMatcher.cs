using Bouwmarkt.Bot.Knowledge.Matching;

namespace Bouwmarkt.Bot.Tests.Support;

/// <summary>Stand-in matcher for dialog tests: for every need, one offer on each route (or fewer); remembers the requests.</summary>
public sealed class DialogFixedMatcher(params Route[] routes) : IOfferMatcher
{
    private readonly Route[] _routes = routes.Length == 0 ? Enum.GetValues<Route>() : routes;

    public List<MatchRequest> Requests { get; } = [];

    /// <summary>Offers per route per need; more than three shows the per-route cap.</summary>
    public int OffersPerNeed { get; init; } = 1;

    public MatchResult Match(MatchRequest request)
    {
        Requests.Add(request);
        var routes = _routes.Select(route => new RouteOffers(route, [.. request.Needs.SelectMany(need => Enumerable.Range(1, OffersPerNeed).Select(i =>
            new MatchedOffer($"{route}-{need}-{i}", $"{route} hulp {need} {i}", $"Helpt bij {need}.", "Bel of kijk online.", need)
            {
                Phone = "030-1234567",
                Url = $"https://example.nl/{need}",
                OpeningHours = "ma-vr 9-17",
            }))]));
        return new MatchResult([.. routes]);
    }
}
