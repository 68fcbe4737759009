using Bouwmarkt.Bot.Protocol.Schema;
using Bouwmarkt.Bot.Dialogs.Engine;
using Bouwmarkt.Bot.Dialogs.Prompts;

namespace Bouwmarkt.Bot.Tests.Dialogs.Prompts;

public sealed class NumberAndPostcodePromptTests
{
    [Theory]
    [InlineData("1234 AB", "1234 AB")]
    [InlineData("1234ab", "1234 AB")]
    [InlineData("1234", "1234")]
    [InlineData("mijn postcode is 3511 ck", "3511 CK")]
    public void Parse_DutchPostcodes_AreNormalized(string text, string expected)
    {
        Assert.Equal(expected, PostcodePrompt.Parse(text));
    }

    [Theory]
    [InlineData("0123 AB")]
    [InlineData("123")]
    [InlineData("12345")]
    [InlineData("1234 SS")]
    [InlineData("Utrecht")]
    public void Parse_NotAPostcode_IsNull(string text)
    {
        Assert.Null(PostcodePrompt.Parse(text));
    }

    [Fact]
    public async Task Postcode_WithValidator_RetriesWhenTheValidatorSaysNo()
    {
        var prompt = new PostcodePrompt("postcode", PromptTestDialog.Settings(), (pc, _) => Task.FromResult(pc.Recognized.Value?.StartsWith('3') == true));
        var client = PromptTestDialog.Client(prompt, new PromptOptions("Postcode?") { RetryPrompt = "Alleen regio Utrecht." });
        await client.SendActivityAsync("start");

        var reply = await client.SendActivityAsync("1234");
        await client.SendActivityAsync("3511");

        Assert.Equal("Alleen regio Utrecht.", reply!.Text);
        Assert.Equal("3511", client.DialogTurnResult!.Result!.GetValue<string>());
    }

    [Theory]
    [InlineData("1")]
    [InlineData("1. Sla over")]
    [InlineData("sla over")]
    public async Task Area_OnTheConsoleTheNumberedSkipLine_SkipsTheQuestion(string text)
    {
        var options = new PromptOptions("Wat is je postcode of woonplaats?") { Choices = [new Choice("Sla over")] };
        var client = PromptTestDialog.Client(new AreaPrompt("area", PromptTestDialog.Settings()), options, ChannelIds.Console);
        await client.SendActivityAsync("start");

        await client.SendActivityAsync(text);

        Assert.Equal(Area.Skipped, AreaPrompt.FromResult(client.DialogTurnResult!.Result));
    }

    [Theory]
    [InlineData(true, "0991")]
    [InlineData(false, null)]
    public async Task Area_CodeBelow1000_CountsOnlyWhereTheOffersListIt(bool listed, string? expected)
    {
        var prompt = new AreaPrompt("area", PromptTestDialog.Settings(), listedArea: digits => listed && digits is >= 990 and <= 999);
        var client = PromptTestDialog.Client(prompt, new PromptOptions("Wat is je postcode of woonplaats?"));
        await client.SendActivityAsync("start");

        await client.SendActivityAsync("0991");

        Assert.Equal(expected, client.DialogTurnResult?.Result is { } r ? AreaPrompt.FromResult(r)?.Postcode : null);
    }

    [Theory]
    [InlineData("2. Sla over")]
    [InlineData("1 Utrecht")]
    public void FindExact_NumberThatDoesNotMatchItsLine_IsNoChoice(string text)
    {
        Assert.Null(ChoicePrompt.FindExact(text, [new Choice("Sla over")]));
    }

    [Theory]
    [InlineData("42", 42)]
    [InlineData("ik ben 67 jaar", 67)]
    [InlineData("twaalf", 12)]
    public async Task Number_DigitsOrDutchWords_AreRead(string text, int expected)
    {
        var client = PromptTestDialog.Client(new NumberPrompt("number", PromptTestDialog.Settings()), new PromptOptions("Hoe oud?"));
        await client.SendActivityAsync("start");

        await client.SendActivityAsync(text);

        Assert.Equal(expected, client.DialogTurnResult!.Result!.GetValue<int>());
    }

    [Fact]
    public async Task Number_OutOfRange_IsRetried()
    {
        var client = PromptTestDialog.Client(new NumberPrompt("number", PromptTestDialog.Settings()), new PromptOptions("Hoe oud?") { Min = 0, Max = 120, RetryPrompt = "Een leeftijd graag." });
        await client.SendActivityAsync("start");

        var reply = await client.SendActivityAsync("300");

        Assert.Equal("Een leeftijd graag.", reply!.Text);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult!.Status);
    }

    [Fact]
    public async Task Text_Empty_IsRetried()
    {
        var client = PromptTestDialog.Client(new TextPrompt("text", PromptTestDialog.Settings()), new PromptOptions("Vertel?") { RetryPrompt = "Typ iets." });
        await client.SendActivityAsync("start");

        var reply = await client.SendActivityAsync("   ");

        Assert.Equal("Typ iets.", reply!.Text);
    }
}
