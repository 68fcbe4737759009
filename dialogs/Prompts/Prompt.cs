using System.Text.Json;
using System.Text.Json.Nodes;
using Bouwmarkt.Bot.Dialogs.Engine;
using Bouwmarkt.Bot.Protocol.Schema;
using Bouwmarkt.Bot.Protocol.Turns;

namespace Bouwmarkt.Bot.Dialogs.Prompts;

/// <summary>Asks one question and ends with the recognized, validated answer, as Bot Builder's <c>Prompt&lt;T&gt;</c>.</summary>
/// <remarks>
/// After <see cref="PromptSettings.MaxAttempts"/> failed tries it does not loop: it says how to get out
/// (skip, stop, talk to a person) and ends with a null result, so the calling step can move on.
/// </remarks>
public abstract class Prompt<T> : Dialog
{
    /// <summary>The text key of the way-out message.</summary>
    public const string WayOutKey = "prompt.way_out";

    private readonly PromptValidator<T>? _validator;

    protected Prompt(string id, PromptSettings settings, PromptValidator<T>? validator) : base(id)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Settings = settings;
        _validator = validator;
    }

    protected PromptSettings Settings { get; }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var promptOptions = PromptOptions.FromNode(options)
            ?? throw new ArgumentException($"Prompt '{Id}' needs PromptOptions.", nameof(options));
        var state = new PromptState { Options = promptOptions };
        Write(dc.ActiveDialog!, state);
        await OnPromptAsync(dc.Context, promptOptions, isRetry: false, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return EndOfTurn;
        }

        var instance = dc.ActiveDialog!;
        var state = Read(instance);
        var recognized = Recognize(dc.Context.Activity.Text, state.Options);
        state.AttemptCount++;
        Write(instance, state);
        var valid = _validator is null
            ? recognized.Succeeded
            : await _validator(new PromptValidatorContext<T>(dc.Context, recognized, state.Options, state.AttemptCount), cancellationToken).ConfigureAwait(false);
        if (valid)
        {
            return await dc.EndDialogAsync(ToNode(recognized.Value!), cancellationToken).ConfigureAwait(false);
        }

        if (state.AttemptCount >= (state.Options.MaxAttempts ?? Settings.MaxAttempts))
        {
            await dc.Context.SendActivityAsync(Settings.Texts[WayOutKey], cancellationToken).ConfigureAwait(false);
            return await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        if (!dc.Context.Responded)
        {
            await OnPromptAsync(dc.Context, state.Options, isRetry: true, cancellationToken).ConfigureAwait(false);
        }

        return EndOfTurn;
    }

    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, JsonNode? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return OnPromptAsync(turnContext, Read(instance).Options, isRetry: false, cancellationToken);
    }

    /// <summary>Sends the question (or the retry text).</summary>
    protected virtual Task OnPromptAsync(ITurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var text = isRetry ? options.RetryPrompt ?? options.Prompt : options.Prompt;
        var activity = ChoiceRenderer.Render(text, ChoicesFor(options), options.Style, turnContext.Activity);
        return turnContext.SendActivityAsync(activity, cancellationToken);
    }

    /// <summary>The choices to show with the question; none by default.</summary>
    protected virtual IReadOnlyList<Choice>? ChoicesFor(PromptOptions options) => null;

    /// <summary>Reads the user's text.</summary>
    protected abstract PromptRecognizerResult<T> Recognize(string? text, PromptOptions options);

    /// <summary>The value as the dialog result.</summary>
    protected abstract JsonNode ToNode(T value);

    private static PromptState Read(DialogInstance instance) =>
        instance.ReadTyped(json => json.Deserialize(DialogsJsonContext.Default.PromptState)
            ?? throw new InvalidOperationException("Prompt state is missing."));

    private static void Write(DialogInstance instance, PromptState state) => instance.WriteTyped(state, WriteJson);

    private static void WriteJson(DialogInstance instance)
    {
        var state = (PromptState)instance.Typed!;
        instance.State["options"] = state.Options.ToNode();
        instance.State["attemptCount"] = state.AttemptCount;
    }
}
