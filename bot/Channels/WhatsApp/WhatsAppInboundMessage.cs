namespace Bouwmarkt.Bot.Channels.WhatsApp;

/// <summary>A message a user sent: <c>{"from","id","timestamp","type","text"|"interactive"|"button"|…}</c>.</summary>
/// <remarks><see cref="From"/> is the user's phone number (wa_id): personal data, never logged or stored.</remarks>
internal sealed record WhatsAppInboundMessage(
    string? From,
    string? Id,
    string? Timestamp,
    string? Type,
    WhatsAppText? Text,
    WhatsAppInteractiveReply? Interactive,
    WhatsAppQuickReplyButton? Button);
