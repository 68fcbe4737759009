namespace Bouwmarkt.Bot.Channels.WhatsApp;

/// <summary>A delivery status of a message the bot sent (sent, delivered, read, failed); acknowledged and ignored.</summary>
internal sealed record WhatsAppStatus(string? Id, string? Status);
