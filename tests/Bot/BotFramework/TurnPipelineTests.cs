using System.Collections.Concurrent;
using System.Net;
using Bouwmarkt.Bot.BotFramework.Middleware;
using Bouwmarkt.Bot.Protocol.Schema;
using Bouwmarkt.Bot.Protocol.Turns;
using Bouwmarkt.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bouwmarkt.Bot.Tests.Bot.BotFramework;

/// <summary>The middleware every turn runs through, seen from the channel's side.</summary>
public sealed class TurnPipelineTests
{
    [Fact]
    public async Task FailingTurn_UserGetsTheDutchApology_NotTheExceptionMessage()
    {
        await using var connector = await ConnectorPeer.StartAsync();
        await using var host = await TestHost.StartAsync(configure: TestBots.Use(new TestBots.Throwing()));

        using var response = await TestActivities.PostAsync(host.Client, TestActivities.Message("mijn geheim", connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = Assert.Single(await connector.WaitForMessagesAsync(1));
        Assert.Equal("Sorry, er ging iets mis. Probeer het nog eens.", call.Activity!.Text);
        Assert.DoesNotContain("geheim", call.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailingTurn_WithExpectReplies_ApologyIsInTheBody()
    {
        await using var host = await TestHost.StartAsync(configure: TestBots.Use(new TestBots.Throwing()));

        using var response = await TestActivities.PostAsync(host.Client, TestActivities.ExpectReplies("mijn geheim"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TurnLoggingMiddleware.Apology, Assert.Single((await TestActivities.ReadRepliesAsync(response)).Activities).Text);
    }

    [Fact]
    public async Task FailingTurn_IsLoggedAsError_WithoutTextOrExceptionMessageAtInformationOrAbove()
    {
        var sink = new CapturingLoggerProvider();
        await using var connector = await ConnectorPeer.StartAsync();
        await using var host = await TestHost.StartAsync(configure: builder =>
        {
            TestBots.Use(new TestBots.Throwing())(builder);
            builder.Logging.AddProvider(sink);
        });

        using var response = await TestActivities.PostAsync(host.Client, TestActivities.Message("Jan Jansen 0612345678", connector.ServiceUrl));
        await connector.WaitForMessagesAsync(1);

        Assert.Contains(sink.Entries, e => e.Level == LogLevel.Error && e.EventId == 3003);
        Assert.DoesNotContain(sink.Entries, e => e.Level >= LogLevel.Information && e.Message.Contains("0612345678", StringComparison.Ordinal));
        Assert.DoesNotContain(sink.Entries, e => e.Level >= LogLevel.Information && e.Message.Contains("Jan Jansen", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SlowMessageTurn_ShowsTypingFirst_ThenRepeats()
    {
        await using var connector = await ConnectorPeer.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["BotFramework:TypingDelay"] = "00:00:00.100",
            ["BotFramework:TypingPeriod"] = "00:00:00.200",
        };
        await using var host = await TestHost.StartAsync(settings, TestBots.Use(new TestBots.Slow(TimeSpan.FromMilliseconds(1500))));

        using var response = await TestActivities.PostAsync(host.Client, TestActivities.Message("hoi", connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var calls = await connector.WaitForAsync(1, c => c.Activity?.Type == ActivityTypes.Message);
        var all = connector.Calls;
        // Bounds are loose on purpose: on a loaded machine timers fire late, never early.
        Assert.Equal(ActivityTypes.Typing, all[0].Activity!.Type);
        Assert.InRange(all.Count(c => c.Activity?.Type == ActivityTypes.Typing), 2, 15);
        // A typing POST already in flight when the turn ends may land after the answer; the answer is the last message.
        Assert.Equal("done", all.Last(c => c.Activity?.Type == ActivityTypes.Message).Activity!.Text);
        Assert.Single(calls);
    }

    [Fact]
    public async Task FastMessageTurn_ShowsNoTyping()
    {
        await using var connector = await ConnectorPeer.StartAsync();
        await using var host = await TestHost.StartAsync(configure: TestBots.Use(new TestBots.Echo()));

        using var response = await TestActivities.PostAsync(host.Client, TestActivities.Message("hoi", connector.ServiceUrl));

        await Task.Delay(700);
        Assert.DoesNotContain(connector.Calls, c => c.Activity?.Type == ActivityTypes.Typing);
    }

    [Fact]
    public async Task SlowExpectRepliesTurn_HasNoTypingInTheBody()
    {
        var settings = new Dictionary<string, string?> { ["BotFramework:TypingDelay"] = "00:00:00.050" };
        await using var host = await TestHost.StartAsync(settings, TestBots.Use(new TestBots.Slow(TimeSpan.FromMilliseconds(300))));

        using var response = await TestActivities.PostAsync(host.Client, TestActivities.ExpectReplies("hoi"));

        var replies = await TestActivities.ReadRepliesAsync(response);
        Assert.Equal(["done"], replies.Activities.Select(a => a.Text));
    }

    [Fact]
    public async Task TranscriptLoggers_SeeIncomingAndOutgoing_InOrder()
    {
        var transcript = new RecordingTranscript();
        await using var host = await TestHost.StartAsync(configure: builder =>
        {
            TestBots.Use(new TestBots.Echo())(builder);
            builder.Services.AddSingleton<ITranscriptLogger>(transcript);
        });

        using var response = await TestActivities.PostAsync(host.Client, TestActivities.ExpectReplies("hoi"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["hoi", "echo: hoi"], transcript.Activities.Select(a => a.Text));
    }

    [Fact]
    public async Task FailingTranscriptLogger_DoesNotBreakTheConversation()
    {
        await using var host = await TestHost.StartAsync(configure: builder =>
        {
            TestBots.Use(new TestBots.Echo())(builder);
            builder.Services.AddSingleton<ITranscriptLogger>(new BrokenTranscript());
        });

        using var response = await TestActivities.PostAsync(host.Client, TestActivities.ExpectReplies("hoi"));

        Assert.Equal("echo: hoi", Assert.Single((await TestActivities.ReadRepliesAsync(response)).Activities).Text);
    }

    [Fact]
    public async Task CustomMiddlewareFromDI_RunsBeforeTheBot()
    {
        await using var host = await TestHost.StartAsync(configure: builder =>
        {
            TestBots.Use(new TestBots.Echo())(builder);
            builder.Services.AddSingleton<IMiddleware>(new ShoutingMiddleware());
        });

        using var response = await TestActivities.PostAsync(host.Client, TestActivities.ExpectReplies("hoi"));

        Assert.Equal("echo: HOI", Assert.Single((await TestActivities.ReadRepliesAsync(response)).Activities).Text);
    }

    private sealed class RecordingTranscript : ITranscriptLogger
    {
        public ConcurrentQueue<Activity> Activities { get; } = new();

        public Task LogActivityAsync(Activity activity, CancellationToken cancellationToken)
        {
            Activities.Enqueue(activity);
            return Task.CompletedTask;
        }
    }

    private sealed class BrokenTranscript : ITranscriptLogger
    {
        public Task LogActivityAsync(Activity activity, CancellationToken cancellationToken) => throw new IOException("disk full");
    }

    private sealed class ShoutingMiddleware : IMiddleware
    {
        public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
        {
            turnContext.Activity.Text = turnContext.Activity.Text?.ToUpperInvariant();
            return next(cancellationToken);
        }
    }
}
