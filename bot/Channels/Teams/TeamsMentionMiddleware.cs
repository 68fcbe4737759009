using System.Text.Json;
using System.Text.RegularExpressions;
using Bouwmarkt.Bot.Protocol.Schema;
using Bouwmarkt.Bot.Protocol.Turns;
using IMiddleware = Bouwmarkt.Bot.Protocol.Turns.IMiddleware;

namespace Bouwmarkt.Bot.Channels.Teams;

/// <summary>Takes the bot's own @mention out of a Teams message before the dialogs read it.</summary>
/// <remarks>
/// In group chats and channels Teams delivers only messages that mention the bot, as <c>&lt;at&gt;Hulpwijzer&lt;/at&gt; ik heb
/// schulden</c> with a <c>mention</c> entity (bot-protocol.md 6). The bot's mentions (by entity id, or by its name
/// when the entity is missing) are removed; a mention of someone else keeps the name without the tags. Stateless.
/// </remarks>
public sealed partial class TeamsMentionMiddleware : IMiddleware
{
    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var activity = turnContext.Activity;
        if (activity.Type == ActivityTypes.Message
            && string.Equals(activity.ChannelId, ChannelIds.MsTeams, StringComparison.OrdinalIgnoreCase)
            && activity.Text is { } text
            && text.Contains("<at", StringComparison.OrdinalIgnoreCase))
        {
            activity.Text = StripMentions(text, activity.Entities, activity.Recipient);
        }

        return next(cancellationToken);
    }

    /// <summary><paramref name="text"/> without the mentions of <paramref name="bot"/>, other mentions unwrapped, spaces tidied.</summary>
    public static string StripMentions(string text, IEnumerable<JsonElement>? entities, ChannelAccount? bot)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var entity in entities ?? [])
        {
            if (entity.ValueKind == JsonValueKind.Object
                && Str(entity, "type") == "mention"
                && entity.TryGetProperty("mentioned", out var mentioned)
                && bot?.Id is { Length: > 0 } botId && Str(mentioned, "id") == botId
                && Str(entity, "text") is { Length: > 0 } mentionText)
            {
                text = text.Replace(mentionText, " ", StringComparison.Ordinal);
            }
        }

        text = AtTag().Replace(text, match =>
            bot?.Name is { Length: > 0 } name && string.Equals(match.Groups["name"].Value.Trim(), name, StringComparison.OrdinalIgnoreCase)
                ? " "
                : match.Groups["name"].Value);
        return Spaces().Replace(text, " ").Trim();
    }

    private static string? Str(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    [GeneratedRegex("<at[^>]*>(?<name>.*?)</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex AtTag();

    [GeneratedRegex("[ \\t\\u00A0]{2,}|\\u00A0")]
    private static partial Regex Spaces();
}
