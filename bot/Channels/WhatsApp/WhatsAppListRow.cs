namespace Bouwmarkt.Bot.Channels.WhatsApp;

/// <summary>One row of a list message; the description shows the whole title when it had to be cut.</summary>
internal sealed record WhatsAppListRow(string Id, string Title)
{
    public string? Description { get; init; }
}
