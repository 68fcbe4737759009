using Bouwmarkt.Bot.Dialogs.Testing;
using Bouwmarkt.Bot.Protocol.Schema;
using Bouwmarkt.Bot.Protocol.Turns;

namespace Bouwmarkt.Bot.Tests.Support;

/// <summary>Runs one message through the host's real <see cref="IBot"/> (Web Chat unless told) and collects its replies.</summary>
public static class BotTurns
{
    public static async Task<IReadOnlyList<Activity>> TurnAsync(IBot bot, string text, string conversationId = "real-1", string channelId = ChannelIds.WebChat)
    {
        ArgumentNullException.ThrowIfNull(bot);
        var sink = new CapturingReplySink();
        var activity = Activity.CreateMessage(text);
        activity.Id = Guid.NewGuid().ToString("N");
        activity.ChannelId = channelId;
        activity.Conversation = new ConversationAccount(conversationId);
        activity.From = new ChannelAccount("user-1");
        activity.Recipient = new ChannelAccount("bot");
        await bot.OnTurnAsync(new TurnContext(activity, sink), CancellationToken.None);
        var replies = new List<Activity>();
        while (sink.Next() is { } reply)
        {
            replies.Add(reply);
        }

        return replies;
    }
}
