namespace Bouwmarkt.Bot.Knowledge.Recognition;

/// <summary>Whether a message signals a crisis, and which.</summary>
public sealed record Urgency(bool Urgent, IReadOnlyList<CrisisKind> Kinds)
{
    public static readonly Urgency None = new(false, []);

    /// <summary>Not urgent, but the learned model sees a real chance of a crisis: the dialog asks whether someone is in
    /// danger now rather than guess either way.</summary>
    public bool Possible { get; init; }

    /// <summary>Urgent by a narrow sign that, in the labelled messages, was said almost only in a crisis (pills saved up,
    /// pregnant and bleeding heavily now, a whole box of pills swallowed, a child telling of abuse, hands at the throat just
    /// now): the learned model does not take it back.</summary>
    public bool Sure { get; init; }
}
