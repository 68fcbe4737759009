namespace Bouwmarkt.Bot.Conversation;

/// <summary>Where consented handoffs go, bound from section <see cref="Section"/>.</summary>
public sealed class HandoffOptions
{
    public const string Section = "Handoff";

    /// <summary>The wijkteam inbox webhook (HTTP POST of JSON). Empty: handoffs cannot be sent and the resident is told.</summary>
    public string WebhookUrl { get; set; } = "";

    /// <summary>How long to wait for the inbox.</summary>
    public int TimeoutSeconds { get; set; } = 10;
}
