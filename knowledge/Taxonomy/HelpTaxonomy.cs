using System.Collections.Frozen;

namespace Bouwmarkt.Bot.Knowledge.Taxonomy;

/// <summary>The shared help taxonomy: 17 needs and the narrower concepts under them.</summary>
/// <remarks>Immutable and thread-safe; loaded once at start-up by <see cref="TaxonomyLoader"/>.</remarks>
public sealed class HelpTaxonomy
{
    /// <summary>The ids of the top-level needs, in the order the API documents them.</summary>
    public static readonly IReadOnlyList<string> NeedIds =
    [
        "geld", "wonen", "werk", "gezondheid", "psyche", "verslaving", "dagelijks-leven", "mobiliteit",
        "eenzaamheid", "mantelzorg", "opvoeding", "veiligheid", "administratie", "taal", "juridisch", "meedoen", "helpen",
    ];

    private readonly FrozenDictionary<string, Concept> _byId;
    private readonly FrozenDictionary<string, Concept[]> _narrower;

    public HelpTaxonomy(string scheme, IEnumerable<Concept> concepts)
    {
        Scheme = scheme;
        Concepts = [.. concepts];
        _byId = Concepts.ToFrozenDictionary(c => c.Id, StringComparer.Ordinal);
        _narrower = Concepts.Where(c => c.Broader is not null)
            .GroupBy(c => c.Broader!, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        Needs = [.. NeedIds.Select(id => _byId[id])];
    }

    /// <summary>The scheme URI (HSDS <c>taxonomy.uri</c>).</summary>
    public string Scheme { get; }

    public IReadOnlyList<Concept> Concepts { get; }

    /// <summary>The 17 top-level needs in <see cref="NeedIds"/> order.</summary>
    public IReadOnlyList<Concept> Needs { get; }

    public Concept? Find(string id) => _byId.GetValueOrDefault(id);

    public bool Contains(string id) => _byId.ContainsKey(id);

    /// <summary>The concepts directly under <paramref name="id"/>.</summary>
    public IReadOnlyList<Concept> Narrower(string id) => _narrower.TryGetValue(id, out var list) ? list : [];

    /// <summary>The top-level need a concept belongs to (itself for a need); null for unknown ids.</summary>
    public Concept? NeedOf(string id)
    {
        var concept = Find(id);
        while (concept?.Broader is { } broader)
        {
            concept = Find(broader);
        }

        return concept;
    }
}
