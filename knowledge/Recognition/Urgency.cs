namespace Bouwmarkt.Bot.Knowledge.Recognition;

/// <summary>Whether a message signals a crisis, and which.</summary>
public sealed record Urgency(bool Urgent, IReadOnlyList<CrisisKind> Kinds)
{
    public static readonly Urgency None = new(false, []);
}
