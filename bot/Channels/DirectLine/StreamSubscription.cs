using System.Threading.Channels;

namespace Bouwmarkt.Bot.Channels.DirectLine;

/// <summary>One WebSocket's view of a conversation's live activities; completed when another socket takes over.</summary>
public sealed class StreamSubscription : IDisposable
{
    private readonly Action<StreamSubscription> _onDispose;

    // Unbounded because a turn must never wait for a slow browser; one user produces few activities.
    private readonly Channel<StreamFrame> _frames = Channel.CreateUnbounded<StreamFrame>(new UnboundedChannelOptions { SingleReader = true });

    internal StreamSubscription(string conversationId, Action<StreamSubscription> onDispose)
    {
        ConversationId = conversationId;
        _onDispose = onDispose;
    }

    public string ConversationId { get; }

    /// <summary>True when a newer socket for the same conversation replaced this one (Direct Line closes it with <c>collision</c>).</summary>
    public bool Replaced { get; private set; }

    /// <summary>Frames in the order they were published.</summary>
    public ChannelReader<StreamFrame> Frames => _frames.Reader;

    internal void Push(StreamFrame frame) => _frames.Writer.TryWrite(frame);

    internal void Replace()
    {
        Replaced = true;
        _frames.Writer.TryComplete();
    }

    public void Dispose()
    {
        _frames.Writer.TryComplete();
        _onDispose(this);
    }
}
