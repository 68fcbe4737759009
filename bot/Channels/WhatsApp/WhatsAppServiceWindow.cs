using Microsoft.Extensions.Options;

namespace Bouwmarkt.Bot.Channels.WhatsApp;

/// <summary>Meta's 24-hour customer service window per user: free-form messages only until a day after the user's last message.</summary>
/// <remarks>
/// Kept in memory, keyed by pseudonym. After a restart the window counts as closed until the user writes again,
/// which is the safe side: the bot only ever answers, so it has nothing to send before that. Thread-safe.
/// </remarks>
internal sealed class WhatsAppServiceWindow(TimeProvider time, IOptions<WhatsAppOptions> options)
{
    private readonly RecentTimes _lastUserMessage = new(time, options.Value.ServiceWindow);

    /// <summary>True when a user message sent at <paramref name="sentAt"/> still opens a window now.</summary>
    public bool IsWithin(DateTimeOffset sentAt) => _lastUserMessage.IsRecent(sentAt);

    /// <summary>Notes that <paramref name="userKey"/> wrote at <paramref name="sentAt"/>; a late retry never moves the window back.</summary>
    public void Record(string userKey, DateTimeOffset sentAt) => _lastUserMessage.Raise(userKey, sentAt);

    /// <summary>True when the bot may send <paramref name="userKey"/> a free-form message now.</summary>
    public bool IsOpen(string userKey) => _lastUserMessage.TryGet(userKey, out var last) && IsWithin(last);
}
