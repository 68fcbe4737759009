using Bouwmarkt.Bot.Channels.DirectLine;
using Bouwmarkt.Bot.Protocol.Schema;

namespace Bouwmarkt.Bot.Tests.Bot.Channels.DirectLine;

public sealed class DirectLineStreamHubTests
{
    [Fact]
    public async Task Publish_SocketTooFarBehind_LetsItGoInsteadOfWaiting()
    {
        var hub = new DirectLineStreamHub();
        using var subscription = hub.Subscribe("gesprek");

        for (var seq = 0; seq <= StreamSubscription.MaxPendingFrames; seq++)
        {
            hub.Publish("gesprek", Activity.CreateMessage($"bericht {seq}"), seq);
        }

        var delivered = 0;
        await foreach (var frame in subscription.Frames.ReadAllAsync())
        {
            delivered++;
        }

        Assert.True(subscription.Overflowed);
        Assert.Equal(StreamSubscription.MaxPendingFrames, delivered);
    }

    [Fact]
    public void Subscribe_SecondSocket_ReplacesTheFirstAndOnlyItGetsNewActivities()
    {
        var hub = new DirectLineStreamHub();
        using var first = hub.Subscribe("gesprek");
        using var second = hub.Subscribe("gesprek");

        hub.Publish("gesprek", Activity.CreateMessage("nieuw"), 0);

        Assert.True(first.Replaced);
        Assert.False(first.Frames.TryRead(out _));
        Assert.True(second.Frames.TryRead(out var frame));
        Assert.Equal("nieuw", frame.Activity.Text);
    }

    [Fact]
    public void Publish_OtherConversation_IsNotDelivered()
    {
        var hub = new DirectLineStreamHub();
        using var subscription = hub.Subscribe("gesprek-a");

        hub.Publish("gesprek-b", Activity.CreateMessage("niet voor jou"), 0);

        Assert.False(subscription.Frames.TryRead(out _));
    }
}
