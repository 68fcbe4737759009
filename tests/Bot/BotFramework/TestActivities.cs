using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Bouwmarkt.Bot.Protocol.Schema;

namespace Bouwmarkt.Bot.Tests.Bot.BotFramework;

/// <summary>Builds incoming activities as the Emulator sends them, and posts them to /api/messages.</summary>
internal static class TestActivities
{
    public static Activity Message(string text, string serviceUrl, string conversationId = "conv-1|livechat", string userId = "user-1") => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = ChannelIds.Emulator,
        ServiceUrl = serviceUrl,
        From = new ChannelAccount { Id = userId, Name = "Test" },
        Recipient = new ChannelAccount { Id = "bot-1", Name = "Bot" },
        Conversation = new ConversationAccount { Id = conversationId },
        Text = text,
        Locale = "nl-NL",
    };

    public static Activity ExpectReplies(string text, string conversationId = "conv-er", string userId = "user-1")
    {
        var activity = Message(text, "http://127.0.0.1:9/", conversationId, userId);
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        return activity;
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, Activity activity, string? bearer = null)
    {
        var json = JsonSerializer.Serialize(activity, ProtocolJsonContext.Default.Activity);
        return await PostRawAsync(client, json, bearer).ConfigureAwait(false);
    }

    public static async Task<HttpResponseMessage> PostRawAsync(HttpClient client, string json, string? bearer = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("api/messages", UriKind.Relative))
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return await client.SendAsync(request).ConfigureAwait(false);
    }

    public static async Task<ExpectedReplies> ReadRepliesAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        return JsonSerializer.Deserialize(body, ProtocolJsonContext.Default.ExpectedReplies)!;
    }
}
