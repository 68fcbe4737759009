using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Bouwmarkt.Bot.Protocol.Schema;
using Bouwmarkt.Bot.Protocol.Turns;
using Bouwmarkt.Bot.Tests.Bot.BotFramework;
using Bouwmarkt.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static Bouwmarkt.Bot.Tests.Support.DialogIntakeHarness;

namespace Bouwmarkt.Bot.Tests.Bot.Channels.Teams;

/// <summary>The real intake as Teams reaches it: through <c>/api/messages</c> with channelId msteams.</summary>
public sealed class TeamsChannelTests
{
    private static async Task<IReadOnlyList<Activity>> SendAsync(TestHost host, Activity activity)
    {
        using var response = await TestActivities.PostAsync(host.Client, activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. (await TestActivities.ReadRepliesAsync(response)).Activities];
    }

    private static HeroCard Card(Activity activity)
    {
        var attachment = Assert.Single(activity.Attachments!);
        Assert.Equal(HeroCard.ContentType, attachment.ContentType);
        return attachment.Content!.Value.Deserialize(ProtocolJsonContext.Default.HeroCard)!;
    }

    [Fact]
    public async Task GroupChat_ChoicesArriveAsHeroCardImBackButtons()
    {
        await using var host = await TestHost.StartAsync();

        var replies = await SendAsync(host, TeamsActivities.Message("ik heb schulden", "groupChat", "19:groep@thread.v2", mentionBot: true));

        var question = replies[^1];
        Assert.Null(question.SuggestedActions);
        var card = Card(question);
        Assert.StartsWith(T("intake.confirm_needs", ("needs", ""))[..20], card.Text, StringComparison.Ordinal);
        Assert.Equal([T("intake.confirm_yes"), T("intake.confirm_add"), T("intake.confirm_again")], card.Buttons!.Select(b => b.ValueString));
        Assert.All(card.Buttons!, b => Assert.Equal(ActionTypes.ImBack, b.Type));
    }

    [Fact]
    public async Task GroupChat_TappingACardButton_ContinuesTheDialog()
    {
        await using var host = await TestHost.StartAsync();
        var first = await SendAsync(host, TeamsActivities.Message("ik heb schulden", "groupChat", "19:tik@thread.v2", mentionBot: true));
        var yes = Card(first[^1]).Buttons![0];

        // An imBack click in a group chat arrives as a message that mentions the bot.
        var replies = await SendAsync(host, TeamsActivities.Message(yes.ValueString!, "groupChat", "19:tik@thread.v2", mentionBot: true));

        var forWhom = Card(replies[^1]);
        Assert.Equal(T("intake.for_whom"), forWhom.Text);
        Assert.Equal(5, forWhom.Buttons!.Count);
    }

    [Fact]
    public async Task PersonalChat_ThreeChoices_ArriveAsSuggestedActions()
    {
        await using var host = await TestHost.StartAsync();

        var replies = await SendAsync(host, TeamsActivities.Message("ik heb schulden", "personal", "a:1persoonlijk"));

        var question = replies[^1];
        Assert.Null(question.Attachments);
        Assert.Equal(3, question.SuggestedActions!.Actions.Count);
        Assert.All(question.SuggestedActions.Actions, a => Assert.Equal(ActionTypes.ImBack, a.Type));
    }

    [Fact]
    public async Task PersonalChat_FiveChoices_ArriveAsAHeroCard()
    {
        await using var host = await TestHost.StartAsync();
        await SendAsync(host, TeamsActivities.Message("ik heb schulden", "personal", "a:1vijf"));

        var replies = await SendAsync(host, TeamsActivities.Message(T("intake.confirm_yes"), "personal", "a:1vijf"));

        Assert.Null(replies[^1].SuggestedActions);
        Assert.Equal(5, Card(replies[^1]).Buttons!.Count);
    }

    [Fact]
    public async Task Mention_IsStrippedBeforeTheDialogsSeeIt()
    {
        var seen = new ConcurrentQueue<string?>();
        await using var host = await TestHost.StartAsync(configure: b => b.Services.AddSingleton<IMiddleware>(new Recording(seen)));

        await SendAsync(host, TeamsActivities.Message("ik heb schulden", "channel", "19:kanaal@thread.skype;messageid=1", mentionBot: true));

        Assert.Equal(["ik heb schulden"], seen);
    }

    private sealed class Recording(ConcurrentQueue<string?> seen) : IMiddleware
    {
        public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
        {
            seen.Enqueue(turnContext.Activity.Text);
            return next(cancellationToken);
        }
    }
}
