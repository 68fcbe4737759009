using System.Text;
using Bouwmarkt.Bot.Dialogs.Prompts;
using Bouwmarkt.Bot.Dialogs.Texts;
using Bouwmarkt.Bot.Knowledge.Matching;
using Bouwmarkt.Bot.Protocol.Schema;

namespace Bouwmarkt.Bot.Dialogs.Intake;

/// <summary>Shows matched offers grouped by route, lightest first, as cards where the channel shows them and as text elsewhere.</summary>
public sealed class ResultsPresenter(TextCatalog texts)
{
    // Debt that threatens the home: money and housing at once, even when only one need was named.
    private static readonly string[] HardConcepts = ["huurachterstand", "uitzetting"];

    /// <summary>True for a known hard combination: money with housing.</summary>
    public static bool IsHardCombination(IReadOnlyCollection<string> needs, IReadOnlyCollection<string> concepts) =>
        (needs.Contains("geld") && needs.Contains("wonen")) || HardConcepts.Any(concepts.Contains);

    /// <summary>True when integrated help goes first: several needs, a hard combination, or urgency.</summary>
    public static bool WijkteamFirst(IReadOnlyCollection<string> needs, IReadOnlyCollection<string> concepts, bool urgent) =>
        needs.Count > 1 || urgent || IsHardCombination(needs, concepts);

    /// <summary>The activities for <paramref name="result"/>.</summary>
    public IReadOnlyList<Activity> Present(MatchResult result, IReadOnlyCollection<string> needs, IReadOnlyCollection<string> concepts, bool urgent, string reasonAnswer, int maxPerRoute, ChannelCapabilities caps)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(needs);
        var routes = result.Routes.Where(r => r.Offers.Count > 0).OrderBy(r => r.Route).ToList();
        if (routes.Count == 0)
        {
            return [Activity.CreateMessage(texts["results.none"])];
        }

        var activities = new List<Activity> { Activity.CreateMessage(texts["results.intro"]) };
        ArgumentNullException.ThrowIfNull(concepts);
        if (WijkteamFirst(needs, concepts, urgent) && routes.Any(r => r.Route == Route.Maatwerk))
        {
            routes = [.. routes.Where(r => r.Route == Route.Maatwerk), .. routes.Where(r => r.Route != Route.Maatwerk)];
            var hard = IsHardCombination(needs, concepts);
            activities.Add(Activity.CreateMessage(texts[hard ? "results.hard_combination" : urgent ? "intake.urgent_noted" : "results.wijkteam_first"]));
        }

        ArgumentNullException.ThrowIfNull(caps);
        foreach (var route in routes)
        {
            var offers = route.Offers.Take(maxPerRoute).ToList();
            var heading = texts["results.route." + route.Route.ToString().ToLowerInvariant()];
            if (caps.SupportsCards)
            {
                var message = Activity.CreateMessage(heading);
                message.AttachmentLayout = "list";
                message.Attachments = [.. offers.Select(o => Card(o, reasonAnswer, caps))];
                activities.Add(message);
            }
            else
            {
                var builder = new StringBuilder(heading);
                foreach (var offer in offers)
                {
                    builder.Append("\n\n").Append(AsText(offer, reasonAnswer));
                }

                activities.Add(Activity.CreateMessage(builder.ToString()));
            }
        }

        return activities;
    }

    private Attachment Card(MatchedOffer offer, string reasonAnswer, ChannelCapabilities caps)
    {
        var buttons = new List<CardAction>();
        if (offer.Phone is { Length: > 0 } phone)
        {
            buttons.Add(CardAction.Call(texts.Format("results.phone", ("value", phone)), "tel:" + phone.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal)));
        }

        if (offer.Url is { Length: > 0 } url)
        {
            buttons.Add(CardAction.OpenUrl(texts.Format("results.web", ("value", url)), url));
        }

        return new HeroCard
        {
            Title = offer.Name,
            Subtitle = offer.What,
            Text = string.Join("\n\n", Details(offer, reasonAnswer, includeLinks: false)),
            Buttons = buttons.Count == 0 ? null : [.. buttons.Take(Math.Max(caps.MaxCardButtons, 0))],
        }.ToAttachment();
    }

    private string AsText(MatchedOffer offer, string reasonAnswer) =>
        string.Join("\n", [$"{offer.Name}: {offer.What}", .. Details(offer, reasonAnswer, includeLinks: true)]);

    private IEnumerable<string> Details(MatchedOffer offer, string reasonAnswer, bool includeLinks)
    {
        if (includeLinks && offer.Phone is { Length: > 0 } phone)
        {
            yield return texts.Format("results.phone", ("value", phone));
        }

        if (includeLinks && offer.Url is { Length: > 0 } url)
        {
            yield return texts.Format("results.web", ("value", url));
        }

        if (offer.Email is { Length: > 0 } email)
        {
            yield return texts.Format("results.email", ("value", email));
        }

        if (offer.Address is { Length: > 0 } address)
        {
            yield return texts.Format("results.address", ("value", address));
        }

        if (offer.OpeningHours is { Length: > 0 } hours)
        {
            yield return texts.Format("results.hours", ("value", hours));
        }

        if (offer.Phone is null && offer.Url is null && offer.Email is null && offer.Address is null && offer.Contact.Length > 0)
        {
            yield return offer.Contact;
        }

        var why = string.IsNullOrWhiteSpace(offer.Reason) ? reasonAnswer : offer.Reason;
        if (!string.IsNullOrWhiteSpace(reasonAnswer) && !why.Contains(reasonAnswer, StringComparison.OrdinalIgnoreCase))
        {
            why = $"{why} ({reasonAnswer})";
        }

        yield return texts.Format("results.why", ("value", why));
    }
}
