using System.Net.WebSockets;
using Bouwmarkt.Bot.Channels.DirectLine;

namespace Bouwmarkt.Bot.Tests.Bot.Channels.DirectLine;

public sealed class DirectLineStreamTests
{
    [Fact]
    public async Task Stream_JustStarted_SendsTheWelcomeThatCameBeforeTheSocket()
    {
        await using var host = await DirectLineTestServer.StartAsync();
        var (conversationId, _, streamUrl) = await host.StartConversationAsync();

        using var stream = await StreamReader.ConnectAsync(streamUrl);
        var set = await stream.NextSetAsync();

        var welcome = Assert.Single(set!.Value.GetProperty("activities").EnumerateArray());
        Assert.Equal(SuggestingBot.Welcome, welcome.GetProperty("text").GetString());
        Assert.Equal($"{conversationId}|0000000", welcome.GetProperty("id").GetString());
        Assert.Equal("1", set.Value.GetProperty("watermark").GetString());
    }

    [Fact]
    public async Task Stream_UserPosts_PushesEchoTypingAndAnswerInOrder()
    {
        await using var host = await DirectLineTestServer.StartAsync();
        var (conversationId, token, streamUrl) = await host.StartConversationAsync();
        using var stream = await StreamReader.ConnectAsync(streamUrl);
        await stream.ActivitiesAsync(1);

        await host.PostMessageAsync(conversationId, token, "Boodschappen", "client-1");
        var activities = await stream.ActivitiesAsync(3);

        Assert.Equal(["message", "typing", "message"], activities.Select(a => a.GetProperty("type").GetString()!).ToArray());
        Assert.Equal("client-1", activities[0].GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.Equal(SuggestingBot.Answer("Boodschappen"), activities[2].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Stream_TypingFrame_HasNoWatermark_LoggedFramesDo()
    {
        await using var host = await DirectLineTestServer.StartAsync();
        var (conversationId, token, streamUrl) = await host.StartConversationAsync();
        using var stream = await StreamReader.ConnectAsync(streamUrl);
        await stream.ActivitiesAsync(1);

        await host.PostMessageAsync(conversationId, token, "Klaar", "c1");
        var frames = new List<System.Text.Json.JsonElement>();
        for (var i = 0; i < 3; i++)
        {
            frames.Add((await stream.NextSetAsync())!.Value);
        }

        Assert.False(frames[1].TryGetProperty("watermark", out _));
        Assert.Equal("2", frames[0].GetProperty("watermark").GetString());
        Assert.Equal("3", frames[2].GetProperty("watermark").GetString());
    }

    [Fact]
    public async Task Stream_ReconnectWithWatermark_SendsOnlyWhatCameAfterIt()
    {
        await using var host = await DirectLineTestServer.StartAsync();
        var (conversationId, token, _) = await host.StartConversationAsync();
        await host.PostMessageAsync(conversationId, token, "een", "c1");
        var reconnect = await host.SendJsonAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}?watermark=2", token);

        using var stream = await StreamReader.ConnectAsync(reconnect.GetProperty("streamUrl").GetString()!);
        var set = await stream.NextSetAsync();

        var only = Assert.Single(set!.Value.GetProperty("activities").EnumerateArray());
        Assert.Equal(SuggestingBot.Answer("een"), only.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Stream_SecondSocket_ClosesTheFirstWithCollision()
    {
        await using var host = await DirectLineTestServer.StartAsync();
        var (conversationId, token, streamUrl) = await host.StartConversationAsync();
        using var first = await StreamReader.ConnectAsync(streamUrl);
        await first.ActivitiesAsync(1);
        var reconnect = await host.SendJsonAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}", token);

        using var second = await StreamReader.ConnectAsync(reconnect.GetProperty("streamUrl").GetString()!);
        var closed = await first.NextSetAsync();

        Assert.Null(closed);
        Assert.Equal(DirectLineStream.CollisionReason, first.Socket.CloseStatusDescription);
    }

    [Fact]
    public async Task Stream_TokenOfAnotherConversation_IsRefused()
    {
        await using var host = await DirectLineTestServer.StartAsync();
        var (conversationId, _, _) = await host.StartConversationAsync();
        var (_, _, otherStreamUrl) = await host.StartConversationAsync();
        var otherQuery = otherStreamUrl[otherStreamUrl.IndexOf('?', StringComparison.Ordinal)..];
        var forged = $"ws://{host.BaseAddress.Authority}/v3/directline/conversations/{conversationId}/stream{otherQuery}";

        var error = await Assert.ThrowsAsync<WebSocketException>(() => StreamReader.ConnectAsync(forged));

        Assert.Contains("403", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StreamUrl_OpenedWithPlainHttp_Returns400Problem()
    {
        await using var host = await DirectLineTestServer.StartAsync();
        var (_, _, streamUrl) = await host.StartConversationAsync();
        var httpUrl = new Uri("http" + streamUrl["ws".Length..]);

        using var response = await host.Client.GetAsync(httpUrl);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
