namespace Bouwmarkt.Bot.Channels.DirectLine;

/// <summary>The stored head of one Direct Line conversation; its activities are stored under their own keys.</summary>
/// <param name="Count">Activities in the log, which is also the next sequence number and the newest watermark.</param>
public sealed record ConversationRecord(string ConversationId, string UserId, string? Locale, DateTimeOffset StartedAt, long Count);
