using System.Text.Json.Nodes;
using Bouwmarkt.Bot.Protocol.State;
using Bouwmarkt.Bot.Protocol.Turns;

namespace Bouwmarkt.Bot.Dialogs.Engine;

/// <summary>Runs a root dialog for one turn, as Bot Builder's <c>Dialog.RunAsync</c>.</summary>
public static class DialogExtensions
{
    /// <summary>Continues the stack, or begins <paramref name="dialog"/> when it is empty; then writes the stack back.</summary>
    public static async Task<DialogTurnResult> RunAsync(this DialogSet dialogs, Dialog dialog, ITurnContext turnContext, JsonNode? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        ArgumentNullException.ThrowIfNull(dialog);
        var dc = await dialogs.CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var result = await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
        if (result.Status == DialogTurnStatus.Empty)
        {
            result = await dc.BeginDialogAsync(dialog.Id, options, cancellationToken).ConfigureAwait(false);
        }

        await dc.SaveAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>The accessor name Bot Builder uses for the dialog stack.</summary>
    public const string DialogStateProperty = "DialogState";

    /// <summary>Creates the dialog-stack accessor on <paramref name="state"/>.</summary>
    public static IStatePropertyAccessor<DialogState> CreateDialogStateProperty(this ConversationState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.CreateProperty(DialogStateProperty, DialogsJsonContext.Default.DialogState);
    }
}
