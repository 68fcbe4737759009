namespace Bouwmarkt.Bot.Protocol.Schema;

/// <summary>Enough of a conversation to address it again (spec A7550).</summary>
public sealed record ConversationReference
{
    public string? ActivityId { get; init; }
    public ChannelAccount? User { get; init; }
    public ChannelAccount? Bot { get; init; }
    public ConversationAccount? Conversation { get; init; }
    public string? ChannelId { get; init; }
    public string? Locale { get; init; }
    public string? ServiceUrl { get; init; }
}
