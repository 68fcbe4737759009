using System.Threading.Channels;

namespace Bouwmarkt.Bot.Channels.DirectLine;

/// <summary>One WebSocket's view of a conversation's live activities; completed when another socket takes over.</summary>
public sealed class StreamSubscription : IDisposable
{
    private readonly Action<StreamSubscription> _onDispose;

    /// <summary>Frames a socket may lag behind before it is closed; the client then reconnects with its watermark.</summary>
    public const int MaxPendingFrames = 500;

    // A turn never waits for a slow browser: when the queue is full the socket is dropped, and the log has it all.
    private readonly Channel<StreamFrame> _frames = Channel.CreateBounded<StreamFrame>(
        new BoundedChannelOptions(MaxPendingFrames) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

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

    /// <summary>True when the socket fell too far behind and was let go.</summary>
    public bool Overflowed { get; private set; }

    internal void Push(StreamFrame frame)
    {
        if (!_frames.Writer.TryWrite(frame) && !Replaced)
        {
            Overflowed = true;
            _frames.Writer.TryComplete();
        }
    }

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
