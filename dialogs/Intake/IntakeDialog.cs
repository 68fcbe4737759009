using System.Text.Json.Nodes;
using Bouwmarkt.Bot.Dialogs.Engine;
using Bouwmarkt.Bot.Dialogs.Prompts;
using Bouwmarkt.Bot.Knowledge.Recognition;
using Bouwmarkt.Bot.Protocol.Schema;
using Bouwmarkt.Bot.Protocol.State;
using Bouwmarkt.Bot.Protocol.Turns;
using Microsoft.Extensions.Logging;

namespace Bouwmarkt.Bot.Dialogs.Intake;

/// <summary>The root dialog of the resident intake: crisis check and interruptions on every message, then the paths.</summary>
/// <remarks>Built once at start-up; everything per conversation lives in the dialog stack and <see cref="IntakeProfile"/>.</remarks>
public sealed partial class IntakeDialog : ComponentDialog
{
    public const string DialogId = "intake";
    public const string MainId = "intake.main";
    public const string HandoffId = "intake.handoff";
    public const string FeedbackId = "intake.feedback";
    public const string HelpingId = "intake.helping";
    public const string WorryId = "intake.worry";
    public const string ProfessionalId = "intake.professional";
    public const string HumanId = "intake.human";

    private const string TextPromptId = "prompt.text";
    private const string ChoicePromptId = "prompt.choice";
    private const string DangerNowQuestion = "intake.ask_danger_now";
    private const string ConfirmPromptId = "prompt.confirm";
    private const string AreaPromptId = "prompt.area";
    private const string RecognitionKey = "intake.recognition";
    private const string ProfileKey = "intake.profile";

    private readonly IntakeServices _s;
    private readonly IStatePropertyAccessor<IntakeProfile> _profile;
    private readonly CrisisResponder _crisis;
    private readonly ResultsPresenter _results;

    public IntakeDialog(IntakeServices services) : base(DialogId)
    {
        ArgumentNullException.ThrowIfNull(services);
        _s = services;
        _profile = services.ConversationState.CreateProperty("Intake", IntakeJsonContext.Default.IntakeProfile);
        _crisis = new CrisisResponder(services.Texts);
        _results = new ResultsPresenter(services.Texts);
        var settings = new PromptSettings(services.Texts, services.Options.MaxAttempts);
        NeedChoices = BuildNeedChoices();
        AddDialog(BuildMain());
        AddDialog(new TextPrompt(TextPromptId, settings));
        AddDialog(new ChoicePrompt(ChoicePromptId, settings));
        AddDialog(new ConfirmPrompt(ConfirmPromptId, settings));
        AddDialog(new AreaPrompt(AreaPromptId, settings, listedArea: services.Matcher.ListsPostcodeArea));
        AddDialog(BuildHandoff());
        AddDialog(BuildFeedback());
        AddDialog(BuildHelping());
        AddDialog(BuildWorry());
        AddDialog(BuildProfessional());
        AddDialog(BuildHuman());
        InitialDialogId = MainId;
    }

    /// <summary>Said when the conversation had to be reset after an error.</summary>
    public string ErrorText => T("interrupt.error");

    /// <summary>The welcome: a computer program, anonymous, what it can do, the privacy link.</summary>
    public IReadOnlyList<Activity> WelcomeMessages() =>
    [
        Activity.CreateMessage(string.Join(" ", T("welcome.bot"), T("welcome.what"))),
        Activity.CreateMessage(string.Join(" ", T("welcome.anonymous"), T("welcome.never"), _s.Texts.Format("welcome.privacy", ("url", _s.Options.PrivacyUrl)))),
    ];

    protected override async Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, JsonNode? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        // A crisis in the very first message still comes first.
        var text = innerDc.Context.Activity.Type == ActivityTypes.Message ? innerDc.Context.Activity.Text : null;
        if (!string.IsNullOrWhiteSpace(text))
        {
            var recognition = await RecognizeAsync(innerDc.Context, text, cancellationToken).ConfigureAwait(false);
            if (recognition.Urgency.Urgent)
            {
                _s.Logger.CrisisSignal(string.Join(",", recognition.Urgency.Kinds));
                await innerDc.Context.SendActivitiesAsync(_crisis.Messages(recognition.Urgency), cancellationToken).ConfigureAwait(false);
                await MarkCrisisSeenAsync(innerDc.Context, cancellationToken).ConfigureAwait(false);
            }

            switch (InterruptionRecognizer.Recognize(text))
            {
                case Interruption.Forget:
                    return await ForgetAsync(innerDc, cancellationToken).ConfigureAwait(false);
                case Interruption.Human:
                    return await innerDc.BeginDialogAsync(HumanId, null, cancellationToken).ConfigureAwait(false);
                default:
                    break;
            }
        }

        return await innerDc.BeginDialogAsync(MainId, options, cancellationToken).ConfigureAwait(false);
    }

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var activity = innerDc.Context.Activity;
        if (activity.Type != ActivityTypes.Message || string.IsNullOrWhiteSpace(activity.Text))
        {
            return await base.OnContinueDialogAsync(innerDc, cancellationToken).ConfigureAwait(false);
        }

        // Crisis detection runs on every message before anything else; the whole recognizer only where a step asks for needs.
        var urgency = _s.Crisis.Detect(activity.Text);
        if (urgency.Urgent)
        {
            _s.Logger.CrisisSignal(string.Join(",", urgency.Kinds));
            await innerDc.Context.SendActivitiesAsync(_crisis.Messages(urgency), cancellationToken).ConfigureAwait(false);
            await MarkCrisisSeenAsync(innerDc.Context, cancellationToken).ConfigureAwait(false);
            await innerDc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
            return Dialog.EndOfTurn;
        }

        switch (InterruptionRecognizer.Recognize(activity.Text))
        {
            case Interruption.Help:
                await Say(innerDc, "interrupt.help", cancellationToken).ConfigureAwait(false);
                await innerDc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
                return Dialog.EndOfTurn;
            case Interruption.Stop:
                await Say(innerDc, "interrupt.stop", cancellationToken).ConfigureAwait(false);
                await ResetProfileAsync(innerDc.Context, cancellationToken).ConfigureAwait(false);
                return await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
            case Interruption.Restart:
                await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
                await ResetProfileAsync(innerDc.Context, cancellationToken).ConfigureAwait(false);
                await Say(innerDc, "interrupt.restart", cancellationToken).ConfigureAwait(false);
                return await innerDc.BeginDialogAsync(MainId, new JsonObject { ["restart"] = true }, cancellationToken).ConfigureAwait(false);
            case Interruption.Back:
                return await GoBackAsync(innerDc, cancellationToken).ConfigureAwait(false);
            case Interruption.Human:
                await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
                return await innerDc.BeginDialogAsync(HumanId, null, cancellationToken).ConfigureAwait(false);
            case Interruption.Forget:
                return await ForgetAsync(innerDc, cancellationToken).ConfigureAwait(false);
            default:
                return await base.OnContinueDialogAsync(innerDc, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<DialogTurnResult> GoBackAsync(DialogContext innerDc, CancellationToken ct)
    {
        // The nearest waterfall that asked an earlier question goes back; the ones above it are dropped.
        for (var i = 0; i < innerDc.Stack.Count; i++)
        {
            var instance = innerDc.Stack[i];
            if (innerDc.FindDialog(instance.Id) is WaterfallDialog waterfall && WaterfallDialog.CanGoBack(instance))
            {
                for (var j = 0; j < i; j++)
                {
                    await innerDc.PopAsync(ct).ConfigureAwait(false);
                }

                return await waterfall.GoBackAsync(innerDc, ct).ConfigureAwait(false);
            }
        }

        await Say(innerDc, "interrupt.first_question", ct).ConfigureAwait(false);
        await innerDc.RepromptDialogAsync(ct).ConfigureAwait(false);
        return Dialog.EndOfTurn;
    }

    private async Task<DialogTurnResult> ForgetAsync(DialogContext innerDc, CancellationToken ct)
    {
        await innerDc.CancelAllDialogsAsync(ct).ConfigureAwait(false);
        await _s.ConversationState.DeleteAsync(innerDc.Context, ct).ConfigureAwait(false);
        await _s.UserState.DeleteAsync(innerDc.Context, ct).ConfigureAwait(false);
        innerDc.Context.TurnState.Remove(ProfileKey);
        innerDc.Context.MarkStateDeleted();
        _s.Logger.Forgotten();
        await Say(innerDc, "interrupt.forgotten", ct).ConfigureAwait(false);
        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    /// <summary>Recognizes <paramref name="text"/> once per turn (crisis check and need step share it).</summary>
    private async ValueTask<Recognition> RecognizeAsync(ITurnContext context, string text, CancellationToken ct)
    {
        if (context.TurnState.Get<RecognitionCache>(RecognitionKey) is { } cached && string.Equals(cached.Text, text, StringComparison.Ordinal))
        {
            return cached.Recognition;
        }

        var recognition = await _s.Recognizer.RecognizeAsync(text, ct).ConfigureAwait(false);
        context.TurnState.Set(RecognitionKey, new RecognitionCache(text, recognition));
        return recognition;
    }

    /// <summary>The profile, read from state once per turn and then shared by every step of the turn.</summary>
    private async Task<IntakeProfile> GetProfileAsync(ITurnContext context, CancellationToken ct)
    {
        if (context.TurnState.Get<IntakeProfile>(ProfileKey) is { } cached)
        {
            return cached;
        }

        var profile = (await _profile.GetAsync(context, () => new IntakeProfile(), ct).ConfigureAwait(false))!;
        context.TurnState.Set(ProfileKey, profile);
        return profile;
    }

    private Task SaveProfileAsync(ITurnContext context, IntakeProfile profile, CancellationToken ct)
    {
        context.TurnState.Set(ProfileKey, profile);
        return _profile.SetAsync(context, profile, ct);
    }

    /// <summary>Forgets the answers but remembers the welcome was given, and whether a crisis was answered.</summary>
    private async Task ResetProfileAsync(ITurnContext context, CancellationToken ct)
    {
        var profile = await GetProfileAsync(context, ct).ConfigureAwait(false);
        await SaveProfileAsync(context, new IntakeProfile { Welcomed = profile.Welcomed, CrisisSeen = profile.CrisisSeen }, ct).ConfigureAwait(false);
    }

    // Someone in crisis is not asked for anything more, and what they wrote is not kept for learning.
    private async Task MarkCrisisSeenAsync(ITurnContext context, CancellationToken ct)
    {
        var profile = await GetProfileAsync(context, ct).ConfigureAwait(false);
        profile.CrisisSeen = true;
        profile.ToLearnFrom = null;
        await SaveProfileAsync(context, profile, ct).ConfigureAwait(false);
    }

    private string T(string key) => _s.Texts[key];

    private Task Say(DialogContext dc, string key, CancellationToken ct) => dc.Context.SendActivityAsync(T(key), ct);

    private sealed record RecognitionCache(string Text, Recognition Recognition);
}
