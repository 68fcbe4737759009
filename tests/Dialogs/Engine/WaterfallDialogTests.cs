using System.Text.Json.Nodes;
using Bouwmarkt.Bot.Dialogs.Engine;
using Bouwmarkt.Bot.Dialogs.Prompts;
using Bouwmarkt.Bot.Dialogs.Testing;
using Bouwmarkt.Bot.Protocol.Schema;
using Bouwmarkt.Bot.Protocol.State;
using Bouwmarkt.Bot.Tests.Support;

namespace Bouwmarkt.Bot.Tests.Dialogs.Engine;

public sealed class WaterfallDialogTests
{
    private static ComponentDialog NameAndAge()
    {
        var settings = new PromptSettings(DialogIntakeHarness.Texts);
        var component = new ComponentDialog("profile");
        component.AddDialog(new WaterfallDialog("steps",
        [
            (sc, ct) => sc.PromptAsync("text", new PromptOptions("Wat is je bijnaam?"), ct),
            (sc, ct) =>
            {
                sc.Values["nick"] = sc.Result?.DeepClone();
                return sc.PromptAsync("number", new PromptOptions("Hoe oud ben je?"), ct);
            },
            async (sc, ct) =>
            {
                await sc.Context.SendActivityAsync($"{sc.Values["nick"]} is {sc.Result}", ct);
                return await sc.EndDialogAsync(new JsonObject { ["nick"] = sc.Values["nick"]?.DeepClone(), ["age"] = sc.Result?.DeepClone() }, ct);
            },
        ]));
        component.AddDialog(new TextPrompt("text", settings));
        component.AddDialog(new NumberPrompt("number", settings));
        return component;
    }

    [Fact]
    public async Task Steps_RunInOrderAcrossTurns_WithValuesSharedBetweenSteps()
    {
        var client = new DialogTestClient(ChannelIds.Test, NameAndAge(), new ConversationState(new MemoryStorage()));

        Assert.Equal("Wat is je bijnaam?", (await client.SendActivityAsync("hoi"))!.Text);
        Assert.Equal("Hoe oud ben je?", (await client.SendActivityAsync("Sam"))!.Text);
        Assert.Equal("Sam is 30", (await client.SendActivityAsync("30"))!.Text);

        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult!.Status);
        Assert.Equal(30, client.DialogTurnResult.Result!["age"]!.GetValue<int>());
    }

    [Fact]
    public async Task Stack_IsStoredAsTypedJsonWithoutTypeNames()
    {
        var storage = new MemoryStorage();
        var client = new DialogTestClient(ChannelIds.Test, NameAndAge(), new ConversationState(storage));
        await client.SendActivityAsync("hoi");
        await client.SendActivityAsync("Sam");

        var stored = await storage.ReadAsync([ConversationState.KeyFor(ChannelIds.Test, client.ConversationId)], CancellationToken.None);

        var json = stored.Values.Single().Json;
        var stack = JsonNode.Parse(json)!["DialogState"]!["dialogStack"]!.AsArray();
        Assert.Equal("profile", stack[0]!["id"]!.GetValue<string>());
        var inner = stack[0]!["inner"]!["dialogStack"]!.AsArray();
        Assert.Equal(["number", "steps"], inner.Select(i => i!["id"]!.GetValue<string>()));
        Assert.Equal("Sam", inner[1]!["state"]!["values"]!["nick"]!.GetValue<string>());
        Assert.DoesNotContain("$type", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stack_SavedWithTheInnerStackInsideTheState_StillContinues()
    {
        var storage = new MemoryStorage();
        var first = new DialogTestClient(ChannelIds.Test, NameAndAge(), new ConversationState(storage));
        await first.SendActivityAsync("hoi");
        await first.SendActivityAsync("Sam");
        var key = ConversationState.KeyFor(ChannelIds.Test, first.ConversationId);
        var stored = (await storage.ReadAsync([key], CancellationToken.None))[key];
        var document = JsonNode.Parse(stored.Json)!;
        var component = document["DialogState"]!["dialogStack"]![0]!.AsObject();
        var inner = component["inner"]!;
        component.Remove("inner");
        component["state"]!.AsObject()["dialogs"] = inner;
        await storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(document.ToJsonString(), "*") }, CancellationToken.None);

        var second = new DialogTestClient(ChannelIds.Test, NameAndAge(), new ConversationState(storage)) { ConversationId = first.ConversationId };
        var reply = await second.SendActivityAsync("41");

        Assert.Equal("Sam is 41", reply!.Text);
    }

    [Fact]
    public async Task Stack_SurvivesANewClientOnTheSameStorage()
    {
        var storage = new MemoryStorage();
        var first = new DialogTestClient(ChannelIds.Test, NameAndAge(), new ConversationState(storage));
        await first.SendActivityAsync("hoi");
        await first.SendActivityAsync("Sam");

        var second = new DialogTestClient(ChannelIds.Test, NameAndAge(), new ConversationState(storage)) { ConversationId = first.ConversationId };
        var reply = await second.SendActivityAsync("41");

        Assert.Equal("Sam is 41", reply!.Text);
    }

    [Fact]
    public async Task NextAsync_SkipsToTheNextStepWithItsResult()
    {
        var dialog = new WaterfallDialog("skip",
        [
            (sc, ct) => sc.NextAsync(JsonValue.Create("overgeslagen"), ct),
            async (sc, ct) =>
            {
                await sc.Context.SendActivityAsync(sc.Result!.GetValue<string>(), ct);
                return await sc.EndDialogAsync(null, ct);
            },
        ]);
        var client = new DialogTestClient(ChannelIds.Test, dialog, new ConversationState(new MemoryStorage()));

        var reply = await client.SendActivityAsync("hoi");

        Assert.Equal("overgeslagen", reply!.Text);
    }

    [Fact]
    public async Task NextAsync_CalledTwice_Throws()
    {
        var dialog = new WaterfallDialog("twice",
        [
            async (sc, ct) =>
            {
                await sc.NextAsync(null, ct);
                return await sc.NextAsync(null, ct);
            },
            (sc, ct) => Task.FromResult(Dialog.EndOfTurn),
        ]);
        var client = new DialogTestClient(ChannelIds.Test, dialog, new ConversationState(new MemoryStorage()));

        await Assert.ThrowsAsync<InvalidOperationException>(() => client.SendActivityAsync("hoi"));
    }

    [Fact]
    public async Task GoBack_RunsTheStepThatAskedThePreviousQuestion()
    {
        var component = new BackComponent();
        var client = new DialogTestClient(ChannelIds.Test, component, new ConversationState(new MemoryStorage()));
        await client.SendActivityAsync("hoi");
        await client.SendActivityAsync("Sam");

        var reply = await client.SendActivityAsync("terug");

        Assert.Equal("Wat is je bijnaam?", reply!.Text);
    }

    [Fact]
    public async Task CancelAll_EndsTheComponentAsCancelled()
    {
        var component = new BackComponent();
        var client = new DialogTestClient(ChannelIds.Test, component, new ConversationState(new MemoryStorage()));
        await client.SendActivityAsync("hoi");

        await client.SendActivityAsync("stop");

        Assert.Equal(DialogTurnStatus.Cancelled, client.DialogTurnResult!.Status);
        Assert.Equal("Wat is je bijnaam?", (await client.SendActivityAsync("hoi"))!.Text);
    }

    /// <summary>A component with the 'terug' and 'stop' interruptions, like the intake's.</summary>
    private sealed class BackComponent : ComponentDialog
    {
        public BackComponent() : base("back")
        {
            var settings = new PromptSettings(DialogIntakeHarness.Texts);
            AddDialog(new WaterfallDialog("steps",
            [
                (sc, ct) => sc.PromptAsync("text", new PromptOptions("Wat is je bijnaam?"), ct),
                (sc, ct) => sc.PromptAsync("text", new PromptOptions("Waar woon je?"), ct),
                (sc, ct) => sc.EndDialogAsync(null, ct),
            ]));
            AddDialog(new TextPrompt("text", settings));
        }

        protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
        {
            switch (innerDc.Context.Activity.Text)
            {
                case "terug":
                    await innerDc.PopAsync(cancellationToken);
                    return await ((WaterfallDialog)innerDc.FindDialog("steps")!).GoBackAsync(innerDc, cancellationToken);
                case "stop":
                    return await innerDc.CancelAllDialogsAsync(cancellationToken);
                default:
                    return await base.OnContinueDialogAsync(innerDc, cancellationToken);
            }
        }
    }
}
