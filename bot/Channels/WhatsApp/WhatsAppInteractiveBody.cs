namespace Bouwmarkt.Bot.Channels.WhatsApp;

/// <summary>The text above the buttons or the list button.</summary>
internal sealed record WhatsAppInteractiveBody(string Text);
