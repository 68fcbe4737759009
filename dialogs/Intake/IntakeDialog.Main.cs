using System.Text.Json.Nodes;
using Bouwmarkt.Bot.Dialogs.Engine;
using Bouwmarkt.Bot.Dialogs.Prompts;
using Bouwmarkt.Bot.Knowledge.Matching;
using Bouwmarkt.Bot.Knowledge.Recognition;
using Bouwmarkt.Bot.Protocol.Schema;

namespace Bouwmarkt.Bot.Dialogs.Intake;

public sealed partial class IntakeDialog
{
    // Shown when the first answer is too vague: the most asked needs, then 'something else'.
    private static readonly string[] VagueNeeds = ["geld", "wonen", "gezondheid", "psyche", "eenzaamheid", "opvoeding"];

    private static readonly string[] CarerConcepts = ["respijtzorg", "mantelzorgondersteuning", "mantelzorgcompliment"];

    private static readonly string[] ForWhomOrder = [ForWhom.Self, ForWhom.Other, ForWhom.Helper, ForWhom.Carer, ForWhom.Professional];

    /// <summary>Every need a resident can add by hand (all but 'helpen', which is its own path).</summary>
    private IReadOnlyList<(string Id, Choice Choice)> NeedChoices { get; }

    private List<(string Id, Choice Choice)> BuildNeedChoices() =>
        [.. _s.Taxonomy.Needs.Where(n => n.Id != "helpen").Select(n => (n.Id, new Choice(n.PrefLabel) { Synonyms = [n.Id, .. n.AltLabels] }))];

    private WaterfallDialog BuildMain() => new(MainId,
    [
        AskNeedStepAsync,
        UnderstandStepAsync,
        ConfirmNeedsStepAsync,
        HandleConfirmStepAsync,
        AskForWhomStepAsync,
        BranchStepAsync,
        AskPostcodeStepAsync,
        AskUrgencyStepAsync,
        ShowResultsStepAsync,
        HandoffStepAsync,
        FeedbackStepAsync,
        GoodbyeStepAsync,
    ]);

    private async Task<DialogTurnResult> AskNeedStepAsync(WaterfallStepContext sc, CancellationToken ct)
    {
        var profile = await GetProfileAsync(sc.Context, ct).ConfigureAwait(false);
        if (!profile.Welcomed)
        {
            await sc.Context.SendActivitiesAsync(WelcomeMessages(), ct).ConfigureAwait(false);
            profile.Welcomed = true;
            await SaveProfileAsync(sc.Context, profile, ct).ConfigureAwait(false);
        }

        var again = sc.Options?["again"] is not null;
        var activity = sc.Context.Activity;
        if (sc.Reason == DialogReason.BeginCalled && !again && sc.Options?["restart"] is null
            && activity.Type == ActivityTypes.Message && !string.IsNullOrWhiteSpace(activity.Text))
        {
            // The first message may already say what is wrong: do not ask for it again.
            var recognition = await RecognizeAsync(sc.Context, activity.Text, ct).ConfigureAwait(false);
            if (!recognition.IsVague && !recognition.Urgency.Urgent)
            {
                return await sc.NextAsync(JsonValue.Create(activity.Text), ct).ConfigureAwait(false);
            }
        }

        return await sc.PromptAsync(TextPromptId, new PromptOptions(T(again ? "intake.tell_again" : "intake.ask_need"))
        {
            RetryPrompt = T("intake.retry_need"),
        }, ct).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> UnderstandStepAsync(WaterfallStepContext sc, CancellationToken ct)
    {
        var text = sc.Result?.GetValue<string>();
        var recognition = text is null ? null : await RecognizeAsync(sc.Context, text, ct).ConfigureAwait(false);
        if (recognition is { IsVague: false })
        {
            var needs = recognition.Needs.OrderByDescending(n => n.Score).Select(n => n.Id).Distinct().ToList();
            if (needs is ["helpen"])
            {
                return await sc.ReplaceDialogAsync(HelpingId, new JsonObject { ["text"] = text }, ct).ConfigureAwait(false);
            }

            var profile = await GetProfileAsync(sc.Context, ct).ConfigureAwait(false);
            profile.Needs = [.. needs.Where(n => n != "helpen")];
            profile.Concepts = [.. recognition.Concepts.OrderByDescending(c => c.Score).Select(c => c.Id).Distinct()];
            profile.PossibleDanger = recognition.Urgency.Possible;
            KeepForLearning(profile, text!, recognition, needs);
            await SaveProfileAsync(sc.Context, profile, ct).ConfigureAwait(false);
            return await sc.NextAsync(null, ct).ConfigureAwait(false);
        }

        // Vague: a focused follow-up question, never a guess. A possible crisis in it is still asked about once the
        // resident has picked a need.
        var vagueProfile = await GetProfileAsync(sc.Context, ct).ConfigureAwait(false);
        vagueProfile.PossibleDanger = recognition?.Urgency.Possible ?? false;
        vagueProfile.ToLearnFrom = null;
        await SaveProfileAsync(sc.Context, vagueProfile, ct).ConfigureAwait(false);

        var choices = VagueNeeds.Select(id => new Choice(_s.Taxonomy.Find(id)?.PrefLabel ?? id) { Synonyms = [id] })
            .Append(new Choice(T("intake.something_else")))
            .ToList();
        return await sc.PromptAsync(ChoicePromptId, new PromptOptions(T("intake.vague")) { Choices = choices }, ct).ConfigureAwait(false);
    }

    // Only when the host asks residents to give their message: kept scrubbed until they answer at the end. Not a message
    // that might be a crisis, nor one from a conversation that had one: those residents are not asked.
    private void KeepForLearning(IntakeProfile profile, string text, Recognition recognition, List<string> needs)
    {
        var ask = _s.Learning is not null && !profile.CrisisSeen && !recognition.Urgency.Urgent && !recognition.Urgency.Possible;
        profile.ToLearnFrom = ask ? new LearningCandidate(PersonalDataScrubber.Scrub(text), needs) : null;
    }

    private async Task<DialogTurnResult> ConfirmNeedsStepAsync(WaterfallStepContext sc, CancellationToken ct)
    {
        var profile = await GetProfileAsync(sc.Context, ct).ConfigureAwait(false);
        if (ChoicePrompt.FromResult(sc.Result is JsonObject ? sc.Result : null) is { } picked)
        {
            if (picked.Index >= VagueNeeds.Length)
            {
                return await sc.ReplaceDialogAsync(MainId, new JsonObject { ["again"] = true }, ct).ConfigureAwait(false);
            }

            profile.Needs = [VagueNeeds[picked.Index]];
            profile.Concepts = [];
            await SaveProfileAsync(sc.Context, profile, ct).ConfigureAwait(false);
        }

        if (profile.Needs.Count == 0)
        {
            // The way out of the vague question: no need known, so offer a person.
            await sc.Context.SendActivityAsync(T("results.none"), ct).ConfigureAwait(false);
            return await sc.ReplaceDialogAsync(HumanId, null, ct).ConfigureAwait(false);
        }

        var prompt = _s.Texts.Format("intake.confirm_needs", ("needs", NeedList(profile.Needs)));
        List<Choice> choices =
        [
            new Choice(T("intake.confirm_yes")) { Synonyms = ["ja", "klopt", "ja klopt", "jazeker", "goed"] },
            new Choice(T("intake.confirm_add")) { Synonyms = ["toevoegen", "nog iets", "meer"] },
            new Choice(T("intake.confirm_again")) { Synonyms = ["nee", "opnieuw vertellen", "klopt niet"] },
        ];
        if (profile.Needs.Count > 1)
        {
            // Several needs recognized: the resident may keep only the one that fits.
            choices.Add(new Choice(T("intake.confirm_pick")) { Synonyms = ["een ervan", "kiezen", "een klopt"] });
        }

        return await sc.PromptAsync(ChoicePromptId, new PromptOptions(prompt) { Choices = choices }, ct).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> HandleConfirmStepAsync(WaterfallStepContext sc, CancellationToken ct)
    {
        switch (ChoicePrompt.FromResult(sc.Result)?.Index)
        {
            case 1:
                return await sc.PromptAsync(ChoicePromptId, new PromptOptions(T("intake.add_need"))
                {
                    Choices = [.. NeedChoices.Select(n => n.Choice)],
                    Style = ListStyle.List,
                }, ct).ConfigureAwait(false);
            case 2:
                return await sc.ReplaceDialogAsync(MainId, new JsonObject { ["again"] = true }, ct).ConfigureAwait(false);
            case 3:
                var profile = await GetProfileAsync(sc.Context, ct).ConfigureAwait(false);
                sc.Values["picking"] = true;
                return await sc.PromptAsync(ChoicePromptId, new PromptOptions(T("intake.pick_need"))
                {
                    Choices = [.. profile.Needs.Select(id => new Choice(_s.Taxonomy.Find(id)?.PrefLabel ?? id) { Synonyms = [id] })],
                }, ct).ConfigureAwait(false);
            default:
                return await sc.NextAsync(null, ct).ConfigureAwait(false);
        }
    }

    private async Task<DialogTurnResult> AskForWhomStepAsync(WaterfallStepContext sc, CancellationToken ct)
    {
        if (sc.Values["picking"] is not null && ChoicePrompt.FromResult(sc.Result) is { } picked)
        {
            sc.Values.Remove("picking");
            var profile = await GetProfileAsync(sc.Context, ct).ConfigureAwait(false);
            if (picked.Index < profile.Needs.Count)
            {
                profile.Needs = [profile.Needs[picked.Index]];
                var need = profile.Needs[0];
                profile.Concepts = [.. profile.Concepts.Where(c => _s.Taxonomy.NeedOf(c)?.Id == need)];
                await SaveProfileAsync(sc.Context, profile, ct).ConfigureAwait(false);
            }
        }
        else if (ChoicePrompt.FromResult(sc.Result) is { } added && added.Index < NeedChoices.Count)
        {
            var profile = await GetProfileAsync(sc.Context, ct).ConfigureAwait(false);
            var id = NeedChoices[added.Index].Id;
            if (!profile.Needs.Contains(id))
            {
                profile.Needs.Add(id);
                await SaveProfileAsync(sc.Context, profile, ct).ConfigureAwait(false);
            }
        }

        return await sc.PromptAsync(ChoicePromptId, new PromptOptions(T("intake.for_whom"))
        {
            Choices =
            [
                new Choice(T("intake.for_me")) { Synonyms = ["mezelf", "mij", "ik", "voor mij", "mijzelf", "zelf"] },
                new Choice(T("intake.for_other")) { Synonyms = ["iemand anders", "een ander", "zorgen", "voor iemand anders"] },
                new Choice(T("intake.for_helping")) { Synonyms = ["helpen", "vrijwilliger", "anderen helpen"] },
                new Choice(T("intake.for_carer")) { Synonyms = ["mantelzorg", "mantelzorger", "ik zorg"] },
                new Choice(T("intake.for_professional")) { Synonyms = ["doorverwijzen", "professional", "verwijzer", "huisarts", "school"] },
            ],
        }, ct).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> BranchStepAsync(WaterfallStepContext sc, CancellationToken ct)
    {
        var forWhom = ChoicePrompt.FromResult(sc.Result) is { } c ? ForWhomOrder[c.Index] : ForWhom.Self;
        var profile = await GetProfileAsync(sc.Context, ct).ConfigureAwait(false);
        profile.ForWhom = forWhom;
        if (forWhom == ForWhom.Carer)
        {
            // A mantelzorger gets offers for respite, support and the compliment, whatever the first story was.
            if (!profile.Needs.Contains("mantelzorg"))
            {
                profile.Needs.Add("mantelzorg");
            }

            foreach (var concept in CarerConcepts.Where(c => _s.Taxonomy.Contains(c) && !profile.Concepts.Contains(c)))
            {
                profile.Concepts.Add(concept);
            }
        }

        await SaveProfileAsync(sc.Context, profile, ct).ConfigureAwait(false);
        switch (forWhom)
        {
            case ForWhom.Other:
                return await sc.BeginDialogAsync(WorryId, null, ct).ConfigureAwait(false);
            case ForWhom.Helper:
                return await sc.ReplaceDialogAsync(HelpingId, null, ct).ConfigureAwait(false);
            case ForWhom.Professional:
                return await sc.BeginDialogAsync(ProfessionalId, null, ct).ConfigureAwait(false);
            case ForWhom.Carer:
                await sc.Context.SendActivityAsync(T("intake.carer_info"), ct).ConfigureAwait(false);
                return await sc.NextAsync(null, ct).ConfigureAwait(false);
            default:
                return await sc.NextAsync(null, ct).ConfigureAwait(false);
        }
    }

    private Task<DialogTurnResult> AskPostcodeStepAsync(WaterfallStepContext sc, CancellationToken ct) =>
        sc.PromptAsync(AreaPromptId, new PromptOptions(T("intake.ask_postcode"))
        {
            RetryPrompt = T("intake.retry_postcode"),
            Choices = [new Choice(T("prompt.skip"))],
        }, ct);

    private async Task<DialogTurnResult> AskUrgencyStepAsync(WaterfallStepContext sc, CancellationToken ct)
    {
        var profile = await GetProfileAsync(sc.Context, ct).ConfigureAwait(false);
        SetArea(profile, sc.Result);
        await SaveProfileAsync(sc.Context, profile, ct).ConfigureAwait(false);

        // At most one question, and only one that changes the route or the urgency.
        var key = UrgencyQuestion(profile);
        if (key is null)
        {
            return await sc.NextAsync(null, ct).ConfigureAwait(false);
        }

        sc.Values["urgencyQuestion"] = key;
        return await sc.PromptAsync(ConfirmPromptId, new PromptOptions(T(key)), ct).ConfigureAwait(false);
    }

    private static string? UrgencyQuestion(IntakeProfile profile)
    {
        // Safety first: the crisis check misses danger told in a resident's own words, so a safety need, or a message the
        // recognizer finds possibly urgent, asks outright.
        if (profile.Needs.Contains("veiligheid") || profile.PossibleDanger)
        {
            return DangerNowQuestion;
        }

        if (profile.Needs.Contains("geld"))
        {
            return "intake.ask_deadline";
        }

        if (profile.Needs.Contains("wonen"))
        {
            return "intake.ask_house";
        }

        return profile.Needs.Contains("gezondheid") || profile.Needs.Contains("psyche") ? "intake.ask_health_now" : null;
    }

    private async Task<DialogTurnResult> ShowResultsStepAsync(WaterfallStepContext sc, CancellationToken ct)
    {
        var profile = await GetProfileAsync(sc.Context, ct).ConfigureAwait(false);
        var question = sc.Values["urgencyQuestion"]?.GetValue<string>();
        // The worry path may already have marked danger; a yes here adds to it, it never clears it.
        if (question is not null && IsYes(sc.Result))
        {
            profile.Urgent = true;
            // The reason states what the resident told us; the question itself would read oddly in an offer.
            profile.UrgentReason = T(question + "_reason");
            if (question == DangerNowQuestion)
            {
                // Danger now: the lines to call come before any offer.
                await sc.Context.SendActivityAsync(_crisis.DangerNow(), ct).ConfigureAwait(false);
            }
        }

        await SaveProfileAsync(sc.Context, profile, ct).ConfigureAwait(false);

        await ShowOffersAsync(sc, profile, ct).ConfigureAwait(false);
        if (profile.ForWhom == ForWhom.Professional && profile.Consent != true)
        {
            // No consent from the person referred: nothing is passed on.
            return await sc.NextAsync(JsonValue.Create(false), ct).ConfigureAwait(false);
        }

        return await sc.PromptAsync(ConfirmPromptId, new PromptOptions(T("intake.ask_handoff")), ct).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> HandoffStepAsync(WaterfallStepContext sc, CancellationToken ct)
    {
        // 'terug' from the feedback must not send a handoff twice.
        if (sc.Values["handoffSent"] is null && sc.Result is JsonValue v && v.TryGetValue<bool>(out var yes) && yes)
        {
            return await sc.BeginDialogAsync(HandoffId, null, ct).ConfigureAwait(false);
        }

        return await sc.NextAsync(null, ct).ConfigureAwait(false);
    }

    private Task<DialogTurnResult> FeedbackStepAsync(WaterfallStepContext sc, CancellationToken ct)
    {
        if (sc.Result is JsonValue v && v.TryGetValue<bool>(out var sent) && sent)
        {
            sc.Values["handoffSent"] = true;
        }

        return sc.BeginDialogAsync(FeedbackId, null, ct);
    }

    private async Task<DialogTurnResult> GoodbyeStepAsync(WaterfallStepContext sc, CancellationToken ct)
    {
        await sc.Context.SendActivityAsync(T("intake.goodbye"), ct).ConfigureAwait(false);
        await ResetProfileAsync(sc.Context, ct).ConfigureAwait(false);
        return await sc.EndDialogAsync(null, ct).ConfigureAwait(false);
    }

    /// <summary>Matches the profile and sends the offers by route.</summary>
    private async Task ShowOffersAsync(WaterfallStepContext sc, IntakeProfile profile, CancellationToken ct)
    {
        var request = new MatchRequest(profile.Needs, profile.Concepts, new MatchAnswers(
            ForWhom: profile.ForWhom,
            Gemeente: profile.Gemeente,
            Postcode: profile.Postcode,
            Urgent: profile.Urgent));
        var result = _s.Matcher.Match(request);
        var reason = profile.UrgentReason is null ? NeedList(profile.Needs) : $"{NeedList(profile.Needs)}; {profile.UrgentReason}";
        var activities = _results.Present(result, profile.Needs, profile.Concepts, profile.Urgent, reason, request.MaxPerRoute, ChannelCapabilities.For(sc.Context.Activity));
        await sc.Context.SendActivitiesAsync(activities, ct).ConfigureAwait(false);
    }

    private static void SetArea(IntakeProfile profile, JsonNode? result)
    {
        var area = AreaPrompt.FromResult(result) ?? Area.Skipped;
        profile.Postcode = area.Postcode;
        profile.Gemeente = area.Place;
    }

    /// <summary>'geld en schulden en wonen' in plain words.</summary>
    private string NeedList(IEnumerable<string> needs)
    {
        var labels = needs.Select(id => _s.Taxonomy.Find(id)?.PrefLabel ?? id).Select(l => l.Length > 0 ? char.ToLowerInvariant(l[0]) + l[1..] : l).ToList();
        return labels.Count switch
        {
            0 => "",
            1 => labels[0],
            _ => string.Join(", ", labels.Take(labels.Count - 1)) + " " + T("intake.and") + " " + labels[^1],
        };
    }
}
