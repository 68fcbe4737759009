namespace Bouwmarkt.Bot.Channels.WhatsApp;

/// <summary>One change of a webhook field; only the field <c>messages</c> concerns the bot.</summary>
internal sealed record WhatsAppChange(string? Field, WhatsAppChangeValue? Value)
{
    public const string MessagesField = "messages";
}
