namespace Bouwmarkt.Bot.Dialogs.Intake;

/// <summary>Keeps the messages residents agreed to give; callers scrub the text first.</summary>
public interface ILearningStore
{
    Task SaveAsync(LearningEntry entry, CancellationToken cancellationToken);
}
