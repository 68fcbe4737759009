using System.Net;
using System.Text.Json;
using Bouwmarkt.Bot.Tests.Support;

namespace Bouwmarkt.Bot.Tests.Bot.Channels.DirectLine;

public sealed class DirectLineApiTests
{
    [Fact]
    public async Task StartConversation_WithSecret_Returns201WithTokenAndWebSocketStreamUrl()
    {
        await using var host = await DirectLineTestServer.StartAsync();

        using var response = await host.SendRawAsync(HttpMethod.Post, "/v3/directline/conversations", DirectLineTestServer.Secret, new { });
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.False(string.IsNullOrEmpty(body.GetProperty("conversationId").GetString()));
        Assert.False(string.IsNullOrEmpty(body.GetProperty("token").GetString()));
        Assert.Equal(1800, body.GetProperty("expires_in").GetInt32());
        Assert.StartsWith($"ws://{host.BaseAddress.Authority}/v3/directline/conversations/", body.GetProperty("streamUrl").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartConversation_TokenAlreadyUsed_Returns200ForTheSameConversation()
    {
        await using var host = await DirectLineTestServer.StartAsync();
        var generated = await host.SendJsonAsync(HttpMethod.Post, "/v3/directline/tokens/generate", DirectLineTestServer.Secret);
        var token = generated.GetProperty("token").GetString();
        using var first = await host.SendRawAsync(HttpMethod.Post, "/v3/directline/conversations", token);

        using var second = await host.SendRawAsync(HttpMethod.Post, "/v3/directline/conversations", token);
        var body = JsonDocument.Parse(await second.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(generated.GetProperty("conversationId").GetString(), body.GetProperty("conversationId").GetString());
    }

    [Fact]
    public async Task StartConversation_TellsTheBot_SoItsWelcomeIsTheFirstActivity()
    {
        await using var host = await DirectLineTestServer.StartAsync();
        var (conversationId, token, _) = await host.StartConversationAsync();

        var set = await host.GetActivitiesAsync(conversationId, token);

        var welcome = Assert.Single(set.GetProperty("activities").EnumerateArray());
        Assert.Equal(SuggestingBot.Welcome, welcome.GetProperty("text").GetString());
        Assert.Equal($"{conversationId}|0000000", welcome.GetProperty("id").GetString());
        Assert.Equal("bot", welcome.GetProperty("from").GetProperty("role").GetString());
        Assert.Equal(2, welcome.GetProperty("suggestedActions").GetProperty("actions").GetArrayLength());
        Assert.Equal("1", set.GetProperty("watermark").GetString());
    }

    [Fact]
    public async Task PostActivity_Message_IsEchoedWithItsIdAndClientActivityId()
    {
        await using var host = await DirectLineTestServer.StartAsync();
        var (conversationId, token, _) = await host.StartConversationAsync();
        var clientId = Guid.NewGuid().ToString("N");

        var id = await host.PostMessageAsync(conversationId, token, "hallo daar", clientId);

        var set = await host.GetActivitiesAsync(conversationId, token, "1");
        var echo = set.GetProperty("activities")[0];
        Assert.Equal($"{conversationId}|0000001", id);
        Assert.Equal(id, echo.GetProperty("id").GetString());
        Assert.Equal(clientId, echo.GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.Equal("user", echo.GetProperty("from").GetProperty("role").GetString());
        Assert.Equal("hallo daar", echo.GetProperty("text").GetString());
    }

    [Fact]
    public async Task PostActivity_Message_BotAnswerFollowsTheEchoAndRepliesToIt()
    {
        await using var host = await DirectLineTestServer.StartAsync();
        var (conversationId, token, _) = await host.StartConversationAsync();

        var id = await host.PostMessageAsync(conversationId, token, "Geldzorgen", "c1");

        var activities = (await host.GetActivitiesAsync(conversationId, token, "2")).GetProperty("activities");
        var answer = Assert.Single(activities.EnumerateArray());
        Assert.Equal(SuggestingBot.Answer("Geldzorgen"), answer.GetProperty("text").GetString());
        Assert.Equal(id, answer.GetProperty("replyToId").GetString());
    }

    [Fact]
    public async Task GetActivities_WithWatermark_ReturnsOnlyNewerActivitiesAndTheNextWatermark()
    {
        await using var host = await DirectLineTestServer.StartAsync();
        var (conversationId, token, _) = await host.StartConversationAsync();
        await host.PostMessageAsync(conversationId, token, "een", "c1");
        var watermark = (await host.GetActivitiesAsync(conversationId, token)).GetProperty("watermark").GetString();
        await host.PostMessageAsync(conversationId, token, "twee", "c2");

        var set = await host.GetActivitiesAsync(conversationId, token, watermark);

        var texts = set.GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("text").GetString()!).ToArray();
        Assert.Equal(["twee", SuggestingBot.Answer("twee")], texts);
        Assert.Equal("5", set.GetProperty("watermark").GetString());
    }

    [Fact]
    public async Task PostActivity_FromClaimsAnotherUser_IsStampedWithTheTokensUser()
    {
        await using var host = await DirectLineTestServer.StartAsync();
        var session = await host.SendJsonAsync(HttpMethod.Post, "/webchat/token", bearer: null);
        var token = session.GetProperty("token").GetString()!;
        var conversationId = session.GetProperty("conversationId").GetString()!;
        await host.SendJsonAsync(HttpMethod.Post, "/v3/directline/conversations", token);

        await host.PostMessageAsync(conversationId, token, "wie ben ik", "c1");

        var echo = (await host.GetActivitiesAsync(conversationId, token, "1")).GetProperty("activities")[0];
        Assert.Equal(session.GetProperty("userId").GetString(), echo.GetProperty("from").GetProperty("id").GetString());
        Assert.StartsWith("dl_", session.GetProperty("userId").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefreshToken_ValidToken_ReturnsAWorkingTokenForTheSameConversation()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await DirectLineTestServer.StartAsync(time: clock);
        var (conversationId, token, _) = await host.StartConversationAsync();
        clock.Advance(TimeSpan.FromMinutes(20));

        var refreshed = await host.SendJsonAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", token);
        clock.Advance(TimeSpan.FromMinutes(20));

        var newToken = refreshed.GetProperty("token").GetString()!;
        Assert.Equal(conversationId, refreshed.GetProperty("conversationId").GetString());
        using var oldTokenResponse = await host.SendRawAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", token);
        Assert.Equal(HttpStatusCode.Forbidden, oldTokenResponse.StatusCode);
        await host.GetActivitiesAsync(conversationId, newToken);
    }

    [Fact]
    public async Task RefreshToken_Expired_Returns403()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await DirectLineTestServer.StartAsync(time: clock);
        var (_, token, _) = await host.StartConversationAsync();
        clock.Advance(TimeSpan.FromMinutes(31));

        using var response = await host.SendRawAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task GenerateToken_WithoutTheSecret_Returns403()
    {
        await using var host = await DirectLineTestServer.StartAsync();
        var (_, token, _) = await host.StartConversationAsync();

        using var response = await host.SendRawAsync(HttpMethod.Post, "/v3/directline/tokens/generate", token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task GetActivities_WithoutAuthorization_Returns401()
    {
        await using var host = await DirectLineTestServer.StartAsync();
        var (conversationId, _, _) = await host.StartConversationAsync();

        using var response = await host.SendRawAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", bearer: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task GetActivities_TokenOfAnotherConversation_Returns403()
    {
        await using var host = await DirectLineTestServer.StartAsync();
        var (conversationId, _, _) = await host.StartConversationAsync();
        var (_, otherToken, _) = await host.StartConversationAsync();

        using var response = await host.SendRawAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", otherToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task GetActivities_ForgedToken_Returns401()
    {
        await using var host = await DirectLineTestServer.StartAsync();
        var (conversationId, token, _) = await host.StartConversationAsync();
        var forged = token[..^4] + (token.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");

        using var response = await host.SendRawAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", forged);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task GetActivities_UnknownConversation_Returns404ProblemDetails()
    {
        await using var host = await DirectLineTestServer.StartAsync();

        using var response = await host.SendRawAsync(HttpMethod.Get, "/v3/directline/conversations/nope/activities", DirectLineTestServer.Secret);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task GetActivities_WatermarkNotANumber_Returns400()
    {
        await using var host = await DirectLineTestServer.StartAsync();
        var (conversationId, token, _) = await host.StartConversationAsync();

        using var response = await host.SendRawAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities?watermark=abc", token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task PostActivity_InvalidJson_Returns400ProblemAndKeepsTheLogUnchanged()
    {
        await using var host = await DirectLineTestServer.StartAsync();
        var (conversationId, token, _) = await host.StartConversationAsync();

        using var response = await host.SendRawAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, "{\"type\": \"message\", ");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("1", (await host.GetActivitiesAsync(conversationId, token)).GetProperty("watermark").GetString());
    }

    [Fact]
    public async Task PostActivity_WithoutType_Returns400()
    {
        await using var host = await DirectLineTestServer.StartAsync();
        var (conversationId, token, _) = await host.StartConversationAsync();

        using var response = await host.SendRawAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, new { text = "zonder type" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task PostActivity_BodyOverTheLimit_Returns413Problem()
    {
        await using var host = await DirectLineTestServer.StartAsync(settings: new Dictionary<string, string?> { ["DirectLine:MaxActivityBytes"] = "2048" });
        var (conversationId, token, _) = await host.StartConversationAsync();

        using var response = await host.SendRawAsync(
            HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, new { type = "message", text = new string('x', 4000) });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task PostActivity_BotFails_Returns502AndTheUsersMessageStaysInTheLog()
    {
        await using var host = await DirectLineTestServer.StartAsync();
        var (conversationId, token, _) = await host.StartConversationAsync();

        using var response = await host.SendRawAsync(
            HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, new { type = "message", text = SuggestingBot.FailText });

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        var echo = Assert.Single((await host.GetActivitiesAsync(conversationId, token, "1")).GetProperty("activities").EnumerateArray());
        Assert.Equal(SuggestingBot.FailText, echo.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Reconnect_ReturnsAFreshStreamUrlThatCarriesTheWatermark()
    {
        await using var host = await DirectLineTestServer.StartAsync();
        var (conversationId, token, _) = await host.StartConversationAsync();

        var answer = await host.SendJsonAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}?watermark=1", token);

        Assert.Equal(conversationId, answer.GetProperty("conversationId").GetString());
        Assert.False(string.IsNullOrEmpty(answer.GetProperty("token").GetString()));
        Assert.Contains("watermark=1", answer.GetProperty("streamUrl").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostActivity_ManyAtOnce_EveryActivityGetsItsOwnSequenceWithoutGaps()
    {
        await using var host = await DirectLineTestServer.StartAsync();
        var (conversationId, token, _) = await host.StartConversationAsync();

        var ids = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => host.PostMessageAsync(conversationId, token, $"bericht {i}", $"c{i}")));

        // The welcome, then per post the echo and the answer.
        var all = (await host.GetActivitiesAsync(conversationId, token)).GetProperty("activities").EnumerateArray();

        Assert.Equal(12, ids.Distinct().Count());
        Assert.Equal(
            Enumerable.Range(0, 25).Select(seq => $"{conversationId}|{seq:D7}"),
            all.Select(a => a.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task GetActivities_LongConversation_ComesInPagesThatFollowTheWatermark()
    {
        await using var host = await DirectLineTestServer.StartAsync();
        var (conversationId, token, _) = await host.StartConversationAsync();
        for (var i = 0; i < 55; i++)
        {
            await host.PostMessageAsync(conversationId, token, $"bericht {i}", $"c{i}");
        }

        var first = await host.GetActivitiesAsync(conversationId, token);
        var second = await host.GetActivitiesAsync(conversationId, token, first.GetProperty("watermark").GetString());

        Assert.Equal(100, first.GetProperty("activities").GetArrayLength());
        Assert.Equal("100", first.GetProperty("watermark").GetString());
        Assert.Equal(11, second.GetProperty("activities").GetArrayLength());
        Assert.Equal($"{conversationId}|0000100", second.GetProperty("activities")[0].GetProperty("id").GetString());
    }
}
