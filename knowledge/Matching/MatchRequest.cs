namespace Bouwmarkt.Bot.Knowledge.Matching;

/// <summary>Needs and narrower concepts to match, with the answers that change the route.</summary>
public sealed record MatchRequest(IReadOnlyList<string> Needs, IReadOnlyList<string> Concepts, MatchAnswers Answers)
{
    /// <summary>Most offers per route to return.</summary>
    public int MaxPerRoute { get; init; } = 3;
}
