namespace Bouwmarkt.Bot.Channels.WhatsApp;

/// <summary>The Graph API's error answer, <c>{"error":{"code":131047,…}}</c>; only the code is read, the message may quote data.</summary>
internal sealed record WhatsAppGraphError(WhatsAppGraphErrorDetail? Error);
