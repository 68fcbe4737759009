namespace Bouwmarkt.Bot.Knowledge.Matching;

/// <summary>Matching offers grouped by route, in route order; routes without offers are left out.</summary>
public sealed record MatchResult(IReadOnlyList<RouteOffers> Routes)
{
    public static readonly MatchResult Empty = new([]);
}
