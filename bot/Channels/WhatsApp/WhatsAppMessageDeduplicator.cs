using Microsoft.Extensions.Options;

namespace Bouwmarkt.Bot.Channels.WhatsApp;

/// <summary>Remembers the ids of received messages: Meta delivers at least once, so the same message may come again.</summary>
/// <remarks>
/// In memory, for one service window: a copy that comes later is older than the window and is dropped as stale
/// anyway. After a restart a copy of a message answered just before could run again; Meta retries only unanswered
/// notifications, and every notification is answered within milliseconds, so that is rare. Thread-safe.
/// </remarks>
internal sealed class WhatsAppMessageDeduplicator(TimeProvider time, IOptions<WhatsAppOptions> options)
{
    private readonly RecentTimes _seen = new(time, options.Value.ServiceWindow);

    /// <summary>True the first time <paramref name="messageId"/> is seen; false for a copy.</summary>
    public bool TryBegin(string messageId) => _seen.TryAdd(messageId, time.GetUtcNow());

    /// <summary>Forgets <paramref name="messageId"/>, so that Meta's next delivery of it runs (it could not be queued).</summary>
    public void Forget(string messageId) => _seen.Remove(messageId);
}
