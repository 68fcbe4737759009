namespace Bouwmarkt.Bot.Dialogs.Intake;

/// <summary>One resident's feedback, without ids or personal data.</summary>
public sealed record FeedbackEntry(bool? Helpful, string? Text, IReadOnlyList<string> Needs, string? ChannelId, DateOnly Date);
