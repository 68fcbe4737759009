using Bouwmarkt.Bot.Conversation;
using Bouwmarkt.Bot.Dialogs.Testing;
using Bouwmarkt.Bot.Protocol.Schema;
using Bouwmarkt.Bot.Protocol.State;
using Bouwmarkt.Bot.Protocol.Turns;
using Bouwmarkt.Bot.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using static Bouwmarkt.Bot.Tests.Support.DialogIntakeHarness;

namespace Bouwmarkt.Bot.Tests.Bot.Conversation;

public sealed class IntakeBotTests
{
    private static (IntakeBot Bot, DialogIntakeHarness Harness) Create()
    {
        var h = new DialogIntakeHarness();
        return (new IntakeBot(h.Dialog, h.ConversationState, h.UserState, NullLogger<IntakeBot>.Instance), h);
    }

    private static Activity Incoming(string type, string? text = null, params string[] membersAdded)
    {
        return new Activity
        {
            Type = type,
            Text = text,
            Id = Guid.NewGuid().ToString("N"),
            ChannelId = ChannelIds.WebChat,
            Conversation = new ConversationAccount("conv-1"),
            From = new ChannelAccount("user-1"),
            Recipient = new ChannelAccount("bot-1"),
            MembersAdded = membersAdded.Length == 0 ? null : [.. membersAdded.Select(m => new ChannelAccount(m))],
        };
    }

    private static async Task<List<Activity>> RunAsync(IBot bot, Activity activity, params BotState[] hostSaves)
    {
        var sink = new CapturingReplySink();
        var context = new TurnContext(activity, sink);
        await bot.OnTurnAsync(context, CancellationToken.None);
        // The host saves state after every turn as well; that must not undo 'vergeet mij'.
        foreach (var state in hostSaves)
        {
            await state.SaveChangesAsync(context, false, CancellationToken.None);
        }

        var replies = new List<Activity>();
        while (sink.Next() is { } a)
        {
            replies.Add(a);
        }

        return replies;
    }

    [Fact]
    public async Task ConversationUpdate_UserJoined_WelcomesAndAsksTheOpenQuestion()
    {
        var (bot, _) = Create();

        var replies = await RunAsync(bot, Incoming(ActivityTypes.ConversationUpdate, null, "bot-1", "user-1"));

        Assert.Contains("computerprogramma", replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(T("intake.ask_need"), replies[^1].Text);
    }

    [Fact]
    public async Task ConversationUpdate_OnlyTheBotJoined_SaysNothing()
    {
        var (bot, _) = Create();

        var replies = await RunAsync(bot, Incoming(ActivityTypes.ConversationUpdate, null, "bot-1"));

        Assert.Empty(replies);
    }

    [Fact]
    public async Task Message_AfterTheWelcome_DoesNotWelcomeAgain()
    {
        var (bot, _) = Create();
        await RunAsync(bot, Incoming(ActivityTypes.ConversationUpdate, null, "user-1"));

        var replies = await RunAsync(bot, Incoming(ActivityTypes.Message, "ik heb schulden"));

        Assert.Equal(T("intake.confirm_needs", ("needs", "geld en schulden")), Assert.Single(replies).Text);
    }

    [Fact]
    public async Task ForgetMe_WithTheHostSavingAfterwards_LeavesNothingStored()
    {
        var (bot, h) = Create();
        await RunAsync(bot, Incoming(ActivityTypes.Message, "hallo"), h.ConversationState, h.UserState);
        await RunAsync(bot, Incoming(ActivityTypes.Message, "ik heb schulden"), h.ConversationState, h.UserState);

        await RunAsync(bot, Incoming(ActivityTypes.Message, "vergeet mij"), h.ConversationState, h.UserState);

        var stored = await h.Storage.ReadAsync(
            [ConversationState.KeyFor(ChannelIds.WebChat, "conv-1"), UserState.KeyFor(ChannelIds.WebChat, "user-1")], CancellationToken.None);
        Assert.Empty(stored);
    }

    [Fact]
    public async Task OtherActivityTypes_AreIgnored()
    {
        var (bot, _) = Create();

        var replies = await RunAsync(bot, Incoming(ActivityTypes.Typing));

        Assert.Empty(replies);
    }

    [Fact]
    public async Task StoredStackWithAnUnknownDialog_IsResetInsteadOfFailingEveryTurn()
    {
        var (bot, h) = Create();
        var key = ConversationState.KeyFor(ChannelIds.WebChat, "conv-1");
        await h.Storage.WriteAsync(new Dictionary<string, StoreItem>
        {
            [key] = new("""{"DialogState":{"dialogStack":[{"id":"intake","state":{"dialogs":{"dialogStack":[{"id":"removed.dialog","state":{}}]}}}]}}""", StoreItem.AnyETag),
        }, CancellationToken.None);

        var replies = await RunAsync(bot, Incoming(ActivityTypes.Message, "ja"), h.ConversationState, h.UserState);
        var next = await RunAsync(bot, Incoming(ActivityTypes.Message, "ik heb schulden"), h.ConversationState, h.UserState);

        Assert.Equal(T("interrupt.error"), Assert.Single(replies).Text);
        Assert.Equal(T("intake.confirm_needs", ("needs", "geld en schulden")), next[^1].Text);
    }
}
