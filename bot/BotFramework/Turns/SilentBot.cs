using Bouwmarkt.Bot.Protocol.Turns;

namespace Bouwmarkt.Bot.BotFramework.Turns;

/// <summary>The bot used until the Conversation feature registers the real one: it answers nothing.</summary>
internal sealed class SilentBot : IBot
{
    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;
}
