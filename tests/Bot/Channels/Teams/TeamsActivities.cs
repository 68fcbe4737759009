using System.Text.Json;
using Bouwmarkt.Bot.Protocol.Schema;

namespace Bouwmarkt.Bot.Tests.Bot.Channels.Teams;

/// <summary>Messages as Teams sends them (bot-protocol.md 6): ids, conversation type, tenant, and a mention entity in group chats.</summary>
internal static class TeamsActivities
{
    public const string BotId = "28:6f1c2a3b-4d5e-4f60-8a9b-0c1d2e3f4a5b";
    public const string BotName = "Hulpwijzer";

    /// <summary>A message in a <paramref name="conversationType"/> conversation, delivered with expectReplies so the replies come back in the answer.</summary>
    public static Activity Message(string text, string conversationType, string conversationId, bool mentionBot = false)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = "1700000000" + Random.Shared.Next(100000, 999999),
            ChannelId = ChannelIds.MsTeams,
            ServiceUrl = "http://127.0.0.1:9/",
            From = new ChannelAccount("29:1user-aad-id", "Jan") { AadObjectId = "00000000-0000-0000-0000-000000000001" },
            Recipient = new ChannelAccount(BotId, BotName),
            Conversation = new ConversationAccount(conversationId)
            {
                ConversationType = conversationType,
                IsGroup = conversationType != "personal",
                TenantId = "00000000-0000-0000-0000-00000000000a",
            },
            Text = mentionBot ? $"<at>{BotName}</at> {text}" : text,
            TextFormat = "plain",
            Locale = "nl-NL",
            DeliveryMode = DeliveryModes.ExpectReplies,
        };
        if (mentionBot)
        {
            activity.Entities = [Mention(BotId, BotName)];
        }

        return activity;
    }

    /// <summary>A Teams mention entity: <c>{"type":"mention","mentioned":{"id","name"},"text":"&lt;at&gt;name&lt;/at&gt;"}</c>.</summary>
    public static JsonElement Mention(string id, string name) => JsonSerializer.SerializeToElement(
        new Dictionary<string, object>
        {
            ["type"] = "mention",
            ["mentioned"] = new Dictionary<string, string> { ["id"] = id, ["name"] = name },
            ["text"] = $"<at>{name}</at>",
        });
}
