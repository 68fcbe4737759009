namespace Bouwmarkt.Bot.Channels.WhatsApp;

/// <summary>Which business phone number a change is for.</summary>
internal sealed record WhatsAppMetadata(string? PhoneNumberId);
