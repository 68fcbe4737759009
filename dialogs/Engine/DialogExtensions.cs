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

        if (!turnContext.IsStateDeleted())
        {
            await dc.SaveAsync(cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    /// <summary>Records that a dialog deleted the stored state this turn ('vergeet mij'): nothing may write it back.</summary>
    public static void MarkStateDeleted(this ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState.Set(StateDeletedKey, StateDeletedMarker.Instance);
    }

    /// <summary>True when <see cref="MarkStateDeleted"/> was called this turn.</summary>
    public static bool IsStateDeleted(this ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.TurnState.Get<StateDeletedMarker>(StateDeletedKey) is not null;
    }

    /// <summary>Saves <paramref name="states"/>, or, when the state was deleted this turn, drops their caches so nobody saves them.</summary>
    public static async Task SaveOrForgetAsync(this ITurnContext turnContext, IEnumerable<BotState> states, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(states);
        var deleted = turnContext.IsStateDeleted();
        foreach (var state in states)
        {
            if (deleted)
            {
                state.ClearCache(turnContext);
            }
            else
            {
                await state.SaveChangesAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private const string StateDeletedKey = "dialogs.stateDeleted";

    private sealed class StateDeletedMarker
    {
        public static readonly StateDeletedMarker Instance = new();
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
