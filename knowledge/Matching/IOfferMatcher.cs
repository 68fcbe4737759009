namespace Bouwmarkt.Bot.Knowledge.Matching;

/// <summary>Finds the offers that fit needs and answers, grouped by route, lightest route first, each with a reason.</summary>
/// <remarks>The dialogs and <c>/api/intake/match</c> use the very same instance. Must be fast: no I/O per call.</remarks>
public interface IOfferMatcher
{
    MatchResult Match(MatchRequest request);

    /// <summary>Whether some local offer lists the four-digit postcode area <paramref name="digits"/> (such as the demo data's 0990-0999).</summary>
    bool ListsPostcodeArea(int digits) => false;
}
