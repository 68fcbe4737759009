namespace Bouwmarkt.Bot.Channels.WhatsApp;

/// <summary>A section of a list message; the bot sends one section without a title.</summary>
internal sealed record WhatsAppListSection(IReadOnlyList<WhatsAppListRow> Rows)
{
    public string? Title { get; init; }
}
