using Bouwmarkt.Bot.Protocol.Schema;

namespace Bouwmarkt.Bot.Channels.DirectLine;

/// <summary>A page of a conversation's activities and the watermark to ask for the next page (Direct Line <c>ActivitySet</c>).</summary>
public sealed record ActivitySet(IReadOnlyList<Activity> Activities, string? Watermark);
