using Bouwmarkt.Bot.Knowledge.Offers;
using Bouwmarkt.Bot.Knowledge.Taxonomy;

namespace Bouwmarkt.Bot.Knowledge.Matching;

/// <summary>
/// The one <see cref="IOfferMatcher"/> the host registers: it answers from the current <see cref="OfferIndex"/> and
/// swaps in a new one after an import, so readers never see a half-built index.
/// </summary>
public sealed class OfferCatalog(HelpTaxonomy taxonomy, int maxOfferAgeMonths, TimeProvider time) : IOfferMatcher
{
    private volatile OfferIndex _index = new([], taxonomy, maxOfferAgeMonths, time);

    public OfferIndex Current => _index;

    /// <summary>Builds a fresh index from <paramref name="offers"/> and makes it current.</summary>
    public void Rebuild(IEnumerable<Offer> offers) => _index = new OfferIndex(offers, taxonomy, maxOfferAgeMonths, time);

    public MatchResult Match(MatchRequest request) => _index.Match(request);

    public bool ListsPostcodeArea(int digits) => _index.ListsPostcodeArea(digits);
}
