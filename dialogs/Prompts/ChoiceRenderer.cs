using System.Globalization;
using System.Text;
using Bouwmarkt.Bot.Protocol.Schema;

namespace Bouwmarkt.Bot.Dialogs.Prompts;

/// <summary>Turns a question and its choices into an activity the channel can show.</summary>
/// <remarks>Suggested actions (imBack) where the channel has them for that many choices, numbered text elsewhere.</remarks>
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
            ListStyle.List or ListStyle.Inline => false,
            _ => caps.SupportsSuggestedActions(choices.Count),
        };

        if (useActions)
        {
            activity.SuggestedActions = new SuggestedActions([.. choices.Take(caps.MaxSuggestedActions).Select(c => CardAction.ImBack(c.Value))]);
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
