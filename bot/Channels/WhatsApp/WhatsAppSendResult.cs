namespace Bouwmarkt.Bot.Channels.WhatsApp;

/// <summary>The Graph API's answer to a send: <c>{"messages":[{"id":"wamid.…"}]}</c> (contacts are not read).</summary>
internal sealed record WhatsAppSendResult(IReadOnlyList<WhatsAppSentMessage>? Messages);
