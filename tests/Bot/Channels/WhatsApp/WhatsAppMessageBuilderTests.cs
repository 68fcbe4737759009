using Bouwmarkt.Bot.Channels.WhatsApp;
using Bouwmarkt.Bot.Protocol.Schema;
using Bouwmarkt.Bot.Tests.Support;

namespace Bouwmarkt.Bot.Tests.Bot.Channels.WhatsApp;

/// <summary>How one bot activity becomes Cloud API messages, checked against the same rules as the Graph peer.</summary>
public sealed class WhatsAppMessageBuilderTests
{
    private const string To = "31600000001";
    private static readonly WhatsAppMessageBuilder Builder = new(DialogIntakeHarness.Texts);

    private static Activity Question(string text, int choices, Func<int, string>? title = null)
    {
        var activity = Activity.CreateMessage(text);
        activity.SuggestedActions = new SuggestedActions([.. Enumerable.Range(1, choices).Select(i => CardAction.ImBack(title?.Invoke(i) ?? $"Keuze {i}"))]);
        return activity;
    }

    private static IReadOnlyList<System.Text.Json.Nodes.JsonObject> Build(Activity activity)
    {
        var messages = Builder.Build(activity, To)
            .Select(m => (System.Text.Json.Nodes.JsonObject)System.Text.Json.JsonSerializer.SerializeToNode(m, WhatsAppJsonContext.Default.WhatsAppOutgoingMessage)!)
            .ToList();
        Assert.All(messages, m => Assert.Empty(WhatsAppGraphPeer.Check(m)));
        return messages;
    }

    [Fact]
    public void Text_Over4096Characters_IsSplitAtParagraphs()
    {
        var paragraph = string.Join(' ', Enumerable.Repeat("woord", 300));
        var text = string.Join("\n\n", Enumerable.Repeat(paragraph, 5));

        var messages = Build(Activity.CreateMessage(text));

        var two = paragraph + "\n\n" + paragraph;
        Assert.Equal([two, two, paragraph], messages.Select(m => (string)m["text"]!["body"]!));
    }

    [Fact]
    public void Text_OneLongWordlessBlock_IsCutHard()
    {
        var messages = Build(Activity.CreateMessage(new string('x', 9000)));

        Assert.Equal([4096, 4096, 808], messages.Select(m => ((string)m["text"]!["body"]!).Length));
    }

    [Theory]
    [InlineData(1, "button")]
    [InlineData(3, "button")]
    [InlineData(4, "list")]
    [InlineData(10, "list")]
    public void Choices_UpToThreeAreButtons_UpToTenAList(int count, string kind)
    {
        var messages = Build(Question("Kies maar.", count));

        var message = Assert.Single(messages);
        Assert.Equal(kind, (string)message["interactive"]!["type"]!);
        Assert.Equal("Kies maar.", (string)message["interactive"]!["body"]!["text"]!);
    }

    [Fact]
    public void Choices_MoreThanTen_AreNumberedInTheText()
    {
        var message = Assert.Single(Build(Question("Kies maar.", 11)));

        Assert.Equal("text", (string)message["type"]!);
        var body = (string)message["text"]!["body"]!;
        Assert.StartsWith("Kies maar.\n\n1. Keuze 1\n2. Keuze 2", body, StringComparison.Ordinal);
        Assert.EndsWith("11. Keuze 11", body, StringComparison.Ordinal);
    }

    [Fact]
    public void ListRows_WithLongTitles_AreCutAndKeepTheWholeTitleAsDescription()
    {
        var title = "Ik maak me zorgen om iemand in mijn straat";
        var message = Assert.Single(Build(Question("Voor wie?", 5, i => i == 2 ? title : $"Keuze {i}")));

        var row = message["interactive"]!["action"]!["sections"]![0]!["rows"]![1]!;
        Assert.Equal(title, (string)row["id"]!);
        Assert.Equal("Ik maak me zorgen om…", (string)row["title"]!);
        Assert.Equal(title, (string)row["description"]!);
        Assert.Equal(DialogIntakeHarness.T("whatsapp.list_button"), (string)message["interactive"]!["action"]!["button"]!);
    }

    [Fact]
    public void Choices_ThatCutToTheSameTitle_AreNumberedInstead()
    {
        var message = Assert.Single(Build(Question("Welke?", 2, i => $"Een hele lange gelijke titel {i}")));

        Assert.Equal("text", (string)message["type"]!);
        Assert.Contains("2. Een hele lange gelijke titel 2", (string)message["text"]!["body"]!, StringComparison.Ordinal);
    }

    [Fact]
    public void Choices_WithATextOver1024Characters_SendTheTextFirstAndAShortBody()
    {
        var text = string.Join(' ', Enumerable.Repeat("lang", 300));

        var messages = Build(Question(text, 2));

        Assert.Equal(["text", "interactive"], messages.Select(m => (string)m["type"]!));
        Assert.Equal(text, (string)messages[0]["text"]!["body"]!);
        Assert.Equal(DialogIntakeHarness.T("whatsapp.choose"), (string)messages[1]["interactive"]!["body"]!["text"]!);
    }

    [Fact]
    public void HeroCard_BecomesTextWithItsLinks()
    {
        var activity = Activity.CreateMessage("Hulp die iedereen kan krijgen");
        activity.Attachments = [new HeroCard
        {
            Title = "Schuldhulp",
            Subtitle = "Gratis hulp bij geldzorgen",
            Text = "Open op maandag",
            Buttons = [CardAction.OpenUrl("Kijk op: https://schuldhulp.example", "https://schuldhulp.example"), CardAction.Call("Bel", "tel:0800-1234")],
        }.ToAttachment()];

        var body = (string)Assert.Single(Build(activity))["text"]!["body"]!;

        Assert.Equal("Hulp die iedereen kan krijgen\n\n*Schuldhulp*\nGratis hulp bij geldzorgen\nOpen op maandag\nKijk op: https://schuldhulp.example\nBel: 0800-1234", body);
    }

    [Fact]
    public void TypingAndEmptyMessages_SendNothing()
    {
        Assert.Empty(Builder.Build(new Activity { Type = ActivityTypes.Typing }, To));
        Assert.Empty(Builder.Build(Activity.CreateMessage(" "), To));
    }

    [Theory]
    [InlineData("Ja", 20, "Ja")]
    [InlineData("Nee, ik vertel het opnieuw", 20, "Nee, ik vertel het…")]
    [InlineData("Ikmaakmezorgenomiemandhier", 20, "Ikmaakmezorgenomiem…")]
    [InlineData("Zorg 👍👍👍👍👍👍👍👍👍👍", 10, "Zorg 👍👍…")]
    public void Cut_FitsTheLimit_AtAWordWherePossible(string text, int max, string expected)
    {
        var cut = WhatsAppLimits.Cut(text, max);

        Assert.Equal(expected, cut);
        Assert.InRange(cut.Length, 1, max);
    }
}
