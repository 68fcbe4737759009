using Bouwmarkt.Bot.Knowledge.Offers;

namespace Bouwmarkt.Bot.Knowledge.Curation;

/// <summary>Offers past their verification age, grouped by owner (assurer_email), so each owner gets one list.</summary>
public sealed record StaleReport(IReadOnlyList<StaleReport.OwnerList> Owners)
{
    /// <summary>The owner key for offers nobody owns.</summary>
    public const string NoOwner = "(geen eigenaar)";

    public int Count => Owners.Sum(o => o.Offers.Count);

    public static StaleReport Build(IEnumerable<Offer> offers, DateOnly oldestShown) => new(
        [.. offers.Where(o => o.AssuredDate is not { } d || d < oldestShown)
            .GroupBy(o => o.AssurerEmail ?? NoOwner, StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new OwnerList(g.Key, [.. g.OrderBy(o => o.AssuredDate).ThenBy(o => o.Id, StringComparer.Ordinal)]))]);

    public sealed record OwnerList(string Owner, IReadOnlyList<Offer> Offers);
}
