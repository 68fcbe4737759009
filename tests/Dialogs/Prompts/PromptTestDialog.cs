using Bouwmarkt.Bot.Dialogs.Engine;
using Bouwmarkt.Bot.Dialogs.Prompts;
using Bouwmarkt.Bot.Dialogs.Testing;
using Bouwmarkt.Bot.Protocol.Schema;
using Bouwmarkt.Bot.Protocol.State;
using Bouwmarkt.Bot.Tests.Support;

namespace Bouwmarkt.Bot.Tests.Dialogs.Prompts;

/// <summary>A component that asks one prompt and ends with its result, for prompt tests.</summary>
internal static class PromptTestDialog
{
    public static PromptSettings Settings(int maxAttempts = 3) => new(DialogIntakeHarness.Texts, maxAttempts);

    public static DialogTestClient Client(Dialog prompt, PromptOptions options, string channelId = ChannelIds.Test)
    {
        var component = new ComponentDialog("ask");
        component.AddDialog(new WaterfallDialog("ask.steps",
        [
            (sc, ct) => sc.PromptAsync(prompt.Id, options, ct),
            (sc, ct) => sc.EndDialogAsync(sc.Result, ct),
        ]));
        component.AddDialog(prompt);
        return new DialogTestClient(channelId, component, new ConversationState(new MemoryStorage()));
    }
}
