namespace Bouwmarkt.Bot.Channels.WhatsApp;

/// <summary>One business account's part of a notification: its changes.</summary>
internal sealed record WhatsAppEntry(string? Id, IReadOnlyList<WhatsAppChange>? Changes);
