namespace Bouwmarkt.Bot.Knowledge.Matching;

/// <summary>The offers of one route, best first.</summary>
public sealed record RouteOffers(Route Route, IReadOnlyList<MatchedOffer> Offers);
