using Bouwmarkt.Bot.Tests.Support;
using static Bouwmarkt.Bot.Tests.Support.DialogIntakeHarness;

namespace Bouwmarkt.Bot.Tests.Dialogs.Intake;

/// <summary>Where the host asks it: a resident may give the message their needs came from, scrubbed, for learning.</summary>
public sealed class IntakeLearningTests
{
    private const string Message = "Ik heb schulden en er komt een deurwaarder. Bel me op 0612345678";
    private const string Scrubbed = "Ik heb schulden en er komt een deurwaarder. Bel me op [weg]";

    // Greets, tells the message, confirms, for myself, area, deurwaarder yes, no handoff, helpful: the feedback text is next.
    private static readonly string[] ToTheFeedbackText = ["hallo", Message, "ja", "voor mezelf", "3511ab", "ja", "nee", "ja"];

    private static string AskLearnStart => T("feedback.ask_learn", ("text", "x")).Split('\n')[0];

    // Says every line, then 'nee' to the feedback text, and returns what the bot said last.
    private static async Task<string> EndAsync(DialogIntakeHarness h, IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            await h.SayAsync(line);
        }

        return await h.SayTextAsync("nee");
    }

    [Fact]
    public async Task Feedback_WithLearningOn_ShowsTheScrubbedMessageAndAsksToKeepIt()
    {
        var h = new DialogIntakeHarness(learning: new DialogRecordingLearningStore());

        var asked = await EndAsync(h, ToTheFeedbackText);

        Assert.StartsWith(AskLearnStart, asked, StringComparison.Ordinal);
        Assert.Contains(Scrubbed, asked, StringComparison.Ordinal);
        Assert.DoesNotContain("0612345678", asked, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feedback_ResidentSaysYes_KeepsTheScrubbedTextWithTheRecognizedAndConfirmedNeeds()
    {
        var store = new DialogRecordingLearningStore();
        var h = new DialogIntakeHarness(learning: store);
        await EndAsync(h, ToTheFeedbackText);

        var end = await h.SayTextAsync("ja");

        var entry = Assert.Single(store.Entries);
        Assert.Equal(Scrubbed, entry.Text);
        Assert.Equal(["geld"], entry.Recognized);
        Assert.Equal(["geld"], entry.Confirmed);
        Assert.Contains(T("feedback.learn_kept"), end, StringComparison.Ordinal);
        Assert.Contains(T("intake.goodbye"), end, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feedback_ResidentSaysNo_KeepsNothing()
    {
        var store = new DialogRecordingLearningStore();
        var h = new DialogIntakeHarness(learning: store);
        await EndAsync(h, ToTheFeedbackText);

        var end = await h.SayTextAsync("nee");

        Assert.Empty(store.Entries);
        Assert.DoesNotContain(T("feedback.learn_kept"), end, StringComparison.Ordinal);
        Assert.Contains(T("intake.goodbye"), end, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feedback_WithLearningOff_NeverAsks()
    {
        var h = new DialogIntakeHarness();

        var end = await EndAsync(h, ToTheFeedbackText);

        Assert.Contains(T("intake.goodbye"), end, StringComparison.Ordinal);
        Assert.DoesNotContain(AskLearnStart, end, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feedback_AfterACrisisInTheConversation_DoesNotAsk()
    {
        var store = new DialogRecordingLearningStore();
        var h = new DialogIntakeHarness(learning: store);
        List<string> lines = [.. ToTheFeedbackText];
        lines.Insert(4, "ik wil er een eind aan maken");

        var end = await EndAsync(h, lines);

        Assert.Contains(T("intake.goodbye"), end, StringComparison.Ordinal);
        Assert.DoesNotContain(AskLearnStart, end, StringComparison.Ordinal);
        Assert.Empty(store.Entries);
    }

    [Fact]
    public async Task Feedback_ResidentKeptOneOfTwoNeeds_KeepsWhatTheRecognizerGaveAndWhatTheResidentKept()
    {
        var store = new DialogRecordingLearningStore();
        var h = new DialogIntakeHarness(learning: store);
        await EndAsync(h, ["hallo", "ik heb schulden en ik voel me zo eenzaam", T("intake.confirm_pick"), "1", "voor mezelf", "3511ab", "nee", "nee", "nee"]);

        await h.SayAsync("ja");

        var entry = Assert.Single(store.Entries);
        Assert.Equal(["geld", "eenzaamheid"], entry.Recognized);
        Assert.Equal(["geld"], entry.Confirmed);
    }
}
