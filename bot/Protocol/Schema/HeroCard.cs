using System.Text.Json;

namespace Bouwmarkt.Bot.Protocol.Schema;

/// <summary>A card with a title, text and buttons; how offers show on channels with cards.</summary>
public sealed record HeroCard
{
    public const string ContentType = "application/vnd.microsoft.card.hero";

    public string? Title { get; init; }
    public string? Subtitle { get; init; }
    public string? Text { get; init; }
    public IList<CardAction>? Buttons { get; init; }

    /// <summary>Wraps the card as an attachment.</summary>
    public Attachment ToAttachment() =>
        new(ContentType) { Content = JsonSerializer.SerializeToElement(this, ProtocolJsonContext.Default.HeroCard) };
}
