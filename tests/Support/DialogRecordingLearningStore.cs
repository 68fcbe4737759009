using Bouwmarkt.Bot.Dialogs.Intake;

namespace Bouwmarkt.Bot.Tests.Support;

/// <summary>Stand-in learning store that keeps entries in a list.</summary>
public sealed class DialogRecordingLearningStore : ILearningStore
{
    public List<LearningEntry> Entries { get; } = [];

    public Task SaveAsync(LearningEntry entry, CancellationToken cancellationToken)
    {
        Entries.Add(entry);
        return Task.CompletedTask;
    }
}
