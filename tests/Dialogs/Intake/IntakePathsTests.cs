using Bouwmarkt.Bot.Dialogs.Intake;
using Bouwmarkt.Bot.Tests.Support;
using static Bouwmarkt.Bot.Tests.Support.DialogIntakeHarness;

namespace Bouwmarkt.Bot.Tests.Dialogs.Intake;

/// <summary>The four further paths: worried about someone, wanting to help, the mantelzorger and the professional.</summary>
public sealed class IntakePathsTests
{
    private static async Task<DialogIntakeHarness> ToForWhomAsync(string need = "ik voel me eenzaam", DialogFixedMatcher? matcher = null)
    {
        var h = new DialogIntakeHarness(matcher: matcher);
        await h.SayAsync("hallo");
        await h.SayAsync(need);
        Assert.Equal(T("intake.for_whom"), await h.AskedAfterAsync("ja"));
        return h;
    }

    [Fact]
    public async Task Worried_GivesWhatYouCanDoAndWhenToCallThenAsksAboutDanger()
    {
        var h = await ToForWhomAsync();

        var replies = await h.SayAsync("Ik maak me zorgen om iemand");

        Assert.Equal(T("worry.info"), replies[0].Text);
        Assert.Contains("Veilig Thuis", replies[1].Text, StringComparison.Ordinal);
        Assert.Contains("112", replies[1].Text, StringComparison.Ordinal);
        Assert.Equal(T("worry.ask_danger"), replies[^1].Text);
    }

    [Fact]
    public async Task Worried_DangerNow_Gives112AndVeiligThuisAndMarksUrgent()
    {
        var matcher = new DialogFixedMatcher();
        var h = await ToForWhomAsync(matcher: matcher);
        await h.SayAsync("iemand anders");

        var replies = await h.SayAsync("ja");
        await h.SayAsync("1234");

        Assert.Contains("112", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("0800-2000", replies[0].Text, StringComparison.Ordinal);
        var request = Assert.Single(matcher.Requests);
        Assert.Equal(ForWhom.Other, request.Answers.ForWhom);
        Assert.True(request.Answers.Urgent);
    }

    [Fact]
    public async Task Worried_NoDanger_ContinuesToLocalOffers()
    {
        var h = await ToForWhomAsync();
        await h.SayAsync("iemand anders");

        var asked = await h.AskedAfterAsync("nee");

        Assert.Equal(T("intake.ask_postcode"), asked);
    }

    [Fact]
    public async Task Helping_FromTheOpenQuestion_MatchesTheSupplySideOnWhatThePersonOffers()
    {
        var matcher = new DialogFixedMatcher();
        var h = new DialogIntakeHarness(matcher: matcher);
        await h.SayAsync("hallo");

        var replies = await h.SayAsync("ik wil graag taalmaatje worden");
        await h.SayAsync("3511");

        Assert.Equal(T("helping.info"), replies[0].Text);
        Assert.Equal(T("intake.ask_postcode"), replies[^1].Text);
        var request = Assert.Single(matcher.Requests);
        Assert.Equal(["helpen"], request.Needs);
        Assert.Equal(["taalmaatje-worden"], request.Concepts);
        Assert.Equal("3511", request.Answers.Postcode);
        Assert.Equal(ForWhom.Helper, request.Answers.ForWhom);
    }

    [Fact]
    public async Task Helping_ChosenAsForWhom_AsksWhatTheyWantToDo()
    {
        var matcher = new DialogFixedMatcher();
        var h = await ToForWhomAsync(matcher: matcher);

        var asked = await h.AskedAfterAsync("Ik wil anderen helpen");
        await h.SayAsync("boodschappen doen voor buren");
        await h.SayAsync("1234");
        var end = await h.SayAsync("ja");

        Assert.Equal(T("helping.ask_offer"), asked);
        Assert.Equal(["burenhulp"], Assert.Single(matcher.Requests).Concepts);
        Assert.Equal(T("feedback.ask_text"), end[^1].Text);
    }

    [Fact]
    public async Task Carer_GetsRespiteAndComplimentInfoAndMantelzorgIsAdded()
    {
        var matcher = new DialogFixedMatcher();
        var h = await ToForWhomAsync(matcher: matcher);

        var replies = await h.SayAsync("Ik zorg voor iemand");
        await h.SayAsync("1234");

        Assert.Equal(T("intake.carer_info"), replies[0].Text);
        Assert.Contains("respijtzorg", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("mantelzorgcompliment", replies[0].Text, StringComparison.Ordinal);
        var request = Assert.Single(matcher.Requests);
        Assert.Contains("mantelzorg", request.Needs);
        Assert.Contains("respijtzorg", request.Concepts);
        Assert.Contains("mantelzorgcompliment", request.Concepts);
        Assert.Equal(ForWhom.Carer, request.Answers.ForWhom);
    }

    [Fact]
    public async Task Professional_WithConsent_ShowsTheWijkteamFirstAndOffersTheHandoff()
    {
        var h = await ToForWhomAsync();
        Assert.Equal(T("professional.ask_consent"), await h.AskedAfterAsync("Ik verwijs iemand door"));
        await h.SayAsync("ja");

        var replies = await h.SayAsync("1234");

        Assert.Equal(T("intake.ask_handoff"), replies[^1].Text);
    }

    [Fact]
    public async Task Professional_WithoutConsent_ShowsTheSocialeKaartButNeverOffersTheHandoff()
    {
        var h = await ToForWhomAsync();
        await h.SayAsync("ik verwijs iemand door");
        var noConsent = await h.SayAsync("nee");

        var replies = await h.SayAsync("1234");

        Assert.Equal(T("professional.no_consent"), noConsent[0].Text);
        Assert.Contains(replies, r => r.Attachments is { Count: > 0 });
        Assert.DoesNotContain(replies, r => r.Text == T("intake.ask_handoff"));
        Assert.Equal(T("feedback.ask_helpful"), replies[^1].Text);
    }

    public static TheoryData<string, string[]> PathsToTheMiddle() => new()
    {
        { "worry", ["ik voel me eenzaam", "ja", "iemand anders"] },
        { "helping", ["ik wil vrijwilliger worden"] },
        { "carer", ["ik voel me eenzaam", "ja", "ik zorg voor iemand"] },
        { "professional", ["ik voel me eenzaam", "ja", "ik verwijs iemand door"] },
        { "self", ["ik heb schulden", "ja", "voor mezelf"] },
    };

    [Theory]
    [MemberData(nameof(PathsToTheMiddle))]
    public async Task Crisis_InTheMiddleOfEachPath_GivesTheLineAndKeepsTheQuestion(string path, string[] answers)
    {
        var h = new DialogIntakeHarness();
        await h.SayAsync("hallo");
        string? asked = null;
        foreach (var answer in answers)
        {
            asked = await h.AskedAfterAsync(answer);
        }

        var replies = await h.SayAsync("ik denk aan zelfmoord");

        Assert.True(replies[0].Text!.Contains("113", StringComparison.Ordinal), path);
        Assert.Equal(asked, replies[^1].Text);
    }
}
