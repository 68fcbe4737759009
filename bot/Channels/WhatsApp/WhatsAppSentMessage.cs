namespace Bouwmarkt.Bot.Channels.WhatsApp;

/// <summary>The id WhatsApp gave a message the bot sent.</summary>
internal sealed record WhatsAppSentMessage(string? Id);
