using Bouwmarkt.Bot.Protocol.Schema;
using Bouwmarkt.Bot.Protocol.Turns;

namespace Bouwmarkt.Bot.Tests.Bot.Channels.WhatsApp;

/// <summary>A small bot for channel tests: "kies N" asks a question with N long-titled choices; anything else is echoed.</summary>
internal sealed class WhatsAppTestBot : IBot
{
    public const string Question = "Welke keuze past?";

    public static string Echo(string? text) => $"Je zei: {text}";

    /// <summary>The value (and title) of choice <paramref name="i"/>: longer than a WhatsApp button or row title.</summary>
    public static string Choice(int i) => $"Keuze nummer {i} met een veel te lange titel";

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var text = turnContext.Activity.Text;
        if (turnContext.Activity.Type != ActivityTypes.Message)
        {
            return;
        }

        if (text is not null && text.StartsWith("kies ", StringComparison.Ordinal) && int.TryParse(text[5..], out var count))
        {
            var question = Activity.CreateMessage(Question);
            question.SuggestedActions = new SuggestedActions([.. Enumerable.Range(1, count).Select(i => CardAction.ImBack(Choice(i)))]);
            await turnContext.SendActivityAsync(question, cancellationToken);
            return;
        }

        await turnContext.SendActivityAsync(Echo(text), cancellationToken);
    }
}
