using System.Text.Json;
using Bouwmarkt.Bot.Knowledge.Recognition.Crisis;
using Bouwmarkt.Bot.Knowledge.Recognition.Local;
using Bouwmarkt.Bot.Protocol.Schema;
using Bouwmarkt.Bot.Tests.Knowledge.Recognition.Learned;
using Bouwmarkt.Bot.Tests.Support;
using static Bouwmarkt.Bot.Tests.Support.DialogIntakeHarness;

namespace Bouwmarkt.Bot.Tests.Dialogs.Intake;

public sealed class IntakeFollowUpTests
{
    [Fact]
    public async Task VagueAnswer_AsksAFocusedQuestionInsteadOfGuessing()
    {
        var h = new DialogIntakeHarness();
        await h.SayAsync("hallo");

        var asked = (await h.SayAsync("het gaat gewoon niet goed")).Last();

        Assert.Equal(T("intake.vague"), asked.Text);
        Assert.NotNull(asked.SuggestedActions);
        Assert.Contains(asked.SuggestedActions!.Actions, a => a.Title == "Wonen");
    }

    [Fact]
    public async Task VagueAnswer_PickedTopic_IsConfirmed()
    {
        var h = new DialogIntakeHarness();
        await h.SayAsync("hallo");
        await h.SayAsync("het gaat gewoon niet goed");

        var asked = await h.AskedAfterAsync("wonen");

        Assert.Equal(T("intake.confirm_needs", ("needs", "wonen")), asked);
    }

    [Fact]
    public async Task ConfirmNeeds_AddOne_AddsTheNeedBeforeAskingForWhom()
    {
        var h = new DialogIntakeHarness();
        await h.SayAsync("hallo");
        await h.SayAsync("ik voel me eenzaam");

        Assert.Equal(T("intake.add_need"), (await h.AskedAfterAsync("Er is nog iets"))!.Split('\n')[0]);
        Assert.Equal(T("intake.for_whom"), await h.AskedAfterAsync("Wonen"));
        await h.SayAsync("voor mezelf");
        Assert.Equal(T("intake.ask_house"), await h.AskedAfterAsync("sla over"));
        await h.SayAsync("nee");

        var request = Assert.Single(((DialogFixedMatcher)h.Matcher).Requests);
        Assert.Equal(["eenzaamheid", "wonen"], request.Needs);
    }

    [Fact]
    public async Task ConfirmNeeds_TellAgain_AsksTheOpenQuestionAgain()
    {
        var h = new DialogIntakeHarness();
        await h.SayAsync("hallo");
        await h.SayAsync("ik voel me eenzaam");

        Assert.Equal(T("intake.tell_again"), await h.AskedAfterAsync("Nee, ik vertel het opnieuw"));
        Assert.Equal(T("intake.confirm_needs", ("needs", "geld en schulden")), await h.AskedAfterAsync("ik heb schulden"));
    }

    [Fact]
    public async Task FirstMessageWithANeed_SkipsTheOpenQuestion()
    {
        var h = new DialogIntakeHarness();

        var replies = await h.SayAsync("Ik heb schulden");

        Assert.Contains("computerprogramma", replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(T("intake.confirm_needs", ("needs", "geld en schulden")), replies[^1].Text);
    }

    [Theory]
    [InlineData("1234 AB", "1234 AB")]
    [InlineData("1234ab", "1234 AB")]
    [InlineData("1234", "1234")]
    [InlineData("weet ik niet", null)]
    public async Task Postcode_Variants_ReachTheMatcher(string typed, string? expected)
    {
        var matcher = new DialogFixedMatcher();
        var h = new DialogIntakeHarness(matcher: matcher);
        await h.ReachAreaQuestionAsync("ik voel me eenzaam");

        await h.SayAsync(typed);

        Assert.Equal(expected, Assert.Single(matcher.Requests).Answers.Postcode);
    }

    [Fact]
    public async Task Postcode_Wrong_GetsTheRetryText()
    {
        var h = new DialogIntakeHarness();
        await h.ReachAreaQuestionAsync("ik voel me eenzaam");

        var asked = await h.AskedAfterAsync("ergens in het midden van het land denk ik");

        Assert.Equal(T("intake.retry_postcode"), asked);
    }

    [Theory]
    [InlineData("Utrecht", "Utrecht")]
    [InlineData("den haag", "Den Haag")]
    [InlineData("'s-Hertogenbosch", "'s-Hertogenbosch")]
    public async Task Area_PlaceNameInsteadOfPostcode_ReachesTheMatcherAsGemeente(string typed, string expected)
    {
        var matcher = new DialogFixedMatcher();
        var h = new DialogIntakeHarness(matcher: matcher);
        await h.ReachAreaQuestionAsync("ik voel me eenzaam");

        await h.SayAsync(typed);

        var answers = Assert.Single(matcher.Requests).Answers;
        Assert.Equal(expected, answers.Gemeente);
        Assert.Null(answers.Postcode);
    }

    [Fact]
    public async Task UrgencyAnswerNo_IsNotUrgent()
    {
        var matcher = new DialogFixedMatcher();
        var h = new DialogIntakeHarness(matcher: matcher);
        await h.ReachAreaQuestionAsync("ik heb schulden");
        await h.SayAsync("1234");

        await h.SayAsync("nee hoor");

        Assert.False(Assert.Single(matcher.Requests).Answers.Urgent);
    }

    [Fact]
    public async Task NeedWithoutRouteQuestion_GoesStraightToResults()
    {
        var h = new DialogIntakeHarness();
        await h.ReachAreaQuestionAsync("ik voel me eenzaam");

        var asked = await h.AskedAfterAsync("1234");

        Assert.Equal(T("intake.ask_handoff"), asked);
    }

    [Fact]
    public async Task ForWhom_OnTeams_ShowsAHeroCardBecauseTeamsShowsAtMostThreeSuggestedActions()
    {
        var h = new DialogIntakeHarness(channelId: ChannelIds.MsTeams);
        await h.SayAsync("hallo");
        await h.SayAsync("ik voel me eenzaam");

        var asked = (await h.SayAsync("ja")).Last();

        Assert.Null(asked.SuggestedActions);
        var card = Assert.Single(asked.Attachments!).Content!.Value.Deserialize(ProtocolJsonContext.Default.HeroCard)!;
        Assert.Equal(T("intake.for_whom"), card.Text);
        Assert.Equal(T("intake.for_me"), card.Buttons![0].ValueString);
        Assert.All(card.Buttons, b => Assert.Equal(ActionTypes.ImBack, b.Type));
    }

    [Fact]
    public async Task ConfirmNeeds_SeveralRecognized_ResidentCanKeepTheOneThatFits()
    {
        var matcher = new DialogFixedMatcher();
        var h = new DialogIntakeHarness(matcher: matcher);
        await h.SayAsync("hallo");
        await h.SayAsync("ik ben eenzaam en vaak ziek");
        Assert.Equal(T("intake.pick_need"), await h.AskedAfterAsync("Eén ervan klopt"));

        Assert.Equal(T("intake.for_whom"), await h.AskedAfterAsync("Gezondheid"));
        await h.SayAsync("voor mezelf");
        await h.SayAsync("1234");
        await h.SayAsync("nee");

        Assert.Equal(["gezondheid"], Assert.Single(matcher.Requests).Needs);
    }

    [Fact]
    public async Task ConfirmNeeds_OneRecognized_OffersNoPickChoice()
    {
        var h = new DialogIntakeHarness();
        await h.SayAsync("hallo");

        var asked = (await h.SayAsync("ik ben eenzaam")).Last();

        Assert.DoesNotContain(asked.SuggestedActions!.Actions, a => a.Title == T("intake.confirm_pick"));
    }

    [Fact]
    public async Task HealthNeed_AsksWhetherHelpIsNeededToday()
    {
        var h = new DialogIntakeHarness();
        await h.ReachAreaQuestionAsync("ik ben vaak ziek");

        Assert.Equal(T("intake.ask_health_now"), await h.AskedAfterAsync("1234"));
    }

    [Fact]
    public async Task SafetyNeed_AsksWhetherSomeoneIsInDangerNow()
    {
        var h = new DialogIntakeHarness();
        await h.ReachAreaQuestionAsync("ik word bedreigd door mijn buurman");

        Assert.Equal(T("intake.ask_danger_now"), await h.AskedAfterAsync("1234"));
    }

    [Fact]
    public async Task PossibleCrisis_AsksWhetherSomeoneIsInDangerNow()
    {
        // A money question the learned model finds possibly urgent ('brr', about 18 %): it asks about danger, not the deadline.
        using var local = new LocalRecognizer(Taxonomy, new CrisisDetector(), null, LearnedModelTests.Handmade());
        var h = new DialogIntakeHarness(recognizer: local);
        await h.ReachAreaQuestionAsync("ik heb een flurp, brr");

        Assert.Equal(T("intake.ask_danger_now"), await h.AskedAfterAsync("1234"));
    }

    [Fact]
    public async Task PossibleCrisisInAVagueMessage_AsksWhetherSomeoneIsInDangerOnceANeedIsPicked()
    {
        using var local = new LocalRecognizer(Taxonomy, new CrisisDetector(), null, LearnedModelTests.Handmade());
        var h = new DialogIntakeHarness(recognizer: local);
        await h.SayAsync("hallo");
        await h.SayAsync("brr, ik weet het niet");
        await h.SayAsync("geld");
        await h.SayAsync("ja");
        await h.SayAsync("voor mezelf");

        Assert.Equal(T("intake.ask_danger_now"), await h.AskedAfterAsync("1234"));
    }

    [Fact]
    public async Task NoPossibleCrisis_AsksTheNeedsOwnQuestion()
    {
        using var local = new LocalRecognizer(Taxonomy, new CrisisDetector(), null, LearnedModelTests.Handmade());
        var h = new DialogIntakeHarness(recognizer: local);
        await h.ReachAreaQuestionAsync("ik heb een flurp");

        Assert.Equal(T("intake.ask_deadline"), await h.AskedAfterAsync("1234"));
    }

    [Fact]
    public async Task SafetyNeed_DangerNow_GivesTheLinesToCallBeforeTheOffers()
    {
        var h = new DialogIntakeHarness();
        await h.ReachAreaQuestionAsync("ik word bedreigd door mijn buurman");
        await h.SayAsync("1234");

        var replies = await h.SayAsync("ja");

        Assert.Equal(T("crisis.danger") + "\n\n" + T("crisis.violence"), replies[0].Text);
    }

    [Fact]
    public async Task SafetyNeed_NoDangerNow_GoesStraightToTheOffers()
    {
        var h = new DialogIntakeHarness();
        await h.ReachAreaQuestionAsync("ik word bedreigd door mijn buurman");
        await h.SayAsync("1234");

        var replies = await h.SayAsync("nee");

        Assert.DoesNotContain(replies, r => r.Text == T("crisis.danger") + "\n\n" + T("crisis.violence"));
    }

    [Fact]
    public async Task Area_ThreeTimesNotUnderstood_OffersTheWayOutAndStillShowsOffers()
    {
        var matcher = new DialogFixedMatcher();
        var h = new DialogIntakeHarness(matcher: matcher);
        await h.ReachAreaQuestionAsync("ik voel me eenzaam");
        await h.SayAsync("12");
        await h.SayAsync("?!");

        var replies = await h.SayAsync("99999");

        Assert.Equal(T("prompt.way_out"), replies[0].Text);
        Assert.Equal(T("intake.ask_handoff"), replies[^1].Text);
        Assert.Null(Assert.Single(matcher.Requests).Answers.Postcode);
    }
}
