using System.Text.Json.Nodes;
using Bouwmarkt.Bot.Dialogs.Engine;
using Bouwmarkt.Bot.Dialogs.Prompts;

namespace Bouwmarkt.Bot.Dialogs.Intake;

public sealed partial class IntakeDialog
{
    // Handoff with explicit consent: the resident reads the summary back, corrects it, and only then is it sent.
    private WaterfallDialog BuildHandoff() => new(HandoffId,
    [
        async (sc, ct) =>
        {
            if (sc.Options?["contact"]?.GetValue<string>() is { } contact)
            {
                sc.Values["note"] = sc.Options["note"]?.DeepClone();
                return await sc.NextAsync(JsonValue.Create(contact), ct).ConfigureAwait(false);
            }

            if (sc.Options?["human"] is not null)
            {
                await sc.Context.SendActivityAsync(T("handoff.human"), ct).ConfigureAwait(false);
            }

            return await sc.PromptAsync(TextPromptId, new PromptOptions(T("handoff.ask_contact")), ct).ConfigureAwait(false);
        },
        async (sc, ct) =>
        {
            if (sc.Result?.GetValue<string>() is not { } contact)
            {
                await sc.Context.SendActivityAsync(T("handoff.not_sent"), ct).ConfigureAwait(false);
                return await sc.EndDialogAsync(null, ct).ConfigureAwait(false);
            }

            sc.Values["contact"] = contact;
            var summary = await SummaryAsync(sc, contact, sc.Values["note"]?.GetValue<string>(), ct).ConfigureAwait(false);
            await sc.Context.SendActivityAsync(summary, ct).ConfigureAwait(false);
            return await sc.PromptAsync(ConfirmPromptId, new PromptOptions(T("handoff.confirm")), ct).ConfigureAwait(false);
        },
        async (sc, ct) =>
        {
            if (sc.Result is null)
            {
                await sc.Context.SendActivityAsync(T("handoff.not_sent"), ct).ConfigureAwait(false);
                return await sc.EndDialogAsync(null, ct).ConfigureAwait(false);
            }

            if (!IsYes(sc.Result))
            {
                return await sc.PromptAsync(TextPromptId, new PromptOptions(T("handoff.ask_correction")), ct).ConfigureAwait(false);
            }

            var contact = sc.Values["contact"]!.GetValue<string>();
            var note = sc.Values["note"]?.GetValue<string>();
            var profile = await GetProfileAsync(sc.Context, ct).ConfigureAwait(false);
            var request = new HandoffRequest(
                await SummaryAsync(sc, contact, note, ct).ConfigureAwait(false),
                profile.Needs,
                profile.ForWhom,
                profile.Postcode,
                profile.Urgent,
                contact,
                sc.Context.Activity.ChannelId ?? "",
                _s.Time.GetUtcNow())
            {
                Gemeente = profile.Gemeente,
            };
            var sent = await _s.Handoff.SendAsync(request, ct).ConfigureAwait(false);
            await sc.Context.SendActivityAsync(T(sent ? "handoff.sent" : "handoff.failed"), ct).ConfigureAwait(false);
            return await sc.EndDialogAsync(JsonValue.Create(sent), ct).ConfigureAwait(false);
        },
        async (sc, ct) =>
        {
            // The correction replaces the summary's note; the resident reads it back once more.
            var options = new JsonObject { ["contact"] = sc.Values["contact"]?.DeepClone(), ["note"] = sc.Result?.DeepClone() };
            return await sc.ReplaceDialogAsync(HandoffId, options, ct).ConfigureAwait(false);
        },
    ]);

    private async Task<string> SummaryAsync(WaterfallStepContext sc, string contact, string? note, CancellationToken ct)
    {
        var profile = await GetProfileAsync(sc.Context, ct).ConfigureAwait(false);
        var lines = new List<string> { T("handoff.summary") };
        if (profile.Needs.Count > 0)
        {
            lines.Add(_s.Texts.Format("handoff.summary_needs", ("value", NeedList(profile.Needs))));
        }

        if (profile.ForWhom is { } forWhom)
        {
            lines.Add(_s.Texts.Format("handoff.summary_for_whom", ("value", ForWhomLabel(forWhom))));
        }

        if ((profile.Postcode ?? profile.Gemeente) is { Length: > 0 } area)
        {
            lines.Add(_s.Texts.Format(profile.Postcode is null ? "handoff.summary_place" : "handoff.summary_area", ("value", area)));
        }

        if (profile.Urgent)
        {
            lines.Add(T("handoff.summary_urgent"));
        }

        lines.Add(_s.Texts.Format("handoff.summary_contact", ("value", contact)));
        if (!string.IsNullOrWhiteSpace(note))
        {
            lines.Add(_s.Texts.Format("handoff.summary_note", ("value", note)));
        }

        return string.Join("\n", lines);
    }

    private string ForWhomLabel(string forWhom) => forWhom switch
    {
        ForWhom.Other => T("intake.for_other"),
        ForWhom.Carer => T("intake.for_carer"),
        ForWhom.Professional => T("intake.for_professional"),
        ForWhom.Helper => T("intake.for_helping"),
        _ => T("intake.for_me"),
    };

    // Feedback without personal data: did it help, and optional scrubbed text; then, only where the host asks it, whether
    // the message the needs came from may be kept for learning.
    private WaterfallDialog BuildFeedback() => new(FeedbackId,
    [
        (sc, ct) => sc.PromptAsync(ConfirmPromptId, new PromptOptions(T("feedback.ask_helpful")), ct),
        (sc, ct) =>
        {
            sc.Values["helpful"] = sc.Result?.DeepClone();
            return sc.PromptAsync(TextPromptId, new PromptOptions(T("feedback.ask_text")), ct);
        },
        async (sc, ct) =>
        {
            var text = sc.Result?.GetValue<string>();
            if (text is not null && DutchInput.ReadYesNo(text) == false)
            {
                text = null;
            }

            var profile = await GetProfileAsync(sc.Context, ct).ConfigureAwait(false);
            bool? helpful = sc.Values["helpful"] is JsonValue v && v.TryGetValue<bool>(out var h) ? h : null;
            var entry = new FeedbackEntry(
                helpful,
                text is null ? null : PersonalDataScrubber.Scrub(text),
                [.. profile.Needs],
                sc.Context.Activity.ChannelId,
                Today);
            await _s.Feedback.SaveAsync(entry, ct).ConfigureAwait(false);
            // A crisis in the conversation took the candidate away; the resident sees exactly what would be kept.
            if (_s.Learning is not null && profile.ToLearnFrom is { } candidate)
            {
                return await sc.PromptAsync(ConfirmPromptId, new PromptOptions(_s.Texts.Format("feedback.ask_learn", ("text", candidate.Text))), ct).ConfigureAwait(false);
            }

            return await ThankAndEndAsync(sc, ct).ConfigureAwait(false);
        },
        async (sc, ct) =>
        {
            var profile = await GetProfileAsync(sc.Context, ct).ConfigureAwait(false);
            if (sc.Result is JsonValue v && v.TryGetValue<bool>(out var yes) && yes
                && _s.Learning is { } store && profile.ToLearnFrom is { } candidate)
            {
                var entry = new LearningEntry(
                    candidate.Text,
                    candidate.Recognized,
                    [.. profile.Needs],
                    sc.Context.Activity.ChannelId,
                    Today);
                await store.SaveAsync(entry, ct).ConfigureAwait(false);
                await sc.Context.SendActivityAsync(T("feedback.learn_kept"), ct).ConfigureAwait(false);
            }

            profile.ToLearnFrom = null;
            await SaveProfileAsync(sc.Context, profile, ct).ConfigureAwait(false);
            return await ThankAndEndAsync(sc, ct).ConfigureAwait(false);
        },
    ]);

    // The date documents are kept under: a day, never a time, so they cannot be matched to a conversation.
    private DateOnly Today => DateOnly.FromDateTime(_s.Time.GetUtcNow().UtcDateTime);

    private async Task<DialogTurnResult> ThankAndEndAsync(WaterfallStepContext sc, CancellationToken ct)
    {
        await sc.Context.SendActivityAsync(T("feedback.thanks"), ct).ConfigureAwait(false);
        return await sc.EndDialogAsync(null, ct).ConfigureAwait(false);
    }

    // 'Ik wil een mens spreken' at any point: the handoff, then feedback and goodbye.
    private WaterfallDialog BuildHuman() => new(HumanId,
    [
        (sc, ct) => sc.BeginDialogAsync(HandoffId, new JsonObject { ["human"] = true }, ct),
        FeedbackStepAsync,
        GoodbyeStepAsync,
    ]);
}
