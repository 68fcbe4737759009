using Bouwmarkt.Bot.Dialogs.Intake;
using Bouwmarkt.Bot.Knowledge.Matching;
using Bouwmarkt.Bot.Tests.Support;
using static Bouwmarkt.Bot.Tests.Support.DialogIntakeHarness;

namespace Bouwmarkt.Bot.Tests.Dialogs.Intake;

public sealed class IntakeSelfPathTests
{
    [Fact]
    public async Task FirstMessage_Greeting_SaysItIsAProgramThenAsksTheOpenQuestion()
    {
        var h = new DialogIntakeHarness();

        var replies = await h.SayAsync("hallo");

        Assert.Contains("computerprogramma", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("geen mens", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains(replies, r => r.Text!.Contains("anoniem", StringComparison.Ordinal) && r.Text.Contains("https://example.nl/privacy", StringComparison.Ordinal));
        Assert.Equal(T("intake.ask_need"), replies[^1].Text);
    }

    [Fact]
    public async Task Welcome_NeverAsksForBsnAddressOrBirthDate()
    {
        var h = new DialogIntakeHarness();

        var text = await h.SayTextAsync("hallo");

        Assert.DoesNotContain("Wat is je BSN", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("geboortedatum?", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(T("welcome.never"), text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FullIntake_ForMyself_ConfirmsNeedsAsksFollowUpsShowsRoutesAndStoresFeedback()
    {
        var matcher = new DialogFixedMatcher();
        var h = new DialogIntakeHarness(matcher: matcher);

        await h.SayAsync("hallo");
        Assert.Equal(T("intake.confirm_needs", ("needs", "geld en schulden")), await h.AskedAfterAsync("Ik heb schulden en er komt een deurwaarder"));
        Assert.Equal(T("intake.for_whom"), await h.AskedAfterAsync("ja"));
        Assert.Equal(T("intake.ask_postcode"), await h.AskedAfterAsync("voor mezelf"));
        Assert.Equal(T("intake.ask_deadline"), await h.AskedAfterAsync("3511ab"));
        var results = await h.SayAsync("ja");
        Assert.Equal(T("intake.ask_handoff"), results[^1].Text);
        Assert.Equal(T("intake.ask_helpful".Replace("intake", "feedback", StringComparison.Ordinal)), await h.AskedAfterAsync("nee"));
        Assert.Equal(T("feedback.ask_text"), await h.AskedAfterAsync("jazeker"));
        var end = await h.SayTextAsync("Fijn! Bel me op 0612345678");

        Assert.Contains(T("intake.goodbye"), end, StringComparison.Ordinal);
        var request = Assert.Single(matcher.Requests);
        Assert.Equal(["geld"], request.Needs);
        Assert.Equal("3511 AB", request.Answers.Postcode);
        Assert.Equal(ForWhom.Self, request.Answers.ForWhom);
        Assert.True(request.Answers.Urgent);
        var feedback = Assert.Single(h.Feedback.Entries);
        Assert.True(feedback.Helpful);
        Assert.DoesNotContain("0612345678", feedback.Text, StringComparison.Ordinal);
        Assert.Empty(h.Handoff.Sent);
    }
}
