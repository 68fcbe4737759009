using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Bouwmarkt.Bot.Channels.WhatsApp;

/// <summary>Meta's 24-hour customer service window per user: free-form messages only until a day after the user's last message.</summary>
/// <remarks>
/// Kept in memory, keyed by pseudonym. After a restart the window counts as closed until the user writes again,
/// which is the safe side: the bot only ever answers, so it has nothing to send before that. Thread-safe.
/// </remarks>
internal sealed class WhatsAppServiceWindow(TimeProvider time, IOptions<WhatsAppOptions> options)
{
    private const int PruneEvery = 1024;

    private readonly TimeSpan _window = options.Value.ServiceWindow;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _lastUserMessage = new(StringComparer.Ordinal);
    private int _recorded;

    /// <summary>True when a user message sent at <paramref name="sentAt"/> still opens a window now.</summary>
    public bool IsWithin(DateTimeOffset sentAt) => time.GetUtcNow() - sentAt < _window;

    /// <summary>Notes that <paramref name="userKey"/> wrote at <paramref name="sentAt"/>; a late retry never moves the window back.</summary>
    public void Record(string userKey, DateTimeOffset sentAt)
    {
        _lastUserMessage.AddOrUpdate(userKey, sentAt, (_, known) => known > sentAt ? known : sentAt);
        if (Interlocked.Increment(ref _recorded) % PruneEvery == 0)
        {
            Prune();
        }
    }

    /// <summary>True when the bot may send <paramref name="userKey"/> a free-form message now.</summary>
    public bool IsOpen(string userKey) => _lastUserMessage.TryGetValue(userKey, out var last) && IsWithin(last);

    private void Prune()
    {
        foreach (var (key, last) in _lastUserMessage)
        {
            if (!IsWithin(last))
            {
                _lastUserMessage.TryRemove(KeyValuePair.Create(key, last));
            }
        }
    }
}
