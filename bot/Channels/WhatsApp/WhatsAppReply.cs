namespace Bouwmarkt.Bot.Channels.WhatsApp;

/// <summary>A reply button's id and title: sent inside a button, and received when the user taps it or a list row.</summary>
internal sealed record WhatsAppReply(string? Id, string? Title);
