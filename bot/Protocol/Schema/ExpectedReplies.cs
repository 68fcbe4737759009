namespace Bouwmarkt.Bot.Protocol.Schema;

/// <summary>The body of a 200 answer to a turn with deliveryMode <c>expectReplies</c>.</summary>
public sealed record ExpectedReplies(IList<Activity> Activities);
