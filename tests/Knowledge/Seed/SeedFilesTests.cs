using Bouwmarkt.Bot.Commands;
using Bouwmarkt.Bot.Knowledge.Curation;
using Bouwmarkt.Bot.Knowledge.Matching;
using Bouwmarkt.Bot.Knowledge.Offers;
using Bouwmarkt.Bot.Knowledge.Taxonomy;
using Bouwmarkt.Bot.Tests.Knowledge.Offers;
using Microsoft.Extensions.Configuration;

namespace Bouwmarkt.Bot.Tests.Knowledge.Seed;

public sealed class SeedFilesTests
{
    private static readonly string SeedDirectory = Path.Combine(AppContext.BaseDirectory, "knowledge", "Seed");

    private static List<Offer> ReadSeed(string file)
    {
        var (offers, report) = new OfferImporter(new OfferValidator(TestOffers.Taxonomy)).Check(Path.Combine(SeedDirectory, file));
        Assert.True(report.Passed, string.Join('\n', report.Problems));
        return [.. offers];
    }

    [Fact]
    public async Task KbValidate_OnShippedSeedFiles_ExitsZero()
    {
        var dir = Directory.CreateTempSubdirectory("kb-validate-");
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Knowledge:LiteDbPath"] = Path.Combine(dir.FullName, "none.db"),
        }).Build();
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await KbCommand.RunAsync(["validate"], config, output, error);

        Assert.True(exit == 0, error.ToString() + output);
    }

    [Fact]
    public void Voorbeeldstad_HasSixtyDemoOffersOverAllNeedsAndRoutes()
    {
        var offers = ReadSeed("voorbeeldstad.json");

        Assert.True(offers.Count >= 60);
        Assert.All(offers, o => Assert.True(o.Demo && o.Source == "Demodata Voorbeeldstad" && o.OrganizationDescription!.StartsWith("DEMODATA", StringComparison.Ordinal)));
        var needs = offers.SelectMany(o => o.Concepts).Select(c => TestOffers.Taxonomy.NeedOf(c)!.Id).ToHashSet();
        Assert.Equal(HelpTaxonomy.NeedIds.Order(), needs.Order());
        Assert.Equal(Enum.GetValues<Route>(), offers.Select(o => o.Route!.Value).Distinct().Order());
    }

    [Fact]
    public void Voorbeeldstad_UsesOnlyReservedAddressesAndNoPhones()
    {
        var offers = ReadSeed("voorbeeldstad.json");

        Assert.All(offers, o =>
        {
            Assert.Null(o.Phone);
            Assert.StartsWith("https://voorbeeldstad.example/", o.Url, StringComparison.Ordinal);
            Assert.All(o.PostcodeAreas, p => Assert.True(PostcodeArea.TryParse(p, out var a) && a.From >= 990 && a.To <= 999));
        });
    }

    [Fact]
    public void National_LinesCarryOnlyVerifiedNumbersAndNoSensoor()
    {
        var offers = ReadSeed("national.json").ToDictionary(o => o.Name);

        Assert.Equal("112", offers["112 Alarmnummer"].Phone);
        Assert.Equal("0800-0113", offers["113 Zelfmoordpreventie"].Phone);
        Assert.Equal("0800-2000", offers["Veilig Thuis"].Phone);
        Assert.Equal("0800-0432", offers["De Kindertelefoon"].Phone);
        Assert.Equal("0800-8115", offers["Geldfit"].Phone);
        Assert.Equal("0800-33 55 555", offers["Nationale ombudsman"].Phone);
        Assert.Null(offers["Het Juridisch Loket"].Phone);
        Assert.Null(offers["Mantelzorglijn"].Phone);
        Assert.All(offers.Values, o => Assert.True(o.IsNational && o.Source is not null && o.AssuredDate is not null));
        Assert.DoesNotContain(offers.Keys, n => n.Contains("Sensoor", StringComparison.OrdinalIgnoreCase));
    }
}
