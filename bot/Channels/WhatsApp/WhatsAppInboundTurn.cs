using Bouwmarkt.Bot.Protocol.Schema;

namespace Bouwmarkt.Bot.Channels.WhatsApp;

/// <summary>A received message waiting for its turn: the activity (pseudonymous ids only) and the number to answer.</summary>
/// <remarks><see cref="Phone"/> is personal data: it goes to the reply sink and nowhere else.</remarks>
internal sealed record WhatsAppInboundTurn(Activity Activity, string Phone, string UserKey);
