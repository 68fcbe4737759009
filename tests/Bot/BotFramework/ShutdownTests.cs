using System.Net;
using Bouwmarkt.Bot.BotFramework.Turns;
using Bouwmarkt.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Bouwmarkt.Bot.Tests.Bot.BotFramework;

/// <summary>Stopping the host lets running turns finish: their replies go out and the channel gets its 200.</summary>
public sealed class ShutdownTests
{
    [Fact]
    public async Task Stop_DuringAnHttpTurn_TheTurnFinishesAndItsReplyIsSent()
    {
        var bot = new TestBots.Slow(TimeSpan.FromMilliseconds(800));
        await using var connector = await ConnectorPeer.StartAsync();
        await using var host = await TestHost.StartAsync(configure: TestBots.Use(bot));
        var post = TestActivities.PostAsync(host.Client, TestActivities.Message("hoi", connector.ServiceUrl));
        await bot.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));

        await host.StopAsync();

        using var response = await post;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(connector.Calls, c => c.Activity?.Text == "done");
    }

    [Fact]
    public async Task Stop_DuringABackgroundTurn_WaitsForIt()
    {
        var bot = new TestBots.Slow(TimeSpan.FromMilliseconds(800));
        await using var host = await TestHost.StartAsync(configure: TestBots.Use(bot));
        var runner = host.Services.GetRequiredService<TurnRunner>();
        var sink = new BufferedReplySink();
        var turn = runner.RunAsync(TestActivities.ExpectReplies("hoi"), sink, CancellationToken.None);
        await bot.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));

        await host.StopAsync();

        Assert.True(turn.IsCompletedSuccessfully);
        Assert.Equal("done", Assert.Single(sink.Activities).Text);
    }
}
