using Bouwmarkt.Bot.Dialogs.Intake;

namespace Bouwmarkt.Bot.Tests.Support;

/// <summary>Stand-in feedback store that keeps entries in a list.</summary>
public sealed class DialogRecordingFeedbackStore : IFeedbackStore
{
    public List<FeedbackEntry> Entries { get; } = [];

    public Task SaveAsync(FeedbackEntry entry, CancellationToken cancellationToken)
    {
        Entries.Add(entry);
        return Task.CompletedTask;
    }
}
