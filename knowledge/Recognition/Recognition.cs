namespace Bouwmarkt.Bot.Knowledge.Recognition;

/// <summary>What a message asks for: confident needs best first (empty for vague input), concepts, and urgency.</summary>
public sealed record Recognition(IReadOnlyList<ScoredConcept> Needs, IReadOnlyList<ScoredConcept> Concepts, Urgency Urgency)
{
    public static readonly Recognition Empty = new([], [], Urgency.None);

    public bool IsVague => Needs.Count == 0;
}
