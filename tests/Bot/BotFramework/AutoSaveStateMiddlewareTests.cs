using Bouwmarkt.Bot.BotFramework;
using Bouwmarkt.Bot.BotFramework.Middleware;
using Bouwmarkt.Bot.BotFramework.Turns;
using Bouwmarkt.Bot.Protocol.State;
using Bouwmarkt.Bot.Protocol.Turns;
using Bouwmarkt.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bouwmarkt.Bot.Tests.Bot.BotFramework;

/// <summary>The save at the end of a turn, when another host wrote the same conversation meanwhile (unit level).</summary>
public sealed class AutoSaveStateMiddlewareTests
{
    [Fact]
    public async Task Conflict_BeforeAnythingWasSent_TurnRunsAgainOnFreshState_NoUpdateLost()
    {
        var storage = new MemoryStorage();
        var state = new ConversationState(storage);
        var bot = new InterferingCounter(state, storage, interfereTimes: 1, reply: false);
        var pipeline = new TurnPipeline([CreateMiddleware(storage, state)], bot);
        var activity = TestActivities.ExpectReplies("tel", "conflict");

        await pipeline.RunAsync(activity, new BufferedReplySink(), CancellationToken.None);

        Assert.Equal(2, bot.Runs);
        Assert.Equal("{\"count\":2}", (await storage.ReadAsync([bot.Key], CancellationToken.None))[bot.Key].Json);
    }

    [Fact]
    public async Task Conflict_AfterAReplyWasSent_IsRaised_NotSilentlyLost()
    {
        var storage = new MemoryStorage();
        var state = new ConversationState(storage);
        var bot = new InterferingCounter(state, storage, interfereTimes: 1, reply: true);
        var pipeline = new TurnPipeline([CreateMiddleware(storage, state)], bot);

        await Assert.ThrowsAsync<StorageConflictException>(() =>
            pipeline.RunAsync(TestActivities.ExpectReplies("tel", "conflict"), new BufferedReplySink(), CancellationToken.None));

        Assert.Equal(1, bot.Runs);
    }

    [Fact]
    public async Task Conflict_EveryTime_GivesUpAfterTheConfiguredRetries()
    {
        var storage = new MemoryStorage();
        var state = new ConversationState(storage);
        var bot = new InterferingCounter(state, storage, interfereTimes: int.MaxValue, reply: false);
        var pipeline = new TurnPipeline([CreateMiddleware(storage, state, retries: 2)], bot);

        await Assert.ThrowsAsync<StorageConflictException>(() =>
            pipeline.RunAsync(TestActivities.ExpectReplies("tel", "conflict"), new BufferedReplySink(), CancellationToken.None));

        Assert.Equal(3, bot.Runs);
    }

    private static AutoSaveStateMiddleware CreateMiddleware(IStorage storage, ConversationState state, int retries = 3)
    {
        var services = new ServiceCollection().AddSingleton(storage).AddSingleton(state).BuildServiceProvider();
        return new AutoSaveStateMiddleware(services, Options.Create(new BotFrameworkOptions { StateSaveRetries = retries }),
            NullLogger<AutoSaveStateMiddleware>.Instance);
    }

    /// <summary>Counts in state; while reading, "another host" writes the same key first.</summary>
    private sealed class InterferingCounter(ConversationState state, IStorage storage, int interfereTimes, bool reply) : IBot
    {
        private readonly IStatePropertyAccessor<int> _count = state.CreateProperty("count", BotFrameworkTestJsonContext.Default.Int32);

        public int Runs { get; private set; }

        public string Key { get; private set; } = "";

        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            Runs++;
            Key = ConversationState.KeyFor(turnContext.Activity.ChannelId!, turnContext.Activity.Conversation!.Id!);
            var count = await _count.GetAsync(turnContext, () => 0, cancellationToken);
            if (Runs <= interfereTimes)
            {
                var current = await storage.ReadAsync([Key], cancellationToken);
                var other = current.TryGetValue(Key, out var item) ? int.Parse(item.Json.Split(':')[1].TrimEnd('}'), System.Globalization.CultureInfo.InvariantCulture) : 0;
                await storage.WriteAsync(new Dictionary<string, StoreItem> { [Key] = new($"{{\"count\":{other + 1}}}", StoreItem.AnyETag) }, cancellationToken);
            }

            await _count.SetAsync(turnContext, count + 1, cancellationToken);
            if (reply)
            {
                await turnContext.SendActivityAsync("count", cancellationToken);
            }
        }
    }
}
