using Bouwmarkt.Bot.Protocol.Schema;
using Bouwmarkt.Bot.Protocol.Turns;

namespace Bouwmarkt.Bot.Tests.Bot.Channels.DirectLine;

/// <summary>A small bot for channel tests: greets with suggested actions and answers every message with its text and new ones.</summary>
/// <remarks>Independent of the intake wording on purpose; a message <see cref="FailText"/> makes the turn throw.</remarks>
internal sealed class SuggestingBot : IBot
{
    public const string Welcome = "Welkom bij de testbot.";
    public const string FailText = "laat het misgaan";

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var incoming = turnContext.Activity;
        if (incoming.Type == ActivityTypes.ConversationUpdate
            && incoming.MembersAdded?.Any(m => m.Id != incoming.Recipient?.Id) == true)
        {
            await turnContext.SendActivityAsync(WithActions(Welcome, "Boodschappen", "Geldzorgen"), cancellationToken);
            return;
        }

        if (incoming.Type != ActivityTypes.Message)
        {
            return;
        }

        if (incoming.Text == FailText)
        {
            throw new InvalidOperationException("The test bot fails on request.");
        }

        await turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.Typing }, cancellationToken);
        await turnContext.SendActivityAsync(WithActions(Answer(incoming.Text), "Nog een vraag", "Klaar"), cancellationToken);
    }

    /// <summary>The bot's answer to <paramref name="text"/>.</summary>
    public static string Answer(string? text) => $"Je koos: {text}";

    private static Activity WithActions(string text, params string[] titles)
    {
        var message = Activity.CreateMessage(text);
        message.SuggestedActions = new SuggestedActions([.. titles.Select(t => CardAction.ImBack(t))]);
        return message;
    }
}
