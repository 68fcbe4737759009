namespace Bouwmarkt.Bot.Channels.WhatsApp;

/// <summary>An interactive message: reply buttons (<c>button</c>) or a list (<c>list</c>).</summary>
internal sealed record WhatsAppInteractive(string Type, WhatsAppInteractiveBody Body, WhatsAppInteractiveAction Action)
{
    public const string ButtonType = "button";
    public const string ListType = "list";
}
