using System.ComponentModel.DataAnnotations;

namespace Bouwmarkt.Bot.Channels.DirectLine;

/// <summary>Settings of our own Direct Line 3.0 endpoint under <c>/v3/directline</c>.</summary>
public sealed class DirectLineOptions
{
    public const string Section = "DirectLine";

    /// <summary>The Direct Line secret. Empty: one is generated at first start and kept in storage.</summary>
    public string Secret { get; set; } = "";

    /// <summary>How long a conversation token lives; Direct Line uses 30 minutes and clients refresh halfway.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Largest activity body accepted, in bytes; a chat message is far smaller.</summary>
    [Range(1024, 1024 * 1024)]
    public int MaxActivityBytes { get; set; } = 32 * 1024;

    /// <summary>New conversations (and page tokens) one client address may start per minute; more get 429.</summary>
    [Range(1, 10_000)]
    public int StartsPerMinutePerClient { get; set; } = 20;

    /// <summary>The bot's account id as the client sees it.</summary>
    [Required]
    public string BotId { get; set; } = "bouwmarkt-bot";

    /// <summary>The bot's display name as the client sees it.</summary>
    [Required]
    public string BotName { get; set; } = "Hulpwijzer";
}
