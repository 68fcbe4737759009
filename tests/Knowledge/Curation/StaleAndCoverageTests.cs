using Bouwmarkt.Bot.Knowledge.Curation;
using Bouwmarkt.Bot.Knowledge.Matching;
using Bouwmarkt.Bot.Tests.Knowledge.Offers;

namespace Bouwmarkt.Bot.Tests.Knowledge.Curation;

public sealed class StaleAndCoverageTests
{
    [Fact]
    public void StaleReport_GroupsOffersPastTheirAgeByOwner()
    {
        var old = TestOffers.Today.AddMonths(-14);
        var offers = new[]
        {
            TestOffers.Local("a", Route.Basis, "schulden") with { AssuredDate = old, AssurerEmail = "een@x.example" },
            TestOffers.Local("b", Route.Basis, "schulden") with { AssuredDate = old, AssurerEmail = "twee@x.example" },
            TestOffers.Local("c", Route.Basis, "schulden") with { AssuredDate = old, AssurerEmail = "een@x.example" },
            TestOffers.Local("vers", Route.Basis, "schulden"),
        };

        var report = StaleReport.Build(offers, TestOffers.Today.AddMonths(-12));

        Assert.Equal(["een@x.example", "twee@x.example"], report.Owners.Select(o => o.Owner));
        Assert.Equal(["a", "c"], report.Owners[0].Offers.Select(o => o.Id));
    }

    [Fact]
    public void CoverageReport_CountsNationalOffersInEveryGemeenteAndShowsGaps()
    {
        var offers = new[]
        {
            TestOffers.Local("lokaal", Route.Basis, "schulden", gemeente: "Testdorp"),
            TestOffers.National("landelijk", Route.Maatwerk, "suicidegedachten"),
        };

        var report = CoverageReport.Build(offers, TestOffers.Taxonomy);

        Assert.Equal(1, report["Testdorp", "geld", Route.Basis]);
        Assert.Equal(1, report["Testdorp", "psyche", Route.Maatwerk]);
        Assert.Contains(("Testdorp", "wonen", Route.Basis), report.Gaps());
        Assert.DoesNotContain(("Testdorp", "geld", Route.Basis), report.Gaps());
    }
}
