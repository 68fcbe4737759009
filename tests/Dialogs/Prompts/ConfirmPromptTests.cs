using Bouwmarkt.Bot.Dialogs.Engine;
using Bouwmarkt.Bot.Dialogs.Prompts;
using static Bouwmarkt.Bot.Tests.Support.DialogIntakeHarness;

namespace Bouwmarkt.Bot.Tests.Dialogs.Prompts;

public sealed class ConfirmPromptTests
{
    [Theory]
    [InlineData("ja", true)]
    [InlineData("Jazeker!", true)]
    [InlineData("klopt", true)]
    [InlineData("ja hoor", true)]
    [InlineData("oké", true)]
    [InlineData("1", true)]
    [InlineData("nee", false)]
    [InlineData("Nee hoor", false)]
    [InlineData("liever niet", false)]
    [InlineData("nee, dank je", false)]
    [InlineData("2", false)]
    public async Task Confirm_DutchVariants_AreRecognized(string text, bool expected)
    {
        var client = PromptTestDialog.Client(new ConfirmPrompt("confirm", PromptTestDialog.Settings()), new PromptOptions("Klopt dat?"));
        await client.SendActivityAsync("start");

        await client.SendActivityAsync(text);

        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult!.Status);
        Assert.Equal(expected, client.DialogTurnResult.Result!.GetValue<bool>());
    }

    [Fact]
    public async Task Confirm_IsRenderedWithJaAndNeeButtons()
    {
        var client = PromptTestDialog.Client(new ConfirmPrompt("confirm", PromptTestDialog.Settings()), new PromptOptions("Klopt dat?"));

        var reply = await client.SendActivityAsync("start");

        Assert.Equal(["Ja", "Nee"], reply!.SuggestedActions!.Actions.Select(a => a.Title));
        Assert.Equal("expectingInput", reply.InputHint);
    }

    [Fact]
    public async Task Confirm_NotUnderstood_SendsTheRetryPrompt()
    {
        var client = PromptTestDialog.Client(new ConfirmPrompt("confirm", PromptTestDialog.Settings()), new PromptOptions("Klopt dat?") { RetryPrompt = "Zeg ja of nee." });
        await client.SendActivityAsync("start");

        var reply = await client.SendActivityAsync("misschien");

        Assert.Equal("Zeg ja of nee.", reply!.Text);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult!.Status);
    }

    [Fact]
    public async Task Confirm_AfterThreeFailedTries_OffersAWayOutAndMovesOn()
    {
        var client = PromptTestDialog.Client(new ConfirmPrompt("confirm", PromptTestDialog.Settings()), new PromptOptions("Klopt dat?"));
        await client.SendActivityAsync("start");
        await client.SendActivityAsync("misschien");
        await client.SendActivityAsync("geen idee");

        var reply = await client.SendActivityAsync("tja");

        Assert.Equal(T(Prompt<bool>.WayOutKey), reply!.Text);
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult!.Status);
        Assert.Null(client.DialogTurnResult.Result);
    }

    [Fact]
    public async Task Confirm_MaxAttemptsIsConfigurable()
    {
        var client = PromptTestDialog.Client(new ConfirmPrompt("confirm", PromptTestDialog.Settings(maxAttempts: 1)), new PromptOptions("Klopt dat?"));
        await client.SendActivityAsync("start");

        var reply = await client.SendActivityAsync("tja");

        Assert.Equal(T(Prompt<bool>.WayOutKey), reply!.Text);
    }
}
