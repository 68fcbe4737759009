namespace Bouwmarkt.Bot.Channels.WhatsApp;

/// <summary>One reply button: <c>{"type":"reply","reply":{"id","title"}}</c>.</summary>
internal sealed record WhatsAppButton(WhatsAppReply Reply)
{
    public string Type { get; init; } = "reply";
}
