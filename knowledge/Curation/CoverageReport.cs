using Bouwmarkt.Bot.Knowledge.Matching;
using Bouwmarkt.Bot.Knowledge.Offers;
using Bouwmarkt.Bot.Knowledge.Taxonomy;

namespace Bouwmarkt.Bot.Knowledge.Curation;

/// <summary>How many offers a resident of each gemeente can find per need and route; zero cells are the gaps.</summary>
public sealed record CoverageReport(IReadOnlyList<string> Gemeenten, IReadOnlyDictionary<(string Gemeente, string Need, Route Route), int> Cells)
{
    /// <summary>The pseudo-gemeente for national offers alone.</summary>
    public const string National = "(landelijk)";

    public int this[string gemeente, string need, Route route] => Cells.GetValueOrDefault((gemeente, need, route));

    /// <summary>Every (gemeente, need, route) without any offer, national ones included.</summary>
    public IEnumerable<(string Gemeente, string Need, Route Route)> Gaps() =>
        from g in Gemeenten
        from n in HelpTaxonomy.NeedIds
        from r in Enum.GetValues<Route>()
        where this[g, n, r] == 0
        select (g, n, r);

    public static CoverageReport Build(IEnumerable<Offer> offers, HelpTaxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        var list = offers.Where(o => o.Route is not null).ToList();
        var gemeenten = list.SelectMany(o => o.Gemeenten).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).Prepend(National).ToList();
        var cells = new Dictionary<(string, string, Route), int>();
        foreach (var offer in list)
        {
            var needs = offer.Concepts.Select(c => taxonomy.NeedOf(c)?.Id).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            var where = offer.IsNational ? gemeenten : offer.Gemeenten;
            foreach (var g in where)
            {
                var key = gemeenten.FirstOrDefault(x => string.Equals(x, g, StringComparison.OrdinalIgnoreCase)) ?? g;
                foreach (var n in needs)
                {
                    var cell = (key, n, offer.Route!.Value);
                    cells[cell] = cells.GetValueOrDefault(cell) + 1;
                }
            }
        }

        return new CoverageReport(gemeenten, cells);
    }
}
