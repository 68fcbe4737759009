using Bouwmarkt.Bot.Dialogs.Prompts;
using Bouwmarkt.Bot.Protocol.Schema;

namespace Bouwmarkt.Bot.Tests.Dialogs.Prompts;

public sealed class ChoicePromptTests
{
    private static readonly Choice[] Choices = [new("Geld en schulden"), new("Wonen"), new("Gezondheid") { Synonyms = ["ziek"] }, new("Eenzaamheid")];

    [Theory]
    [InlineData("2", 1)]
    [InlineData("Wonen", 1)]
    [InlineData("wonen!", 1)]
    [InlineData("Wonne", 1)]
    [InlineData("gezondhied", 2)]
    [InlineData("ziek", 2)]
    [InlineData("de derde", 2)]
    [InlineData("de laatste", 3)]
    [InlineData("geld en schulden", 0)]
    [InlineData("het gaat over wonen", 1)]
    public void Find_NumberTitleSynonymOrdinalOrCloseSpelling_FindsTheChoice(string text, int expected)
    {
        Assert.Equal(expected, ChoicePrompt.Find(text, Choices)?.Index);
    }

    [Theory]
    [InlineData("9")]
    [InlineData("fiets")]
    [InlineData("")]
    public void Find_SomethingElse_FindsNothing(string text)
    {
        Assert.Null(ChoicePrompt.Find(text, Choices));
    }

    [Fact]
    public async Task Choice_OnAChannelWithButtons_IsRenderedAsImBackSuggestedActions()
    {
        var client = PromptTestDialog.Client(new ChoicePrompt("choice", PromptTestDialog.Settings()), new PromptOptions("Waarover?") { Choices = Choices }, ChannelIds.DirectLine);

        var reply = await client.SendActivityAsync("start");

        Assert.Equal("Waarover?", reply!.Text);
        Assert.All(reply.SuggestedActions!.Actions, a => Assert.Equal(ActionTypes.ImBack, a.Type));
        Assert.Equal("Wonen", reply.SuggestedActions.Actions[1].ValueString);
    }

    [Fact]
    public async Task Choice_OnTheConsole_IsANumberedList()
    {
        var client = PromptTestDialog.Client(new ChoicePrompt("choice", PromptTestDialog.Settings()), new PromptOptions("Waarover?") { Choices = Choices }, ChannelIds.Console);

        var reply = await client.SendActivityAsync("start");

        Assert.Null(reply!.SuggestedActions);
        Assert.Equal("Waarover?\n\n1. Geld en schulden\n2. Wonen\n3. Gezondheid\n4. Eenzaamheid", reply.Text);
    }

    [Theory]
    [InlineData(ChannelIds.MsTeams, 3, true)]
    [InlineData(ChannelIds.MsTeams, 4, false)]
    [InlineData(ChannelIds.WhatsApp, 3, true)]
    [InlineData(ChannelIds.WhatsApp, 10, true)]
    [InlineData(ChannelIds.WhatsApp, 11, false)]
    [InlineData(ChannelIds.Emulator, 17, true)]
    [InlineData("onbekend", 2, false)]
    public void Render_UsesSuggestedActionsOnlyWhereTheChannelShowsThatMany(string channelId, int count, bool actions)
    {
        var choices = Enumerable.Range(1, count).Select(i => new Choice($"Keuze {i}")).ToList();

        var activity = ChoiceRenderer.Render("Kies", choices, ListStyle.Auto, channelId);

        Assert.Equal(actions, activity.SuggestedActions is not null);
    }

    [Fact]
    public async Task Choice_PickedByNumber_EndsWithValueAndIndex()
    {
        var client = PromptTestDialog.Client(new ChoicePrompt("choice", PromptTestDialog.Settings()), new PromptOptions("Waarover?") { Choices = Choices });
        await client.SendActivityAsync("start");

        await client.SendActivityAsync("4");

        var found = ChoicePrompt.FromResult(client.DialogTurnResult!.Result);
        Assert.Equal(new FoundChoice("Eenzaamheid", 3), found);
    }

    [Theory]
    [InlineData("personal", true)]
    [InlineData("groupChat", false)]
    [InlineData("channel", false)]
    public void Render_OnTeams_UsesSuggestedActionsOnlyInPersonalChats(string conversationType, bool actions)
    {
        var incoming = new Activity { ChannelId = ChannelIds.MsTeams, Conversation = new ConversationAccount("c") { ConversationType = conversationType } };

        var activity = ChoiceRenderer.Render("Kies", [new Choice("Ja"), new Choice("Nee")], ListStyle.Auto, incoming);

        Assert.Equal(actions, activity.SuggestedActions is not null);
    }

    [Theory]
    [InlineData("personal", 3, "actions")]
    [InlineData("personal", 4, "card")]
    [InlineData("personal", 6, "card")]
    [InlineData("personal", 7, "numbered")]
    [InlineData("groupChat", 2, "card")]
    [InlineData("channel", 6, "card")]
    [InlineData("channel", 7, "numbered")]
    public void Render_OnTeams_SuggestedActionsThenAHeroCardOfAtMostSixButtonsThenNumbers(string conversationType, int count, string expected)
    {
        var incoming = new Activity { ChannelId = ChannelIds.MsTeams, Conversation = new ConversationAccount("c") { ConversationType = conversationType } };
        var choices = Enumerable.Range(1, count).Select(i => new Choice($"Keuze {i}")).ToList();

        var activity = ChoiceRenderer.Render("Kies", choices, ListStyle.Auto, incoming);

        var shown = activity.SuggestedActions is not null ? "actions" : activity.Attachments is { Count: 1 } ? "card" : "numbered";
        Assert.Equal(expected, shown);
        if (shown == "card")
        {
            var card = System.Text.Json.JsonSerializer.Deserialize(activity.Attachments![0].Content!.Value, ProtocolJsonContext.Default.HeroCard)!;
            Assert.Equal(HeroCard.ContentType, activity.Attachments[0].ContentType);
            Assert.Equal(("Kies", count), (card.Text, card.Buttons!.Count));
            Assert.All(card.Buttons, b => Assert.Equal(ActionTypes.ImBack, b.Type));
            Assert.Null(activity.Text);
        }
    }
}
