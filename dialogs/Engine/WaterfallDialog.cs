using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bouwmarkt.Bot.Protocol.Schema;

namespace Bouwmarkt.Bot.Dialogs.Engine;

/// <summary>A fixed sequence of steps; each step's result feeds the next, as Bot Builder's waterfall.</summary>
/// <remarks>Besides Bot Builder's behaviour it remembers which steps asked a question, so 'terug' can ask the previous one again.</remarks>
public sealed class WaterfallDialog : Dialog
{
    private readonly List<WaterfallStep> _steps;

    public WaterfallDialog(string id, IEnumerable<WaterfallStep>? steps = null) : base(id) => _steps = steps is null ? [] : [.. steps];

    public WaterfallDialog AddStep(WaterfallStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        _steps.Add(step);
        return this;
    }

    public override string GetVersion() => $"{Id}:{_steps.Count}";

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var state = new WaterfallState { Options = options?.DeepClone(), StepIndex = -1 };
        return await ResumeWithStateAsync(dc, state, DialogReason.BeginCalled, null, cancellationToken).ConfigureAwait(false);
    }

    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return Task.FromResult(EndOfTurn);
        }

        return ResumeDialogAsync(dc, DialogReason.ContinueCalled, dc.Context.Activity.Text is { } text ? JsonValue.Create(text) : null, cancellationToken);
    }

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, JsonNode? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return ResumeWithStateAsync(dc, Read(dc.ActiveDialog!), reason, result, cancellationToken);
    }

    /// <summary>True when this instance asked an earlier question it can ask again.</summary>
    public static bool CanGoBack(DialogInstance instance) => Read(instance).Asked.Count >= 2;

    /// <summary>Runs the step that asked the previous question again; the instance must be active.</summary>
    public async Task<DialogTurnResult> GoBackAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var state = Read(dc.ActiveDialog!);
        state.Asked.RemoveAt(state.Asked.Count - 1);
        var previous = state.Asked[^1];
        state.Asked.RemoveAt(state.Asked.Count - 1);
        var input = state.Inputs[previous.ToString(CultureInfo.InvariantCulture)]?.DeepClone();
        state.StepIndex = previous - 1;
        return await ResumeWithStateAsync(dc, state, DialogReason.ReplaceCalled, input, cancellationToken).ConfigureAwait(false);
    }

    internal async Task<DialogTurnResult> ResumeWithStateAsync(DialogContext dc, WaterfallState state, DialogReason reason, JsonNode? result, CancellationToken ct)
    {
        var instance = dc.ActiveDialog!;
        var index = state.StepIndex + 1;
        if (index >= _steps.Count)
        {
            return await dc.EndDialogAsync(result, ct).ConfigureAwait(false);
        }

        state.StepIndex = index;
        state.Inputs[index.ToString(CultureInfo.InvariantCulture)] = result?.DeepClone();
        Write(instance, state);
        var stepContext = new WaterfallStepContext(this, dc, state, reason, result);
        var outcome = await _steps[index](stepContext, ct).ConfigureAwait(false);
        if (dc.Stack.Contains(instance))
        {
            if (outcome.Status == DialogTurnStatus.Waiting && state.StepIndex == index && (state.Asked.Count == 0 || state.Asked[^1] != index))
            {
                state.Asked.Add(index);
            }

            Write(instance, state);
        }

        return outcome;
    }

    private static WaterfallState Read(DialogInstance instance) =>
        instance.ReadTyped(json => json.Deserialize(DialogsJsonContext.Default.WaterfallState) ?? new WaterfallState());

    // Kept as an object until the turn saves: a step writes its state twice, and converting each time was most of a turn's JSON work.
    private static void Write(DialogInstance instance, WaterfallState state) => instance.WriteTyped(state, WriteJson);

    private static void WriteJson(DialogInstance instance)
    {
        var state = (WaterfallState)instance.Typed!;
        var node = JsonSerializer.SerializeToNode(state, DialogsJsonContext.Default.WaterfallState)!.AsObject();
        instance.State.Clear();
        foreach (var (key, value) in node.ToList())
        {
            node.Remove(key);
            instance.State[key] = value;
        }
    }
}
