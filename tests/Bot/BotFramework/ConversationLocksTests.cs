using Bouwmarkt.Bot.BotFramework.Turns;

namespace Bouwmarkt.Bot.Tests.Bot.BotFramework;

public sealed class ConversationLocksTests
{
    [Fact]
    public async Task Acquire_SameKey_SecondWaitsUntilFirstReleases()
    {
        var locks = new ConversationLocks(maxWaiting: 10);
        var first = await locks.AcquireAsync("a", CancellationToken.None);

        var second = locks.AcquireAsync("a", CancellationToken.None).AsTask();
        await Task.Delay(50);
        Assert.False(second.IsCompleted);

        first.Dispose();
        (await second).Dispose();
    }

    [Fact]
    public async Task Acquire_OtherKey_DoesNotWait()
    {
        var locks = new ConversationLocks(maxWaiting: 10);
        using var first = await locks.AcquireAsync("a", CancellationToken.None);

        var other = locks.AcquireAsync("b", CancellationToken.None);

        Assert.True(other.IsCompleted);
        (await other).Dispose();
    }

    [Fact]
    public async Task Release_LastHolder_RemovesTheEntry()
    {
        var locks = new ConversationLocks(maxWaiting: 10);
        var held = await locks.AcquireAsync("a", CancellationToken.None);
        Assert.Equal(1, locks.ActiveKeys);

        held.Dispose();

        Assert.Equal(0, locks.ActiveKeys);
    }

    [Fact]
    public async Task Acquire_QueueFull_ThrowsBusy()
    {
        var locks = new ConversationLocks(maxWaiting: 1);
        var running = await locks.AcquireAsync("a", CancellationToken.None);
        var waiting = locks.AcquireAsync("a", CancellationToken.None).AsTask();

        await Assert.ThrowsAsync<ConversationBusyException>(() => locks.AcquireAsync("a", CancellationToken.None).AsTask());
        running.Dispose();
        (await waiting).Dispose();
    }

    [Fact]
    public async Task Acquire_CanceledWhileWaiting_LeavesNoEntryBehind()
    {
        var locks = new ConversationLocks(maxWaiting: 10);
        var held = await locks.AcquireAsync("a", CancellationToken.None);
        using var cts = new CancellationTokenSource();
        var waiting = locks.AcquireAsync("a", cts.Token).AsTask();

        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        held.Dispose();

        Assert.Equal(0, locks.ActiveKeys);
    }
}
