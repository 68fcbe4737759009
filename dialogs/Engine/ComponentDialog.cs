using System.Text.Json;
using System.Text.Json.Nodes;
using Bouwmarkt.Bot.Protocol.Turns;

namespace Bouwmarkt.Bot.Dialogs.Engine;

/// <summary>A dialog made of an inner set of dialogs with its own stack, kept in its instance state under "dialogs".</summary>
public class ComponentDialog : Dialog
{
    /// <summary>Where conversations saved by earlier versions kept the inner stack (Bot Builder's name); read once, then moved.</summary>
    public const string PersistedDialogState = "dialogs";

    public ComponentDialog(string id) : base(id) { }

    protected DialogSet InnerDialogs { get; } = new();

    /// <summary>The inner dialog to begin; defaults to the first added.</summary>
    public string? InitialDialogId { get; set; }

    public ComponentDialog AddDialog(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        InnerDialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    public Dialog? FindDialog(string dialogId) => InnerDialogs.Find(dialogId);

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var inner = CreateChildContext(dc, dc.ActiveDialog!);
        var turn = await OnBeginDialogAsync(inner, options, cancellationToken).ConfigureAwait(false);
        return await EndIfDoneAsync(dc, turn, cancellationToken).ConfigureAwait(false);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var inner = CreateChildContext(dc, dc.ActiveDialog!);
        var turn = await OnContinueDialogAsync(inner, cancellationToken).ConfigureAwait(false);
        return await EndIfDoneAsync(dc, turn, cancellationToken).ConfigureAwait(false);
    }

    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, JsonNode? result, CancellationToken cancellationToken)
    {
        // Only inner dialogs run on the inner stack; a dialog the component pushed on the outer stack ended: ask again.
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var inner = CreateChildContext(null, instance, turnContext);
        await inner.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
    }

    public override async Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (reason == DialogReason.CancelCalled)
        {
            var inner = CreateChildContext(null, instance, turnContext);
            await inner.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    protected virtual Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, JsonNode? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        return innerDc.BeginDialogAsync(InitialDialogId ?? throw new InvalidOperationException($"Component '{Id}' has no dialogs."), options, cancellationToken);
    }

    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        return innerDc.ContinueDialogAsync(cancellationToken);
    }

    /// <summary>The inner context over the instance's stack, cached on the instance for the rest of the turn.</summary>
    internal DialogContext CreateChildContext(DialogContext? outer, DialogInstance instance, ITurnContext? turnContext = null)
    {
        instance.Inner ??= TakeLegacyInner(instance) ?? new DialogState();
        return new DialogContext(InnerDialogs, outer?.Context ?? turnContext!, instance.Inner, outer);
    }

    // Conversations saved before the inner stack had its own field kept it as a node in the state.
    private static DialogState? TakeLegacyInner(DialogInstance instance)
    {
        if (instance.State[PersistedDialogState] is not { } node)
        {
            return null;
        }

        instance.State.Remove(PersistedDialogState);
        return node.Deserialize(DialogsJsonContext.Default.DialogState);
    }

    private static async Task<DialogTurnResult> EndIfDoneAsync(DialogContext outer, DialogTurnResult turn, CancellationToken ct)
    {
        return turn.Status switch
        {
            DialogTurnStatus.Waiting => turn,
            DialogTurnStatus.Cancelled => await outer.EndDialogAsync(null, ct).ConfigureAwait(false) is var ended
                ? ended with { Status = ended.Status == DialogTurnStatus.Complete ? DialogTurnStatus.Cancelled : ended.Status }
                : turn,
            _ => await outer.EndDialogAsync(turn.Result, ct).ConfigureAwait(false),
        };
    }
}
