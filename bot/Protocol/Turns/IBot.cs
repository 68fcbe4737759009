namespace Bouwmarkt.Bot.Protocol.Turns;

/// <summary>The bot's logic for one turn, called after all middleware.</summary>
public interface IBot
{
    Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
