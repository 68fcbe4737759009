namespace Bouwmarkt.Bot.Dialogs.Intake;

/// <summary>
/// A resident's first message given with consent, so staff can label it and the recognizer can learn from real
/// messages: the text with numbers, addresses and dates removed, the needs the recognizer gave and the needs the resident
/// kept. No ids: it cannot be traced back to the conversation.
/// </summary>
public sealed record LearningEntry(string Text, IReadOnlyList<string> Recognized, IReadOnlyList<string> Confirmed, string? ChannelId, DateOnly Date);
