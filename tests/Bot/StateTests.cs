using System.Text.Json.Serialization;
using Bouwmarkt.Bot.Protocol.Schema;
using Bouwmarkt.Bot.Protocol.State;
using Bouwmarkt.Bot.Protocol.Turns;
using Bouwmarkt.Bot.Tests.Support;

namespace Bouwmarkt.Bot.Tests.Bot;

public sealed class StateTests
{
    [Fact]
    public async Task SaveChanges_TwoTurnsReadTheSameVersion_SecondSaveConflicts()
    {
        var storage = new MemoryStorage();
        var state = new ConversationState(storage);
        var counter = state.CreateProperty("count", StateTestsJson.Default.Int32);
        var first = Turn();
        var second = Turn();
        await counter.GetAsync(first, () => 0);
        await counter.GetAsync(second, () => 0);

        await counter.SetAsync(first, 1);
        await state.SaveChangesAsync(first);
        await counter.SetAsync(second, 1);

        await Assert.ThrowsAsync<StorageConflictException>(() => state.SaveChangesAsync(second));
    }

    private static TurnContext Turn() => new(
        new Activity { Type = ActivityTypes.Message, ChannelId = "test", Conversation = new("c1"), From = new("u1") },
        new NullSink());

    private sealed class NullSink : IReplySink
    {
        public Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken) =>
            Task.FromResult(activities.Select(_ => new ResourceResponse(null)).ToArray());

        public Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task DeleteActivityAsync(ITurnContext turnContext, string activityId, CancellationToken cancellationToken) =>
            throw new NotSupportedException();
    }
}

[JsonSerializable(typeof(int))]
internal sealed partial class StateTestsJson : JsonSerializerContext;
