using System.Net;
using System.Text.Json;
using Bouwmarkt.Bot.Protocol.Schema;
using Bouwmarkt.Bot.Tests.Support;

namespace Bouwmarkt.Bot.Tests.Bot.BotFramework;

public sealed class MessagesEndpointTests
{
    [Fact]
    public async Task Message_WithServiceUrl_ReplyIsPostedToTheConnectorAsReplyToActivity()
    {
        await using var connector = await ConnectorPeer.StartAsync();
        await using var host = await TestHost.StartAsync(configure: TestBots.Use(new TestBots.Echo()));
        var activity = TestActivities.Message("hallo", connector.ServiceUrl, conversationId: "abc|livechat");

        using var response = await TestActivities.PostAsync(host.Client, activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = Assert.Single(await connector.WaitForAsync(1));
        Assert.Equal("POST", call.Method);
        Assert.Equal($"/v3/conversations/abc%7Clivechat/activities/{activity.Id}", call.RawTarget);
        Assert.StartsWith("application/json", call.ContentType, StringComparison.Ordinal);
        Assert.Equal("", call.Authorization);
        Assert.Equal(ActivityTypes.Message, call.Activity!.Type);
        Assert.Equal("echo: hallo", call.Activity.Text);
        Assert.Equal(activity.Id, call.Activity.ReplyToId);
        Assert.Equal("user-1", call.Activity.Recipient!.Id);
        Assert.Equal("bot-1", call.Activity.From!.Id);
        Assert.Equal("abc|livechat", call.Activity.Conversation!.Id);
    }

    [Fact]
    public async Task Conversation_ThreeMessages_EachGetsItsReplyInOrder()
    {
        await using var connector = await ConnectorPeer.StartAsync();
        await using var host = await TestHost.StartAsync(configure: TestBots.Use(new TestBots.Echo()));

        foreach (var text in new[] { "een", "twee", "drie" })
        {
            using var response = await TestActivities.PostAsync(host.Client, TestActivities.Message(text, connector.ServiceUrl));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var calls = await connector.WaitForAsync(3);
        Assert.Equal(["echo: een", "echo: twee", "echo: drie"], calls.Select(c => c.Activity!.Text));
    }

    [Fact]
    public async Task ExpectReplies_RepliesComeInTheResponseBodyAndNothingIsPosted()
    {
        await using var connector = await ConnectorPeer.StartAsync();
        await using var host = await TestHost.StartAsync(configure: TestBots.Use(new TestBots.Echo()));
        var activity = TestActivities.ExpectReplies("hoi");
        activity.ServiceUrl = connector.ServiceUrl;

        using var response = await TestActivities.PostAsync(host.Client, activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = await TestActivities.ReadRepliesAsync(response);
        var reply = Assert.Single(replies.Activities);
        Assert.Equal("echo: hoi", reply.Text);
        Assert.Equal(activity.Id, reply.ReplyToId);
        await Task.Delay(200);
        Assert.Empty(connector.Calls);
    }

    [Fact]
    public async Task ExpectReplies_WithoutServiceUrl_IsAccepted()
    {
        await using var host = await TestHost.StartAsync(configure: TestBots.Use(new TestBots.Echo()));
        var activity = TestActivities.ExpectReplies("hoi");
        activity.ServiceUrl = null;

        using var response = await TestActivities.PostAsync(host.Client, activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("echo: hoi", Assert.Single((await TestActivities.ReadRepliesAsync(response)).Activities).Text);
    }

    [Fact]
    public async Task Invoke_BotAnswers_ResponseCarriesItsStatusAndBody()
    {
        await using var connector = await ConnectorPeer.StartAsync();
        await using var host = await TestHost.StartAsync(configure: TestBots.Use(new TestBots.Invoke()));
        var activity = TestActivities.Message("", connector.ServiceUrl);
        activity.Type = ActivityTypes.Invoke;
        activity.Name = "answer";

        using var response = await TestActivities.PostAsync(host.Client, activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"antwoord\"", await response.Content.ReadAsStringAsync());
        await Task.Delay(200);
        Assert.Empty(connector.Calls);
    }

    [Fact]
    public async Task Invoke_BotGivesNoAnswer_501()
    {
        await using var connector = await ConnectorPeer.StartAsync();
        await using var host = await TestHost.StartAsync(configure: TestBots.Use(new TestBots.Invoke()));
        var activity = TestActivities.Message("", connector.ServiceUrl);
        activity.Type = ActivityTypes.Invoke;
        activity.Name = "something/else";

        using var response = await TestActivities.PostAsync(host.Client, activity);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Theory]
    [InlineData(ActivityTypes.ConversationUpdate)]
    [InlineData(ActivityTypes.Typing)]
    [InlineData(ActivityTypes.Event)]
    [InlineData(ActivityTypes.EndOfConversation)]
    [InlineData("somethingNobodyKnows")]
    public async Task NonMessageTypes_Get200(string type)
    {
        await using var connector = await ConnectorPeer.StartAsync();
        await using var host = await TestHost.StartAsync(configure: TestBots.Use(new TestBots.Echo()));
        var activity = TestActivities.Message("x", connector.ServiceUrl);
        activity.Type = type;

        using var response = await TestActivities.PostAsync(host.Client, activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task UnknownFields_AreAcceptedAndKeptOnTheActivity()
    {
        await using var connector = await ConnectorPeer.StartAsync();
        await using var host = await TestHost.StartAsync(configure: TestBots.Use(new TestBots.Echo()));
        var json = $$$"""
            {"type":"message","id":"a1","channelId":"emulator","serviceUrl":"{{{connector.ServiceUrl}}}",
             "from":{"id":"u1","extra":1},"recipient":{"id":"b1"},"conversation":{"id":"c-unknown"},
             "text":"hoi","someFutureField":{"nested":[1,2,3]}}
            """;

        using var response = await TestActivities.PostRawAsync(host.Client, json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("echo: hoi", Assert.Single(await connector.WaitForAsync(1)).Activity!.Text);
    }

    [Theory]
    [InlineData("{\"type\":\"message\",")]
    [InlineData("not json at all")]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[1,2]")]
    public async Task MalformedJson_400WithProblemDetails_AndTheHostServesTheNextRequest(string body)
    {
        await using var connector = await ConnectorPeer.StartAsync();
        await using var host = await TestHost.StartAsync(configure: TestBots.Use(new TestBots.Echo()));

        using var bad = await TestActivities.PostRawAsync(host.Client, body);

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        await AssertStillServesAsync(host, connector);
    }

    [Theory]
    [InlineData("{\"type\":42,\"channelId\":\"emulator\",\"conversation\":{\"id\":\"c\"},\"serviceUrl\":\"http://127.0.0.1:9/\"}")]
    [InlineData("{\"type\":\"message\",\"channelId\":\"emulator\",\"conversation\":\"c\",\"serviceUrl\":\"http://127.0.0.1:9/\"}")]
    [InlineData("{\"type\":\"message\",\"channelId\":\"emulator\",\"conversation\":{\"id\":\"c\"},\"timestamp\":\"yesterday\",\"serviceUrl\":\"http://127.0.0.1:9/\"}")]
    [InlineData("{\"type\":\"message\",\"channelId\":\"emulator\",\"conversation\":{\"id\":\"c\"},\"membersAdded\":{},\"serviceUrl\":\"http://127.0.0.1:9/\"}")]
    public async Task WrongFieldTypes_400WithProblemDetails(string body)
    {
        await using var connector = await ConnectorPeer.StartAsync();
        await using var host = await TestHost.StartAsync(configure: TestBots.Use(new TestBots.Echo()));

        using var bad = await TestActivities.PostRawAsync(host.Client, body);

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = JsonDocument.Parse(await bad.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        await AssertStillServesAsync(host, connector);
    }

    [Theory]
    [InlineData("{\"channelId\":\"emulator\",\"conversation\":{\"id\":\"c\"},\"serviceUrl\":\"http://127.0.0.1:9/\"}", "type")]
    [InlineData("{\"type\":\"message\",\"conversation\":{\"id\":\"c\"},\"serviceUrl\":\"http://127.0.0.1:9/\"}", "channelId")]
    [InlineData("{\"type\":\"message\",\"channelId\":\"emulator\",\"serviceUrl\":\"http://127.0.0.1:9/\"}", "conversation.id")]
    [InlineData("{\"type\":\"message\",\"channelId\":\"emulator\",\"conversation\":{\"id\":\"c\"}}", "serviceUrl")]
    [InlineData("{\"type\":\"message\",\"channelId\":\"emulator\",\"conversation\":{\"id\":\"c\"},\"serviceUrl\":\"ftp://x/\"}", "serviceUrl")]
    public async Task MissingFields_400NamingTheField(string body, string field)
    {
        await using var connector = await ConnectorPeer.StartAsync();
        await using var host = await TestHost.StartAsync(configure: TestBots.Use(new TestBots.Echo()));

        using var bad = await TestActivities.PostRawAsync(host.Client, body);

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains(field, await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertStillServesAsync(host, connector);
    }

    [Fact]
    public async Task OversizedBody_413_AndTheHostServesTheNextRequest()
    {
        await using var connector = await ConnectorPeer.StartAsync();
        await using var host = await TestHost.StartAsync(
            new Dictionary<string, string?> { ["BotFramework:MaxRequestBodyBytes"] = "4096" },
            TestBots.Use(new TestBots.Echo()));
        var activity = TestActivities.Message(new string('a', 5000), connector.ServiceUrl);

        using var tooLarge = await TestActivities.PostAsync(host.Client, activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        await AssertStillServesAsync(host, connector);
    }

    [Fact]
    public async Task OversizedChunkedBody_WithoutContentLength_413()
    {
        await using var connector = await ConnectorPeer.StartAsync();
        await using var host = await TestHost.StartAsync(
            new Dictionary<string, string?> { ["BotFramework:MaxRequestBodyBytes"] = "4096" },
            TestBots.Use(new TestBots.Echo()));
        var json = JsonSerializer.Serialize(TestActivities.Message(new string('a', 5000), connector.ServiceUrl), ProtocolJsonContext.Default.Activity);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("api/messages", UriKind.Relative))
        {
            Content = new StreamContent(new NonSeekableStream(System.Text.Encoding.UTF8.GetBytes(json))),
        };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.TransferEncodingChunked = true;

        using var tooLarge = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
    }

    [Fact]
    public async Task InvalidUtf8_400()
    {
        await using var connector = await ConnectorPeer.StartAsync();
        await using var host = await TestHost.StartAsync(configure: TestBots.Use(new TestBots.Echo()));
        byte[] body = [.. "{\"type\":\"message\",\"text\":\""u8, 0xC3, 0x28, .. "\"}"u8];
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json");

        using var bad = await host.Client.PostAsync(new Uri("api/messages", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        await AssertStillServesAsync(host, connector);
    }

    [Fact]
    public async Task DeeplyNestedJson_400()
    {
        await using var connector = await ConnectorPeer.StartAsync();
        await using var host = await TestHost.StartAsync(configure: TestBots.Use(new TestBots.Echo()));
        var json = "{\"type\":\"message\",\"channelData\":" + new string('[', 500) + new string(']', 500) + "}";

        using var bad = await TestActivities.PostRawAsync(host.Client, json);

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        await AssertStillServesAsync(host, connector);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task NonPost_405(string method)
    {
        await using var host = await TestHost.StartAsync();

        using var response = await host.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), new Uri("api/messages", UriKind.Relative)));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    private static async Task AssertStillServesAsync(TestHost host, ConnectorPeer connector)
    {
        using var ok = await TestActivities.PostAsync(host.Client, TestActivities.Message("nog daar?", connector.ServiceUrl, "conv-after"));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Contains(await connector.WaitForAsync(1), c => c.Activity?.Text == "echo: nog daar?");
    }

    /// <summary>Hides the length so HttpClient sends the body chunked.</summary>
    private sealed class NonSeekableStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
