using Bouwmarkt.Bot.Dialogs.Engine;
using Bouwmarkt.Bot.Dialogs.Testing;
using Bouwmarkt.Bot.Protocol.Schema;
using Bouwmarkt.Bot.Protocol.State;
using Bouwmarkt.Bot.Tests.Support;

namespace Bouwmarkt.Bot.Tests.Dialogs.Testing;

public sealed class DialogTestClientTests
{
    private static WaterfallDialog ThreeReplies() => new("three",
    [
        async (sc, ct) =>
        {
            await sc.Context.SendActivityAsync("een", ct);
            await sc.Context.SendActivityAsync("twee", ct);
            await sc.Context.SendActivityAsync("drie", ct);
            return Dialog.EndOfTurn;
        },
        (sc, ct) => sc.EndDialogAsync(null, ct),
    ]);

    [Fact]
    public async Task SendActivityAsync_ReturnsTheFirstReply_GetNextReplyTheOthersThenNull()
    {
        var client = new DialogTestClient(ChannelIds.Test, ThreeReplies(), new ConversationState(new MemoryStorage()));

        var first = await client.SendActivityAsync("hoi");

        Assert.Equal("een", first!.Text);
        Assert.Equal("twee", client.GetNextReply()!.Text);
        Assert.Equal("drie", client.GetNextReply()!.Text);
        Assert.Null(client.GetNextReply());
    }

    [Fact]
    public async Task Replies_AreAddressedBackToTheUser()
    {
        var client = new DialogTestClient(ChannelIds.Test, ThreeReplies(), new ConversationState(new MemoryStorage())) { UserId = "bewoner" };

        var first = await client.SendActivityAsync("hoi");

        Assert.Equal("bewoner", first!.Recipient!.Id);
        Assert.Equal(client.ConversationId, first.Conversation!.Id);
        Assert.Equal(ChannelIds.Test, first.ChannelId);
    }

    [Fact]
    public async Task DialogTurnResult_ShowsTheStatusOfTheLastTurn()
    {
        var client = new DialogTestClient(ChannelIds.Test, ThreeReplies(), new ConversationState(new MemoryStorage()));

        await client.SendActivityAsync("hoi");
        var waiting = client.DialogTurnResult!.Status;
        await client.SendActivityAsync("en nu?");

        Assert.Equal(DialogTurnStatus.Waiting, waiting);
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult!.Status);
    }
}
