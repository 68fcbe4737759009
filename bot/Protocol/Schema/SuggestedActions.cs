namespace Bouwmarkt.Bot.Protocol.Schema;

/// <summary>Quick replies shown under a message; they disappear once used.</summary>
public sealed record SuggestedActions(IList<CardAction> Actions)
{
    /// <summary>Recipient ids; empty or missing shows the actions to everyone (spec A7710).</summary>
    public IList<string>? To { get; init; }
}
