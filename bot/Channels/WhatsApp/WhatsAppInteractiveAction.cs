namespace Bouwmarkt.Bot.Channels.WhatsApp;

/// <summary>What the user can tap: <see cref="Buttons"/> for reply buttons, or a <see cref="Button"/> label that opens the <see cref="Sections"/>.</summary>
internal sealed record WhatsAppInteractiveAction
{
    public IReadOnlyList<WhatsAppButton>? Buttons { get; init; }

    public string? Button { get; init; }

    public IReadOnlyList<WhatsAppListSection>? Sections { get; init; }
}
