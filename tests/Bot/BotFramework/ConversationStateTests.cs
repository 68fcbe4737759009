using System.Net;
using Bouwmarkt.Bot.Protocol.State;
using Bouwmarkt.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Bouwmarkt.Bot.Tests.Bot.BotFramework;

/// <summary>Conversation state through /api/messages, kept in the real LiteDB file of the host.</summary>
public sealed class ConversationStateTests
{
    [Fact]
    public async Task TwentyRacingTurns_OfOneConversation_EndAtTwenty()
    {
        await using var host = await TestHost.StartAsync(configure: CounterBot(TimeSpan.FromMilliseconds(5)));

        var statuses = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            using var response = await TestActivities.PostAsync(host.Client, TestActivities.ExpectReplies("tel", "race"));
            return response.StatusCode;
        }));

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        using var last = await TestActivities.PostAsync(host.Client, TestActivities.ExpectReplies("tel", "race"));
        Assert.Equal("count 21", Assert.Single((await TestActivities.ReadRepliesAsync(last)).Activities).Text);
    }

    [Fact]
    public async Task RacingTurns_AllRepliesAreDistinctCounts()
    {
        await using var host = await TestHost.StartAsync(configure: CounterBot(TimeSpan.Zero));

        var texts = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            using var response = await TestActivities.PostAsync(host.Client, TestActivities.ExpectReplies("tel", "race-2"));
            return Assert.Single((await TestActivities.ReadRepliesAsync(response)).Activities).Text;
        }));

        Assert.Equal(Enumerable.Range(1, 20).Select(i => $"count {i}").Order(), texts.Order());
    }

    [Fact]
    public async Task Restart_OnTheSameDataFolder_TheConversationResumes()
    {
        // This test owns the folder, so neither host deletes it when it is disposed.
        var dataDirectory = Directory.CreateTempSubdirectory("bouwmarkt-restart-").FullName;
        try
        {
            await using (var first = await TestHost.StartAsync(configure: CounterBot(TimeSpan.Zero), dataDirectory: dataDirectory))
            {
                for (var i = 0; i < 3; i++)
                {
                    using var response = await TestActivities.PostAsync(first.Client, TestActivities.ExpectReplies("tel", "resume"));
                    Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                }

                await first.StopAsync();
            }

            await using var second = await TestHost.StartAsync(configure: CounterBot(TimeSpan.Zero), dataDirectory: dataDirectory);
            using var next = await TestActivities.PostAsync(second.Client, TestActivities.ExpectReplies("tel", "resume"));

            Assert.Equal("count 4", Assert.Single((await TestActivities.ReadRepliesAsync(next)).Activities).Text);
        }
        finally
        {
            try
            {
                Directory.Delete(dataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // The second host may still be closing its file; the OS cleans temp folders.
            }
        }
    }

    [Fact]
    public async Task FailedTurn_DoesNotSaveItsHalfDoneState()
    {
        await using var host = await TestHost.StartAsync(configure: CounterBot(TimeSpan.Zero));
        using (var ok = await TestActivities.PostAsync(host.Client, TestActivities.ExpectReplies("tel", "half")))
        {
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        // A turn whose bot throws after changing state: the apology is sent and nothing is saved.
        var failing = TestActivities.ExpectReplies("tel", "half");
        failing.Name = "fail-after-set";
        using (var failed = await TestActivities.PostAsync(host.Client, failing))
        {
            Assert.Equal("Sorry, er ging iets mis. Probeer het nog eens.", Assert.Single((await TestActivities.ReadRepliesAsync(failed)).Activities).Text);
        }

        using var after = await TestActivities.PostAsync(host.Client, TestActivities.ExpectReplies("tel", "half"));
        Assert.Equal("count 2", Assert.Single((await TestActivities.ReadRepliesAsync(after)).Activities).Text);
    }

    private static Action<Microsoft.AspNetCore.Builder.WebApplicationBuilder> CounterBot(TimeSpan delay) =>
        TestBots.Use(sp => new TestBots.Counter(sp.GetRequiredService<ConversationState>(), delay));
}
