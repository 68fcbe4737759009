namespace Bouwmarkt.Bot.Channels.WhatsApp;

/// <summary>A webhook notification: <c>{"object":"whatsapp_business_account","entry":[…]}</c> (bot-protocol.md 7.2).</summary>
internal sealed record WhatsAppNotification(string? Object, IReadOnlyList<WhatsAppEntry>? Entry)
{
    /// <summary>The <c>object</c> of WhatsApp notifications; others (pages, Instagram) are not ours.</summary>
    public const string BusinessAccountObject = "whatsapp_business_account";
}
