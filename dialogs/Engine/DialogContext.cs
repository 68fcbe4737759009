using System.Text.Json.Nodes;
using Bouwmarkt.Bot.Dialogs.Prompts;
using Bouwmarkt.Bot.Protocol.Turns;

namespace Bouwmarkt.Bot.Dialogs.Engine;

/// <summary>The dialog stack of one turn and the calls that move it, with Bot Builder's semantics.</summary>
public sealed class DialogContext
{
    private bool _activityEventEmitted;

    public DialogContext(DialogSet dialogs, ITurnContext turnContext, DialogState state, DialogContext? parent = null)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(state);
        Dialogs = dialogs;
        Context = turnContext;
        State = state;
        Parent = parent;
    }

    public DialogSet Dialogs { get; }

    public ITurnContext Context { get; }

    public DialogState State { get; }

    /// <summary>The stack; index 0 is the active dialog.</summary>
    public List<DialogInstance> Stack => State.DialogStack;

    /// <summary>The context of the dialog that owns this one (a component), or null at the root.</summary>
    public DialogContext? Parent { get; }

    /// <summary>The active dialog's instance, or null when the stack is empty.</summary>
    public DialogInstance? ActiveDialog => Stack.Count > 0 ? Stack[0] : null;

    /// <summary>The inner context of the active dialog when it is a component.</summary>
    public DialogContext? Child => ActiveDialog is { } active && Dialogs.Find(active.Id) is ComponentDialog component
        ? component.CreateChildContext(this, active)
        : null;

    internal Func<CancellationToken, Task>? Saving { get; set; }

    /// <summary>Writes the stack back to conversation state (root contexts only).</summary>
    public Task SaveAsync(CancellationToken cancellationToken = default)
    {
        foreach (var instance in State.DialogStack)
        {
            instance.FlushTyped();
        }

        return Saving is null ? Task.CompletedTask : Saving(cancellationToken);
    }

    /// <summary>Pushes a new instance of <paramref name="dialogId"/> and begins it.</summary>
    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, JsonNode? options = null, CancellationToken cancellationToken = default)
    {
        var dialog = FindDialog(dialogId)
            ?? throw new InvalidOperationException($"DialogContext.BeginDialogAsync: no dialog with id '{dialogId}'.");
        Stack.Insert(0, new DialogInstance { Id = dialogId });
        return await dialog.BeginDialogAsync(this, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Begins a prompt; prompts need their options.</summary>
    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return BeginDialogAsync(dialogId, options.ToNode(), cancellationToken);
    }

    /// <summary>Passes the turn to the active dialog (after the interruption event), or returns Empty.</summary>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        if (!_activityEventEmitted)
        {
            _activityEventEmitted = true;
            var handled = await EmitEventAsync(DialogEvents.ActivityReceived, null, bubble: true, fromLeaf: true, cancellationToken).ConfigureAwait(false);
            if (handled)
            {
                return Dialog.EndOfTurn;
            }
        }

        if (ActiveDialog is not { } active)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        var dialog = FindDialog(active.Id)
            ?? throw new InvalidOperationException($"DialogContext.ContinueDialogAsync: no dialog with id '{active.Id}'.");
        return await dialog.ContinueDialogAsync(this, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Pops the active dialog and resumes its parent with <paramref name="result"/>; Complete when none is left.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(JsonNode? result = null, CancellationToken cancellationToken = default)
    {
        await EndActiveDialogAsync(DialogReason.EndCalled, cancellationToken).ConfigureAwait(false);
        if (ActiveDialog is { } parent)
        {
            var dialog = FindDialog(parent.Id)
                ?? throw new InvalidOperationException($"DialogContext.EndDialogAsync: no dialog with id '{parent.Id}'.");
            return await dialog.ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken).ConfigureAwait(false);
        }

        return new DialogTurnResult(DialogTurnStatus.Complete, result);
    }

    /// <summary>Pops every dialog; Cancelled when there were any, else Empty.</summary>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default)
    {
        if (Stack.Count == 0)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        while (Stack.Count > 0)
        {
            await EndActiveDialogAsync(DialogReason.CancelCalled, cancellationToken).ConfigureAwait(false);
        }

        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    /// <summary>Ends the active dialog without resuming its parent and begins <paramref name="dialogId"/> in its place.</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, JsonNode? options = null, CancellationToken cancellationToken = default)
    {
        await EndActiveDialogAsync(DialogReason.ReplaceCalled, cancellationToken).ConfigureAwait(false);
        return await BeginDialogAsync(dialogId, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Pops the active dialog without resuming anything (used to go back a question).</summary>
    public Task PopAsync(CancellationToken cancellationToken = default) => EndActiveDialogAsync(DialogReason.CancelCalled, cancellationToken);

    /// <summary>Asks the active dialog to repeat its question.</summary>
    public async Task RepromptDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is { } active && FindDialog(active.Id) is { } dialog)
        {
            await dialog.RepromptDialogAsync(Context, active, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Sends an event to the active dialog (the leaf, if <paramref name="fromLeaf"/>) and bubbles it up until handled.</summary>
    public async Task<bool> EmitEventAsync(string name, JsonNode? value = null, bool bubble = true, bool fromLeaf = false, CancellationToken cancellationToken = default)
    {
        var dc = this;
        if (fromLeaf)
        {
            while (dc.Child is { } child)
            {
                dc = child;
            }
        }

        while (dc is not null)
        {
            if (dc.ActiveDialog is { } active && dc.FindDialog(active.Id) is { } dialog
                && await dialog.OnDialogEventAsync(dc, name, value, cancellationToken).ConfigureAwait(false))
            {
                return true;
            }

            if (!bubble)
            {
                return false;
            }

            dc = dc.Parent;
        }

        return false;
    }

    /// <summary>Finds a dialog here or in a parent's set.</summary>
    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId) ?? Parent?.FindDialog(dialogId);

    private async Task EndActiveDialogAsync(DialogReason reason, CancellationToken ct)
    {
        if (ActiveDialog is not { } instance)
        {
            return;
        }

        if (FindDialog(instance.Id) is { } dialog)
        {
            await dialog.EndDialogAsync(Context, instance, reason, ct).ConfigureAwait(false);
        }

        Stack.RemoveAt(0);
    }
}
