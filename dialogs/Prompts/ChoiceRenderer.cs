using System.Globalization;
using System.Text;
using Bouwmarkt.Bot.Protocol.Schema;

namespace Bouwmarkt.Bot.Dialogs.Prompts;

/// <summary>Turns a question and its choices into an activity the channel can show.</summary>
/// <remarks>
/// In this order: suggested actions (imBack) where the channel shows that many; else a hero card with imBack buttons
/// where the channel shows cards with that many buttons (Teams group chats and channels, or more than 3 choices in
/// Teams); else numbered text. As Bot Builder's ChoiceFactory, the card carries the question, so that Teams does not
/// split it into a text and a card message.
/// </remarks>
public static class ChoiceRenderer
{
    /// <summary>Builds the message for <paramref name="text"/> with <paramref name="choices"/> for <paramref name="channelId"/>.</summary>
    public static Activity Render(string text, IReadOnlyList<Choice>? choices, ListStyle style, string? channelId) =>
        Render(text, choices, style, ChannelCapabilities.For(channelId));

    /// <summary>Builds the message for the channel and conversation of <paramref name="incoming"/>.</summary>
    public static Activity Render(string text, IReadOnlyList<Choice>? choices, ListStyle style, Activity incoming) =>
        Render(text, choices, style, ChannelCapabilities.For(incoming));

    /// <summary>Builds the message for a channel with <paramref name="caps"/>.</summary>
    public static Activity Render(string text, IReadOnlyList<Choice>? choices, ListStyle style, ChannelCapabilities caps)
    {
        ArgumentNullException.ThrowIfNull(caps);
        var activity = Activity.CreateMessage(text);
        activity.InputHint = InputHints.ExpectingInput;
        if (choices is null || choices.Count == 0 || style == ListStyle.None)
        {
            return activity;
        }

        var useActions = style switch
        {
            ListStyle.SuggestedAction => caps.MaxSuggestedActions > 0,
            ListStyle.List or ListStyle.Inline or ListStyle.HeroCard => false,
            _ => caps.SupportsSuggestedActions(choices.Count),
        };

        if (useActions)
        {
            activity.SuggestedActions = new SuggestedActions([.. choices.Take(caps.MaxSuggestedActions).Select(c => CardAction.ImBack(c.Value))]);
            return activity;
        }

        var useCard = (style is ListStyle.Auto or ListStyle.HeroCard) && caps.SupportsCards && choices.Count <= caps.MaxCardButtons;
        if (useCard)
        {
            activity.Text = null;
            activity.Attachments = [new HeroCard { Text = text, Buttons = [.. choices.Select(c => CardAction.ImBack(c.Value))] }.ToAttachment()];
            return activity;
        }

        activity.Text = text + "\n\n" + Numbered(choices);
        return activity;
    }

    /// <summary>"1. Ja" lines: the console and channels without buttons answer with the number or the words.</summary>
    public static string Numbered(IReadOnlyList<Choice> choices)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < choices.Count; i++)
        {
            if (i > 0)
            {
                builder.Append('\n');
            }

            builder.Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append(". ").Append(choices[i].Value);
        }

        return builder.ToString();
    }
}
