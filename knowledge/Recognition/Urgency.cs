namespace Bouwmarkt.Bot.Knowledge.Recognition;

/// <summary>Whether a message signals a crisis, and which.</summary>
public sealed record Urgency(bool Urgent, IReadOnlyList<CrisisKind> Kinds)
{
    public static readonly Urgency None = new(false, []);

    /// <summary>Not urgent, but the learned model sees a real chance of a crisis: the dialog asks whether someone is in
    /// danger now rather than guess either way.</summary>
    public bool Possible { get; init; }
}
