using Bouwmarkt.Bot.Knowledge.Taxonomy;

namespace Bouwmarkt.Bot.Tests.Knowledge.Taxonomy;

public sealed class TaxonomyLoaderTests
{
    [Fact]
    public void LoadFile_ShippedTaxonomy_HasTheSeventeenNeedsInOrder()
    {
        var taxonomy = TaxonomyLoader.LoadFile(TaxonomyLoader.DefaultPath);

        Assert.Equal(HelpTaxonomy.NeedIds, taxonomy.Needs.Select(n => n.Id));
    }

    [Fact]
    public void LoadFile_ShippedTaxonomy_HasAtLeastEightyNarrowerConcepts()
    {
        var taxonomy = TaxonomyLoader.LoadFile(TaxonomyLoader.DefaultPath);

        Assert.True(taxonomy.Concepts.Count(c => !c.IsNeed) >= 80);
    }

    [Fact]
    public void LoadFile_ShippedTaxonomy_ReadsContextLabels()
    {
        var taxonomy = TaxonomyLoader.LoadFile(TaxonomyLoader.DefaultPath);

        Assert.Contains("huis", taxonomy.Find("wonen")!.ContextLabels);
    }

    [Fact]
    public void Parse_UnknownBroader_IsRejectedWithTheConceptNamed()
    {
        const string yaml = "concepts:\n  - id: x\n    prefLabel: X\n    broader: nergens\n";

        var error = Assert.Throws<InvalidDataException>(() => TaxonomyLoader.Parse(yaml));

        Assert.Contains("'x'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_KeyTheFileDoesNotKnow_IsRejectedWithTheKeyNamed()
    {
        const string yaml = "concepts:\n  - id: geld\n    prefLabel: Geld\n    altLables: [\"schulden\"]\n";

        var error = Assert.Throws<InvalidDataException>(() => TaxonomyLoader.Parse(yaml));

        Assert.Contains("'altLables'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_LabelsThatAreNotAList_AreRejectedWithTheConceptNamed()
    {
        const string yaml = "concepts:\n  - id: geld\n    prefLabel: Geld\n    altLabels: schulden\n";

        var error = Assert.Throws<InvalidDataException>(() => TaxonomyLoader.Parse(yaml));

        Assert.Contains("'altLabels' of concept geld must be a list", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NotYaml_IsAClearError()
    {
        var error = Assert.Throws<InvalidDataException>(() => TaxonomyLoader.Parse("concepts: [\"geld\""));

        Assert.StartsWith("The taxonomy file is not valid YAML", error.Message, StringComparison.Ordinal);
    }
}
