namespace Bouwmarkt.Bot.Channels.WhatsApp;

/// <summary>The user tapped a quick-reply button of a template message (<c>type: button</c>).</summary>
internal sealed record WhatsAppQuickReplyButton(string? Text, string? Payload);
