namespace Bouwmarkt.Bot.Channels.WhatsApp;

/// <summary>A text body, incoming (<c>text.body</c>) and outgoing (with <c>preview_url</c>).</summary>
internal sealed record WhatsAppText(string? Body)
{
    /// <summary>Outgoing only: whether WhatsApp previews the first link.</summary>
    public bool? PreviewUrl { get; init; }
}
