namespace Bouwmarkt.Bot.BotFramework;

/// <summary>Settings of the Bot Framework endpoint and the turn pipeline (section <c>BotFramework</c>).</summary>
/// <remarks>The Bot Framework's own keys (MicrosoftAppId and friends) stay top-level: see <c>Auth/BotAuthOptions</c>.</remarks>
public sealed class BotFrameworkOptions
{
    public const string Section = "BotFramework";

    /// <summary>Largest accepted body of <c>POST /api/messages</c>; larger gets 413. Default 256 KB.</summary>
    public int MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>Turns of one conversation that may wait behind the running one; more get 429. Default 64.</summary>
    public int MaxQueuedTurnsPerConversation { get; set; } = 64;

    /// <summary>How often a turn's state save is retried after an ETag conflict (only while nothing was sent). Default 3.</summary>
    public int StateSaveRetries { get; set; } = 3;

    /// <summary>Delay before the first typing indicator of a message turn. Default 500 ms, as Bot Builder.</summary>
    public TimeSpan TypingDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How long shutdown waits for running turns (sets <see cref="HostOptions.ShutdownTimeout"/>). Default 30 s.</summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Interval between typing indicators while a message turn runs. Default 2 s, as Bot Builder.</summary>
    public TimeSpan TypingPeriod { get; set; } = TimeSpan.FromSeconds(2);
}
