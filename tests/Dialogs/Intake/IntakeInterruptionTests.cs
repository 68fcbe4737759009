using Bouwmarkt.Bot.Dialogs.Engine;
using Bouwmarkt.Bot.Knowledge.Recognition.Crisis;
using Bouwmarkt.Bot.Knowledge.Recognition.Local;
using Bouwmarkt.Bot.Protocol.Schema;
using Bouwmarkt.Bot.Protocol.State;
using Bouwmarkt.Bot.Tests.Knowledge.Recognition.Learned;
using Bouwmarkt.Bot.Tests.Support;
using static Bouwmarkt.Bot.Tests.Support.DialogIntakeHarness;

namespace Bouwmarkt.Bot.Tests.Dialogs.Intake;

/// <summary>Every interruption works at every question of the intake, including the handoff and feedback questions.</summary>
public sealed class IntakeInterruptionTests
{
    // The answers that lead from one question to the next on the 'for myself' path.
    private static readonly string[] Answers = ["ik heb schulden", "ja", "voor mezelf", "1234", "ja", "ja", "06 12345678", "ja", "ja"];

    private static readonly string[] Questions =
    [
        "intake.ask_need", "intake.confirm_needs", "intake.for_whom", "intake.ask_postcode", "intake.ask_deadline",
        "intake.ask_handoff", "handoff.ask_contact", "handoff.confirm", "feedback.ask_helpful", "feedback.ask_text",
    ];

    public static TheoryData<int> Steps()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Questions.Length; i++)
        {
            data.Add(i);
        }

        return data;
    }

    private static string Question(int step) => step == 1 ? T("intake.confirm_needs", ("needs", "geld en schulden")) : T(Questions[step]);

    private static async Task<DialogIntakeHarness> AtStepAsync(int step)
    {
        var h = new DialogIntakeHarness();
        var asked = await h.AskedAfterAsync("hallo");
        for (var i = 0; i < step; i++)
        {
            asked = await h.AskedAfterAsync(Answers[i]);
        }

        Assert.Equal(Question(step), asked);
        return h;
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task Help_AtAnyStep_ExplainsAndAsksTheSameQuestionAgain(int step)
    {
        var h = await AtStepAsync(step);

        var replies = await h.SayAsync("wat kan ik doen?");

        Assert.Equal(T("interrupt.help"), replies[0].Text);
        Assert.Equal(Question(step), replies[^1].Text);
    }

    [Theory]
    [InlineData("help")]
    [InlineData("Hulp")]
    [InlineData("?")]
    [InlineData("Wat kan ik doen")]
    public async Task Help_Variants_AreRecognized(string text)
    {
        var h = await AtStepAsync(2);

        var replies = await h.SayAsync(text);

        Assert.Equal(T("interrupt.help"), replies[0].Text);
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task Back_AtAnyStep_AsksThePreviousQuestion(int step)
    {
        var h = await AtStepAsync(step);

        var replies = await h.SayAsync("terug");

        if (step == 0)
        {
            Assert.Equal(T("interrupt.first_question"), replies[0].Text);
            Assert.Equal(Question(0), replies[^1].Text);
        }
        else if (step == 8)
        {
            // The handoff was sent at the question before; going back does not send it twice.
            Assert.Equal(Question(8), replies[^1].Text);
            Assert.Single(h.Handoff.Sent);
        }
        else
        {
            Assert.Equal(Question(step - 1), replies[^1].Text);
        }
    }

    [Fact]
    public async Task Back_ThenAnswerAgain_ContinuesWithTheNewAnswer()
    {
        var matcher = new DialogFixedMatcher();
        var h = new DialogIntakeHarness(matcher: matcher);
        await h.ReachAreaQuestionAsync("ik heb schulden");
        await h.SayAsync("terug");
        await h.SayAsync("ik zorg voor iemand");
        await h.SayAsync("1234");
        await h.SayAsync("nee");

        Assert.Equal("mantelzorger", Assert.Single(matcher.Requests).Answers.ForWhom);
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task Stop_AtAnyStep_EndsTheConversationAndANewMessageStartsFresh(int step)
    {
        var h = await AtStepAsync(step);

        var replies = await h.SayAsync("ik wil stoppen");
        var status = h.Client.DialogTurnResult!.Status;
        var next = await h.SayAsync("hallo");

        Assert.Equal(T("interrupt.stop"), replies[0].Text);
        Assert.Equal(DialogTurnStatus.Cancelled, status);
        Assert.Equal(T("intake.ask_need"), Assert.Single(next).Text);
    }

    [Theory]
    [InlineData("stop")]
    [InlineData("Stoppen")]
    [InlineData("ik wil stoppen")]
    public async Task Stop_Variants_AreRecognized(string text)
    {
        var h = await AtStepAsync(3);

        var replies = await h.SayAsync(text);

        Assert.Equal(T("interrupt.stop"), replies[0].Text);
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task Restart_AtAnyStep_AsksTheOpenQuestionAndForgetsTheAnswers(int step)
    {
        var h = await AtStepAsync(step);

        var replies = await h.SayAsync("begin opnieuw");

        Assert.Equal(T("interrupt.restart"), replies[0].Text);
        Assert.Equal(T("intake.ask_need"), replies[^1].Text);
        Assert.Equal(T("intake.confirm_needs", ("needs", "eenzaamheid en contact")), await h.AskedAfterAsync("ik ben eenzaam"));
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task Human_AtAnyStep_StartsTheHandoff(int step)
    {
        var h = await AtStepAsync(step);

        var replies = await h.SayAsync("Ik wil een mens spreken");

        Assert.Equal(T("handoff.human"), replies[0].Text);
        Assert.Equal(T("handoff.ask_contact"), replies[^1].Text);
    }

    [Fact]
    public async Task Human_AfterConsentAndReadBack_SendsTheSummary()
    {
        var h = await AtStepAsync(3);
        await h.SayAsync("ik wil een mens spreken");
        await h.SayAsync("06 12345678");

        var replies = await h.SayAsync("ja");

        var sent = Assert.Single(h.Handoff.Sent);
        Assert.Equal(["geld"], sent.Needs);
        Assert.Equal("06 12345678", sent.Contact);
        Assert.Equal(T("handoff.sent"), replies[0].Text);
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task ForgetMe_AtAnyStep_DeletesConversationAndUserStateAndSaysSo(int step)
    {
        var h = await AtStepAsync(step);

        var replies = await h.SayAsync("vergeet mij");

        Assert.Equal(T("interrupt.forgotten"), Assert.Single(replies).Text);
        var stored = await h.Storage.ReadAsync(
            [ConversationState.KeyFor(ChannelIds.Test, h.Client.ConversationId), UserState.KeyFor(ChannelIds.Test, h.Client.UserId)],
            CancellationToken.None);
        Assert.Empty(stored);
    }

    [Fact]
    public async Task ForgetMe_AsFirstMessage_StoresNothing()
    {
        var h = new DialogIntakeHarness();

        await h.SayAsync("vergeet mij");

        var stored = await h.Storage.ReadAsync([ConversationState.KeyFor(ChannelIds.Test, h.Client.ConversationId)], CancellationToken.None);
        Assert.Empty(stored);
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task Crisis_AtAnyStep_GivesTheLineFirstThenOffersToContinue(int step)
    {
        var h = await AtStepAsync(step);

        var replies = await h.SayAsync("ik wil dood");

        Assert.StartsWith(T("crisis.intro"), replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("113", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains(replies, r => r.Text == T("crisis.continue"));
        Assert.Equal(Question(step), replies[^1].Text);
    }

    [Fact]
    public async Task Crisis_OnlyTheLearnedModelSees_StillGivesTheLineMidDialog()
    {
        // The host's crisis check is the local recognizer: patterns and learned model. Here a hand-made model knows a
        // made-up word no pattern has, so only the model can raise it.
        using var local = new LocalRecognizer(Taxonomy, new CrisisDetector(), null, LearnedModelTests.Handmade());
        var h = new DialogIntakeHarness(crisis: local);
        await h.SayAsync("hallo");

        var replies = await h.SayAsync("er is een zwerk");

        Assert.StartsWith(T("crisis.intro"), replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("113", replies[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Crisis_Violence_Puts112BeforeVeiligThuis()
    {
        var h = await AtStepAsync(2);

        var first = (await h.SayAsync("mijn man slaat me")).First().Text!;

        Assert.True(first.IndexOf("112", StringComparison.Ordinal) < first.IndexOf("0800-2000", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Crisis_InTheFirstMessage_ComesBeforeTheWelcome()
    {
        var h = new DialogIntakeHarness();

        var replies = await h.SayAsync("ik heb vannacht geen slaapplek");

        Assert.StartsWith(T("crisis.intro"), replies[0].Text, StringComparison.Ordinal);
        Assert.Contains(T("crisis.shelter"), replies[0].Text, StringComparison.Ordinal);
        Assert.Contains(replies, r => r.Text!.Contains("computerprogramma", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Recognizer_SeesTheNeedAnswerButNotTheFollowUpAnswers()
    {
        // The recognizer may be a language model: answers such as a postcode must not go there, while the local crisis
        // check still reads every message (Crisis_AtAnyStep_GivesTheLineFirstThenOffersToContinue).
        var h = new DialogIntakeHarness();
        var recognizer = (DialogKeywordRecognizer)h.Recognizer;
        await h.SayAsync("hallo");
        var beforeNeed = recognizer.Calls;
        await h.SayAsync("ik heb schulden");
        var afterNeed = recognizer.Calls;

        foreach (var text in new[] { "ja", "voor mezelf", "1234" })
        {
            await h.SayAsync(text);
        }

        Assert.True(afterNeed > beforeNeed);
        Assert.Equal(afterNeed, recognizer.Calls);
    }
}
