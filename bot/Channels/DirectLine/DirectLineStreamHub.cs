using System.Collections.Concurrent;
using Bouwmarkt.Bot.Protocol.Schema;

namespace Bouwmarkt.Bot.Channels.DirectLine;

/// <summary>Pushes new activities to the one WebSocket of each conversation.</summary>
/// <remarks>
/// In-process only: a second host would need a shared bus, but the log in storage stays the truth, so a client that
/// reconnects with its watermark misses nothing. Thread-safe.
/// </remarks>
public sealed class DirectLineStreamHub
{
    private readonly ConcurrentDictionary<string, StreamSubscription> _subscriptions = new(StringComparer.Ordinal);

    /// <summary>Subscribes a new socket; an older socket of the same conversation is replaced, as Direct Line allows one.</summary>
    public StreamSubscription Subscribe(string conversationId)
    {
        var subscription = new StreamSubscription(conversationId, Unsubscribe);
        _subscriptions.AddOrUpdate(conversationId, subscription, (_, old) =>
        {
            old.Replace();
            return subscription;
        });
        return subscription;
    }

    /// <summary>Sends <paramref name="activity"/> to the conversation's socket, if one is open.</summary>
    public void Publish(string conversationId, Activity activity, long? sequence)
    {
        if (_subscriptions.TryGetValue(conversationId, out var subscription))
        {
            subscription.Push(new StreamFrame(activity, sequence));
        }
    }

    private void Unsubscribe(StreamSubscription subscription) =>
        _subscriptions.TryRemove(KeyValuePair.Create(subscription.ConversationId, subscription));
}
