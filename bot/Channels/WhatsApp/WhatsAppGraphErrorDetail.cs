namespace Bouwmarkt.Bot.Channels.WhatsApp;

/// <summary>The numeric error code of a Graph API error (for example 131047: outside the service window).</summary>
internal sealed record WhatsAppGraphErrorDetail(int? Code);
