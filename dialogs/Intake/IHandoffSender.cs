namespace Bouwmarkt.Bot.Dialogs.Intake;

/// <summary>Delivers a consented handoff to the wijkteam inbox.</summary>
public interface IHandoffSender
{
    /// <summary>Sends the request; false when it could not be delivered (the resident is told).</summary>
    Task<bool> SendAsync(HandoffRequest request, CancellationToken cancellationToken);
}
