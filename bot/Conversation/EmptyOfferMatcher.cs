using Bouwmarkt.Bot.Knowledge.Matching;

namespace Bouwmarkt.Bot.Conversation;

/// <summary>Used only while no offer matcher is registered: the intake still runs and points to the wijkteam.</summary>
internal sealed class EmptyOfferMatcher : IOfferMatcher
{
    public MatchResult Match(MatchRequest request) => MatchResult.Empty;
}
