using Bouwmarkt.Bot.Tests.Support;
using static Bouwmarkt.Bot.Tests.Support.DialogIntakeHarness;

namespace Bouwmarkt.Bot.Tests.Dialogs.Intake;

public sealed class IntakeHandoffTests
{
    private static async Task<DialogIntakeHarness> ToHandoffQuestionAsync()
    {
        var h = new DialogIntakeHarness();
        await h.ReachAreaQuestionAsync("ik voel me eenzaam");
        Assert.Equal(T("intake.ask_handoff"), await h.AskedAfterAsync("1234 AB"));
        return h;
    }

    [Fact]
    public async Task Handoff_Consent_ShowsTheSummaryToReadBackBeforeSending()
    {
        var h = await ToHandoffQuestionAsync();
        Assert.Equal(T("handoff.ask_contact"), await h.AskedAfterAsync("ja graag"));

        var replies = await h.SayAsync("mail me op a@b.nl");

        Assert.StartsWith(T("handoff.summary"), replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("eenzaamheid", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("1234 AB", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("a@b.nl", replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(T("handoff.confirm"), replies[^1].Text);
        Assert.Empty(h.Handoff.Sent);
    }

    [Fact]
    public async Task Handoff_Confirmed_SendsOnce()
    {
        var h = await ToHandoffQuestionAsync();
        await h.SayAsync("ja");
        await h.SayAsync("0612345678");

        var replies = await h.SayAsync("klopt");

        var sent = Assert.Single(h.Handoff.Sent);
        Assert.Equal("0612345678", sent.Contact);
        Assert.Equal("1234 AB", sent.Postcode);
        Assert.Contains("0612345678", sent.Summary, StringComparison.Ordinal);
        Assert.Equal(T("handoff.sent"), replies[0].Text);
    }

    [Fact]
    public async Task Handoff_Corrected_ShowsTheCorrectedSummaryAgain()
    {
        var h = await ToHandoffQuestionAsync();
        await h.SayAsync("ja");
        await h.SayAsync("0612345678");
        Assert.Equal(T("handoff.ask_correction"), await h.AskedAfterAsync("nee"));

        var replies = await h.SayAsync("Bel liever na 17 uur");
        await h.SayAsync("ja");

        Assert.Contains("Bel liever na 17 uur", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("Bel liever na 17 uur", Assert.Single(h.Handoff.Sent).Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handoff_Declined_SendsAndStoresNothingPersonal()
    {
        var h = await ToHandoffQuestionAsync();

        var asked = await h.AskedAfterAsync("nee");

        Assert.Equal(T("feedback.ask_helpful"), asked);
        Assert.Empty(h.Handoff.Sent);
    }

    [Fact]
    public async Task Handoff_InboxDown_TellsTheResidentHowToReachTheWijkteam()
    {
        var h = await ToHandoffQuestionAsync();
        h.Handoff.Succeeds = false;
        await h.SayAsync("ja");
        await h.SayAsync("0612345678");

        var replies = await h.SayAsync("ja");

        Assert.Equal(T("handoff.failed"), replies[0].Text);
    }

    [Fact]
    public async Task Feedback_FreeText_IsStoredWithoutPersonalData()
    {
        var h = await ToHandoffQuestionAsync();
        await h.SayAsync("nee");
        await h.SayAsync("nee");

        await h.SayAsync("Ik ben Jan, mail jan@voorbeeld.nl of bel 06-12345678, ik woon Dorpsstraat 12 in 1234 AB");

        var entry = Assert.Single(h.Feedback.Entries);
        Assert.False(entry.Helpful);
        Assert.DoesNotContain("jan@voorbeeld.nl", entry.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("12345678", entry.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Dorpsstraat 12", entry.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("1234 AB", entry.Text, StringComparison.Ordinal);
        Assert.Equal(["eenzaamheid"], entry.Needs);
    }

    [Fact]
    public async Task Feedback_NoText_StoresOnlyTheAnswer()
    {
        var h = await ToHandoffQuestionAsync();
        await h.SayAsync("nee");
        await h.SayAsync("ja");

        await h.SayAsync("nee");

        Assert.Null(Assert.Single(h.Feedback.Entries).Text);
    }

    [Fact]
    public async Task End_OfTheIntake_ForgetsTheAnswers()
    {
        var h = await ToHandoffQuestionAsync();
        await h.SayAsync("nee");
        await h.SayAsync("ja");
        await h.SayAsync("nee");

        var next = await h.SayAsync("hallo");

        Assert.Equal(T("intake.ask_need"), Assert.Single(next).Text);
        var stored = await h.Storage.ReadAsync([Protocol.State.ConversationState.KeyFor("test", h.Client.ConversationId)], CancellationToken.None);
        Assert.DoesNotContain("1234", stored.Values.Single().Json, StringComparison.Ordinal);
    }
}
