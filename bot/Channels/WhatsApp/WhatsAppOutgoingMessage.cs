namespace Bouwmarkt.Bot.Channels.WhatsApp;

/// <summary>The body of <c>POST {phone-number-id}/messages</c>: a text or an interactive message to one user.</summary>
internal sealed record WhatsAppOutgoingMessage(string To, string Type)
{
    public const string TextType = "text";
    public const string InteractiveType = "interactive";

    public string MessagingProduct { get; init; } = "whatsapp";

    public string RecipientType { get; init; } = "individual";

    public WhatsAppText? Text { get; init; }

    public WhatsAppInteractive? Interactive { get; init; }
}
