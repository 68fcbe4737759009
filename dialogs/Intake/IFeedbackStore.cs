namespace Bouwmarkt.Bot.Dialogs.Intake;

/// <summary>Keeps feedback; callers scrub the text first.</summary>
public interface IFeedbackStore
{
    Task SaveAsync(FeedbackEntry entry, CancellationToken cancellationToken);
}
