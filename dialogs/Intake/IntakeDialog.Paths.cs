using System.Text.Json.Nodes;
using Bouwmarkt.Bot.Dialogs.Engine;
using Bouwmarkt.Bot.Dialogs.Prompts;
using Bouwmarkt.Bot.Knowledge.Matching;

namespace Bouwmarkt.Bot.Dialogs.Intake;

public sealed partial class IntakeDialog
{
    // Worried about someone else: what you can do, how to bring it up, when to call Veilig Thuis or 112.
    private WaterfallDialog BuildWorry() => new(WorryId,
    [
        async (sc, ct) =>
        {
            await sc.Context.SendActivityAsync(T("worry.info"), ct).ConfigureAwait(false);
            await sc.Context.SendActivityAsync(T("worry.when"), ct).ConfigureAwait(false);
            return await sc.PromptAsync(ConfirmPromptId, new PromptOptions(T("worry.ask_danger")), ct).ConfigureAwait(false);
        },
        async (sc, ct) =>
        {
            if (IsYes(sc.Result))
            {
                await sc.Context.SendActivityAsync(_crisis.DangerNow(), ct).ConfigureAwait(false);
                var profile = await GetProfileAsync(sc.Context, ct).ConfigureAwait(false);
                profile.Urgent = true;
                profile.UrgentReason = T("worry.ask_danger_reason");
                await SaveProfileAsync(sc.Context, profile, ct).ConfigureAwait(false);
            }

            return await sc.EndDialogAsync(null, ct).ConfigureAwait(false);
        },
    ]);

    // A professional who refers someone: the quickest way to the wijkteam, only with the person's consent.
    private WaterfallDialog BuildProfessional() => new(ProfessionalId,
    [
        async (sc, ct) =>
        {
            await sc.Context.SendActivityAsync(T("professional.info"), ct).ConfigureAwait(false);
            return await sc.PromptAsync(ConfirmPromptId, new PromptOptions(T("professional.ask_consent")), ct).ConfigureAwait(false);
        },
        async (sc, ct) =>
        {
            var profile = await GetProfileAsync(sc.Context, ct).ConfigureAwait(false);
            profile.Consent = IsYes(sc.Result);
            await SaveProfileAsync(sc.Context, profile, ct).ConfigureAwait(false);
            if (profile.Consent != true)
            {
                await sc.Context.SendActivityAsync(T("professional.no_consent"), ct).ConfigureAwait(false);
            }

            return await sc.EndDialogAsync(null, ct).ConfigureAwait(false);
        },
    ]);

    // Someone who wants to help: the supply side, matched on what they offer and where.
    private WaterfallDialog BuildHelping() => new(HelpingId,
    [
        async (sc, ct) =>
        {
            await sc.Context.SendActivityAsync(T("helping.info"), ct).ConfigureAwait(false);
            if (sc.Options?["text"]?.GetValue<string>() is { } text && HelpingConcepts(await RecognizeAsync(sc.Context, text, ct).ConfigureAwait(false)).Count > 0)
            {
                return await sc.NextAsync(JsonValue.Create(text), ct).ConfigureAwait(false);
            }

            return await sc.PromptAsync(TextPromptId, new PromptOptions(T("helping.ask_offer")), ct).ConfigureAwait(false);
        },
        async (sc, ct) =>
        {
            var profile = await GetProfileAsync(sc.Context, ct).ConfigureAwait(false);
            profile.ForWhom = ForWhom.Helper;
            profile.Needs = ["helpen"];
            profile.Concepts = sc.Result?.GetValue<string>() is { } text
                ? HelpingConcepts(await RecognizeAsync(sc.Context, text, ct).ConfigureAwait(false))
                : [];
            await SaveProfileAsync(sc.Context, profile, ct).ConfigureAwait(false);
            return await AskPostcodeStepAsync(sc, ct).ConfigureAwait(false);
        },
        async (sc, ct) =>
        {
            var profile = await GetProfileAsync(sc.Context, ct).ConfigureAwait(false);
            SetArea(profile, sc.Result);
            await SaveProfileAsync(sc.Context, profile, ct).ConfigureAwait(false);
            var result = _s.Matcher.Match(new MatchRequest(profile.Needs, profile.Concepts, new MatchAnswers(ForWhom: ForWhom.Helper, Gemeente: profile.Gemeente, Postcode: profile.Postcode)));
            if (result.Routes.All(r => r.Offers.Count == 0))
            {
                await sc.Context.SendActivityAsync(T("helping.no_match"), ct).ConfigureAwait(false);
            }
            else
            {
                var reason = string.Join(", ", profile.Concepts.Select(c => _s.Taxonomy.Find(c)?.PrefLabel ?? c).DefaultIfEmpty(_s.Taxonomy.Find("helpen")?.PrefLabel ?? "helpen"));
                await sc.Context.SendActivitiesAsync(_results.Present(result, profile.Needs, [], false, reason, 3, ChannelCapabilities.For(sc.Context.Activity)), ct).ConfigureAwait(false);
            }

            return await sc.BeginDialogAsync(FeedbackId, null, ct).ConfigureAwait(false);
        },
        GoodbyeStepAsync,
    ]);

    private List<string> HelpingConcepts(Knowledge.Recognition.Recognition recognition) =>
        [.. recognition.Concepts.Where(c => _s.Taxonomy.NeedOf(c.Id)?.Id == "helpen" && c.Id != "helpen").OrderByDescending(c => c.Score).Select(c => c.Id).Distinct()];

    private static bool IsYes(JsonNode? result) => result is JsonValue v && v.TryGetValue<bool>(out var yes) && yes;
}
