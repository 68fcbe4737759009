namespace Bouwmarkt.Bot.Channels.WhatsApp;

/// <summary>What changed: messages users sent, or statuses of messages the bot sent. Contacts (profile names) are not read.</summary>
internal sealed record WhatsAppChangeValue(
    WhatsAppMetadata? Metadata,
    IReadOnlyList<WhatsAppInboundMessage>? Messages,
    IReadOnlyList<WhatsAppStatus>? Statuses);
