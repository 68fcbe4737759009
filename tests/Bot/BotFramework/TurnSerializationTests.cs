using System.Net;
using Bouwmarkt.Bot.BotFramework.Turns;
using Bouwmarkt.Bot.Protocol.Turns;
using Bouwmarkt.Bot.Tests.Support;

namespace Bouwmarkt.Bot.Tests.Bot.BotFramework;

/// <summary>Turns of one conversation never overlap; turns of different conversations do.</summary>
public sealed class TurnSerializationTests
{
    [Fact]
    public async Task ConcurrentTurns_OfOneConversation_NeverOverlap()
    {
        var bot = new OverlapBot();
        await using var host = await TestHost.StartAsync(configure: TestBots.Use(bot));

        var posts = Enumerable.Range(0, 20).Select(async i =>
        {
            using var response = await TestActivities.PostAsync(host.Client, TestActivities.ExpectReplies($"m{i}", "same-conv"));
            return response.StatusCode;
        });
        var statuses = await Task.WhenAll(posts);

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(20, bot.Turns);
        Assert.Equal(1, bot.MaxOverlap);
    }

    [Fact]
    public async Task ConcurrentTurns_OfDifferentConversations_RunInParallel()
    {
        var bot = new OverlapBot();
        await using var host = await TestHost.StartAsync(configure: TestBots.Use(bot));

        await Task.WhenAll(Enumerable.Range(0, 4).Select(async i =>
        {
            using var response = await TestActivities.PostAsync(host.Client, TestActivities.ExpectReplies("m", $"conv-{i}"));
        }));

        Assert.True(bot.MaxOverlap > 1, $"max overlap was {bot.MaxOverlap}");
    }

    [Fact]
    public async Task TooManyWaitingTurns_OfOneConversation_429WithProblemDetails()
    {
        var bot = new TestBots.Slow(TimeSpan.FromMilliseconds(500));
        var settings = new Dictionary<string, string?> { ["BotFramework:MaxQueuedTurnsPerConversation"] = "0" };
        await using var host = await TestHost.StartAsync(settings, TestBots.Use(bot));
        var first = TestActivities.PostAsync(host.Client, TestActivities.ExpectReplies("een", "busy"));
        await bot.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));

        using var second = await TestActivities.PostAsync(host.Client, TestActivities.ExpectReplies("twee", "busy"));

        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        using var firstResponse = await first;
        Assert.Equal(HttpStatusCode.OK, firstResponse.StatusCode);
    }

    [Fact]
    public async Task IdleConversations_LeaveNoLocksBehind()
    {
        await using var host = await TestHost.StartAsync(configure: TestBots.Use(new TestBots.Echo()));

        await Task.WhenAll(Enumerable.Range(0, 10).Select(async i =>
        {
            using var response = await TestActivities.PostAsync(host.Client, TestActivities.ExpectReplies("m", $"conv-{i}"));
        }));

        var runner = (TurnRunner)host.Services.GetService(typeof(TurnRunner))!;
        Assert.Equal(0, runner.ActiveConversations);
    }

    /// <summary>Records how many of its turns run at the same time.</summary>
    private sealed class OverlapBot : IBot
    {
        private int _running;
        private int _maxOverlap;
        private int _turns;

        public int MaxOverlap => Volatile.Read(ref _maxOverlap);

        public int Turns => Volatile.Read(ref _turns);

        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            var now = Interlocked.Increment(ref _running);
            InterlockedMax(ref _maxOverlap, now);
            await Task.Delay(30, cancellationToken);
            Interlocked.Decrement(ref _running);
            Interlocked.Increment(ref _turns);
        }

        private static void InterlockedMax(ref int target, int value)
        {
            int seen;
            while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
            {
            }
        }
    }
}
