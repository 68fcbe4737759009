using System.Net;
using System.Text.Json.Nodes;
using Bouwmarkt.Bot.Protocol.Turns;
using Bouwmarkt.Bot.Tests.Bot.BotFramework;
using Bouwmarkt.Bot.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bouwmarkt.Bot.Tests.Bot.Channels.WhatsApp;

/// <summary>The webhook as Meta uses it: verification, signatures, delivery rules; with <see cref="WhatsAppTestBot"/> as the bot.</summary>
public sealed class WhatsAppWebhookTests
{
    private static Task<WhatsAppTestServer> StartAsync(Action<WebApplicationBuilder>? configure = null) =>
        WhatsAppTestServer.StartAsync(builder =>
        {
            TestBots.Use(new WhatsAppTestBot())(builder);
            configure?.Invoke(builder);
        });

    /// <summary>Sends <paramref name="text"/> from <paramref name="from"/> and waits for the echo: every earlier message of that user has then been handled.</summary>
    private static async Task SentinelAsync(WhatsAppTestServer server, string text, string from = WhatsAppTestServer.User)
    {
        using var response = await server.PostAsync(server.Text(text, from));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await server.Graph.WaitForAsync(1, c => c.Text == WhatsAppTestBot.Echo(text));
    }

    [Fact]
    public async Task Verify_RightToken_AnswersTheChallengeAsPlainText()
    {
        await using var server = await StartAsync();

        using var response = await server.Host.Client.GetAsync(new Uri(
            $"api/whatsapp?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token={WhatsAppTestServer.VerifyToken}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("1158201444", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("subscribe", "wrong-token")]
    [InlineData("subscribe", "")]
    [InlineData("unsubscribe", WhatsAppTestServer.VerifyToken)]
    public async Task Verify_WrongTokenOrMode_Is403(string mode, string token)
    {
        await using var server = await StartAsync();

        using var response = await server.Host.Client.GetAsync(new Uri(
            $"api/whatsapp?hub.mode={mode}&hub.challenge=42&hub.verify_token={token}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("42", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_SignedTextMessage_IsAnsweredThroughTheGraphApi()
    {
        await using var server = await StartAsync();

        using var response = await server.PostAsync(server.Text("hallo"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = Assert.Single(await server.Graph.WaitForAsync(1));
        Assert.Equal((WhatsAppTestServer.User, "text", WhatsAppTestBot.Echo("hallo")), (call.To, call.Type, call.Text));
        Assert.Empty(server.Graph.Violations);
    }

    [Theory]
    [InlineData("")]
    [InlineData("sha256=0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("sha256=nothex")]
    [InlineData("sha1=abc")]
    public async Task Post_MissingOrBadSignature_Is401AndTheBotSendsNothing(string signature)
    {
        await using var server = await StartAsync();

        using var refused = await server.PostRawAsync(WhatsAppTestServer.Notification([server.Text("geweigerd")]), signature);
        await SentinelAsync(server, "daarna");

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Empty(await refused.Content.ReadAsStringAsync());
        Assert.DoesNotContain(server.Graph.Calls, c => c.Text == WhatsAppTestBot.Echo("geweigerd"));
    }

    [Fact]
    public async Task Post_SignedWithAnotherSecret_Is401()
    {
        await using var server = await StartAsync();
        var body = WhatsAppTestServer.Notification([server.Text("geweigerd")]);

        using var refused = await server.PostRawAsync(body, Bouwmarkt.Bot.Channels.WhatsApp.WhatsAppSignature.Sign("another-secret", System.Text.Encoding.UTF8.GetBytes(body)));

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Theory]
    [InlineData("{\"object\": \"whatsapp_business_account\", \"entry\": [")]
    [InlineData("{\"object\": \"whatsapp_business_account\", \"entry\": 3}")]
    [InlineData("null")]
    [InlineData("")]
    public async Task Post_BadJson_Is400ProblemAndTheHostKeepsServing(string body)
    {
        await using var server = await StartAsync();

        using var response = await server.PostRawAsync(body);
        await SentinelAsync(server, "nog steeds hier");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Post_SameMessageTwice_IsAnsweredOnce()
    {
        await using var server = await StartAsync();
        var message = server.Text("één keer", id: "wamid.dubbel");

        using var first = await server.PostAsync(message);
        using var again = await server.PostAsync((JsonObject)message.DeepClone());
        using var both = await server.PostAsync((JsonObject)message.DeepClone(), (JsonObject)message.DeepClone());
        await SentinelAsync(server, "daarna");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, again.StatusCode, both.StatusCode));
        Assert.Single(server.Graph.Calls, c => c.Text == WhatsAppTestBot.Echo("één keer"));
    }

    [Fact]
    public async Task Post_StatusesOnly_AreAcknowledgedAndIgnored()
    {
        await using var server = await StartAsync();
        var status = new JsonObject { ["id"] = "wamid.sent1", ["status"] = "delivered", ["timestamp"] = "1750000000", ["recipient_id"] = WhatsAppTestServer.User };

        using var response = await server.PostRawAsync(WhatsAppTestServer.Notification(statuses: [status]));
        await SentinelAsync(server, "daarna");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(server.Graph.Calls);
    }

    [Fact]
    public async Task Post_MessageDeliveredAfterTheWindowClosed_IsNotAnswered()
    {
        await using var server = await StartAsync();

        // Meta retries for days; a message the user sent 25 hours ago may no longer be answered.
        using var late = await server.PostAsync(server.Text("van gisteren", sentAt: server.Clock.GetUtcNow().AddHours(-25)));
        await SentinelAsync(server, "vandaag");

        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.DoesNotContain(server.Graph.Calls, c => c.Text == WhatsAppTestBot.Echo("van gisteren"));
    }

    [Fact]
    public async Task Send_AfterTheWindowClosedDuringTheTurn_IsDroppedAndLoggedWithoutContent()
    {
        var logs = new CapturingLoggerProvider();
        WhatsAppTestServer? started = null;
        await using var server = started = await StartAsync(builder =>
        {
            builder.Logging.AddProvider(logs);
            // A turn that takes longer than the window: the clock jumps 25 hours before the bot answers.
            builder.Services.AddSingleton<IMiddleware>(new ClockJump(() => started!.Clock, "traag"));
        });

        using var response = await server.PostAsync(server.Text("traag"));
        await WaitUntilAsync(() => logs.Entries.Any(e => e.EventId == 7108));
        await SentinelAsync(server, "opnieuw");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(server.Graph.Calls, c => c.Text == WhatsAppTestBot.Echo("traag"));
        var dropped = Assert.Single(logs.Entries, e => e.EventId == 7108);
        Assert.DoesNotContain("traag", dropped.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(logs.Entries, e => e.Message.Contains(WhatsAppTestServer.User, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Host_WithoutWhatsAppSettings_Answers404()
    {
        await using var host = await TestHost.StartAsync();

        using var get = await host.Client.GetAsync(new Uri("api/whatsapp?hub.mode=subscribe&hub.challenge=1&hub.verify_token=", UriKind.Relative));
        using var post = await host.Client.PostAsync(new Uri("api/whatsapp", UriKind.Relative), new StringContent("{}"));

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (get.StatusCode, post.StatusCode));
    }

    [Fact]
    public async Task Host_HalfConfigured_DoesNotStart()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => TestHost.StartAsync(new Dictionary<string, string?> { ["WhatsApp:VerifyToken"] = "alleen dit" }));

        Assert.Contains("WhatsApp:AppSecret", error.Message, StringComparison.Ordinal);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out");
            await Task.Delay(20);
        }
    }

    /// <summary>Moves the clock by 25 hours inside the turn of a message with the given text, before the bot answers.</summary>
    private sealed class ClockJump(Func<DirectLine.ManualTimeProvider> clock, string text) : IMiddleware
    {
        public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
        {
            if (turnContext.Activity.Text == text)
            {
                clock().Advance(TimeSpan.FromHours(25));
            }

            return next(cancellationToken);
        }
    }
}
