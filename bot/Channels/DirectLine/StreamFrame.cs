using Bouwmarkt.Bot.Protocol.Schema;

namespace Bouwmarkt.Bot.Channels.DirectLine;

/// <summary>One activity pushed to a conversation's WebSocket; <paramref name="Sequence"/> is null for activities not kept in the log (typing).</summary>
public sealed record StreamFrame(Activity Activity, long? Sequence);
