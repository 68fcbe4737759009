using System.Text.Json.Nodes;
using Bouwmarkt.Bot.Dialogs.Prompts;
using Bouwmarkt.Bot.Protocol.Turns;

namespace Bouwmarkt.Bot.Dialogs.Engine;

/// <summary>What a waterfall step sees: its index, the options, the previous result and the shared values.</summary>
public sealed class WaterfallStepContext
{
    private readonly WaterfallDialog _parent;
    private readonly WaterfallState _state;
    private bool _nextCalled;

    internal WaterfallStepContext(WaterfallDialog parent, DialogContext dc, WaterfallState state, DialogReason reason, JsonNode? result)
    {
        _parent = parent;
        _state = state;
        DialogContext = dc;
        Reason = reason;
        Result = result;
    }

    public DialogContext DialogContext { get; }

    public ITurnContext Context => DialogContext.Context;

    public int Index => _state.StepIndex;

    public JsonNode? Options => _state.Options;

    public DialogReason Reason { get; }

    /// <summary>The previous step's or the child dialog's result.</summary>
    public JsonNode? Result { get; }

    /// <summary>Values shared by all steps of this instance; persisted.</summary>
    public JsonObject Values => _state.Values;

    /// <summary>Skips to the next step with <paramref name="result"/>; callable once per step.</summary>
    public Task<DialogTurnResult> NextAsync(JsonNode? result = null, CancellationToken cancellationToken = default)
    {
        if (_nextCalled)
        {
            throw new InvalidOperationException($"WaterfallStepContext.NextAsync: called twice in step {Index} of '{_parent.Id}'.");
        }

        _nextCalled = true;
        return _parent.ResumeWithStateAsync(DialogContext, _state, DialogReason.NextCalled, result, cancellationToken);
    }

    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default) =>
        DialogContext.PromptAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, JsonNode? options = null, CancellationToken cancellationToken = default) =>
        DialogContext.BeginDialogAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> EndDialogAsync(JsonNode? result = null, CancellationToken cancellationToken = default) =>
        DialogContext.EndDialogAsync(result, cancellationToken);

    public Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, JsonNode? options = null, CancellationToken cancellationToken = default) =>
        DialogContext.ReplaceDialogAsync(dialogId, options, cancellationToken);
}
