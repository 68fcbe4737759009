namespace Bouwmarkt.Bot.Protocol.Turns;

/// <summary>A step around every turn. Code before <c>await next()</c> runs on the way in, code after it on the way out.</summary>
public interface IMiddleware
{
    Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken);
}
