using Bouwmarkt.Bot.Knowledge.Taxonomy;

namespace Bouwmarkt.Bot.Tests.Knowledge.Taxonomy;

public sealed class TaxonomyLabelTests
{
    private static readonly HelpTaxonomy Taxonomy = TaxonomyLoader.LoadFile(TaxonomyLoader.DefaultPath);

    [Fact]
    public void EveryNarrowerConcept_HasAtLeastFiveAltLabels()
    {
        var narrower = Taxonomy.Concepts.Where(c => !c.IsNeed).ToList();

        Assert.True(narrower.Count >= 80, $"only {narrower.Count} narrower concepts");
        Assert.All(narrower, c => Assert.True(c.AltLabels.Count >= 5, $"{c.Id} has {c.AltLabels.Count} altLabels"));
    }

    [Fact]
    public void EveryConcept_HasADefinition()
    {
        Assert.All(Taxonomy.Concepts, c => Assert.False(string.IsNullOrWhiteSpace(c.Definition), c.Id));
    }

    [Fact]
    public void Labels_WithinOneConcept_ArePairwiseDisjoint()
    {
        Assert.All(Taxonomy.Concepts, c =>
        {
            var labels = new[] { c.PrefLabel }.Concat(c.AltLabels).Concat(c.HiddenLabels).Select(l => l.ToLowerInvariant()).ToList();
            Assert.True(labels.Count == labels.Distinct(StringComparer.Ordinal).Count(), $"{c.Id} repeats a label");
        });
    }

    [Fact]
    public void HiddenLabels_NeverEqualAnotherConceptsPrefLabel()
    {
        var prefLabels = Taxonomy.Concepts.ToDictionary(c => c.PrefLabel.ToLowerInvariant(), c => c.Id, StringComparer.Ordinal);

        Assert.All(Taxonomy.Concepts, c => Assert.All(c.HiddenLabels, h =>
            Assert.False(prefLabels.TryGetValue(h.ToLowerInvariant(), out var owner) && owner != c.Id, $"{c.Id}: '{h}' is {owner}'s prefLabel")));
    }

    [Fact]
    public void NarrowerConcepts_KeepTheirBroaderLinkAndCarryAZrmDomain()
    {
        Assert.All(Taxonomy.Concepts.Where(c => !c.IsNeed), c =>
        {
            Assert.Contains(c.Broader!, HelpTaxonomy.NeedIds);
            Assert.False(string.IsNullOrEmpty(c.Zrm), c.Id);
        });
    }
}
