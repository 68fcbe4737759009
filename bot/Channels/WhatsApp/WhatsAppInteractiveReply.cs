namespace Bouwmarkt.Bot.Channels.WhatsApp;

/// <summary>The user tapped a reply button (<c>button_reply</c>) or a list row (<c>list_reply</c>).</summary>
internal sealed record WhatsAppInteractiveReply(string? Type, WhatsAppReply? ButtonReply, WhatsAppReply? ListReply);
