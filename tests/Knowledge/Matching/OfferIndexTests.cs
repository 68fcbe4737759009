using Bouwmarkt.Bot.Knowledge.Matching;
using Bouwmarkt.Bot.Tests.Knowledge.Offers;

namespace Bouwmarkt.Bot.Tests.Knowledge.Matching;

public sealed class OfferIndexTests
{
    private static MatchRequest Ask(string need, string? gemeente = null, int? age = null, string? postcode = null, string[]? concepts = null) =>
        new([need], concepts ?? [], new MatchAnswers(Gemeente: gemeente, Age: age, Postcode: postcode));

    [Fact]
    public void Match_LocalAndNationalFit_LocalComesFirst()
    {
        var index = TestOffers.Index(
            TestOffers.National("landelijk", Route.Basis, "schulden"),
            TestOffers.Local("lokaal", Route.Basis, "schulden"));

        var result = index.Match(Ask("geld", "Testdorp"));

        Assert.Equal(["lokaal", "landelijk"], result.Routes.Single().Offers.Select(o => o.Id));
    }

    [Fact]
    public void Match_OfferOfAnotherGemeente_IsNotShown()
    {
        var index = TestOffers.Index(
            TestOffers.Local("elders", Route.Basis, "schulden", gemeente: "Anderstad"),
            TestOffers.National("landelijk", Route.Basis, "schulden"));

        var result = index.Match(Ask("geld", "Testdorp"));

        Assert.Equal(["landelijk"], result.Routes.SelectMany(r => r.Offers).Select(o => o.Id));
    }

    [Fact]
    public void Match_PostcodeInsideArea_FindsOfferWithoutGemeente()
    {
        var index = TestOffers.Index(
            TestOffers.Local("wijk", Route.Maatwerk, "huurachterstand", gemeente: "", postcodes: "0995-0997"),
            TestOffers.Local("andere-wijk", Route.Maatwerk, "huurachterstand", gemeente: "", postcodes: "0998"));

        var result = index.Match(Ask("geld", postcode: "0996 AB"));

        Assert.Equal(["wijk"], result.Routes.SelectMany(r => r.Offers).Select(o => o.Id));
    }

    [Fact]
    public void Match_AssuredLongerAgoThanMaximum_IsNotShown()
    {
        var old = TestOffers.Local("oud", Route.Basis, "schulden") with { AssuredDate = TestOffers.Today.AddMonths(-13) };
        var index = TestOffers.Index(old, TestOffers.Local("vers", Route.Basis, "schulden"));

        var result = index.Match(Ask("geld", "Testdorp"));

        Assert.Equal(["vers"], result.Routes.SelectMany(r => r.Offers).Select(o => o.Id));
    }

    [Fact]
    public void Match_AgeOutsideOffersRange_IsNotShown()
    {
        var youth = TestOffers.Local("jeugd", Route.Basis, "jongeren") with { MinimumAge = 12, MaximumAge = 23 };
        var index = TestOffers.Index(youth);

        Assert.Empty(index.Match(Ask("opvoeding", "Testdorp", age: 40)).Routes);
        Assert.Single(index.Match(Ask("opvoeding", "Testdorp", age: 15)).Routes);
    }

    [Fact]
    public void Match_SeveralRoutes_ComeInRouteOrderLightestFirst()
    {
        var index = TestOffers.Index(
            TestOffers.Local("m", Route.Maatwerk, "schulden"),
            TestOffers.Local("b", Route.Basis, "schulden"),
            TestOffers.Local("i", Route.Initiatief, "schulden"),
            TestOffers.Local("n", Route.Netwerk, "schulden"));

        var result = index.Match(Ask("geld", "Testdorp"));

        Assert.Equal([Route.Basis, Route.Netwerk, Route.Initiatief, Route.Maatwerk], result.Routes.Select(r => r.Route));
    }

    [Fact]
    public void Match_NarrowerConceptAsked_ExactConceptRanksAboveSiblings()
    {
        var index = TestOffers.Index(
            TestOffers.Local("budget", Route.Basis, "budgetteren"),
            TestOffers.Local("deurwaarder", Route.Basis, "deurwaarder"));

        var result = index.Match(Ask("geld", "Testdorp", concepts: ["deurwaarder"]));

        Assert.Equal("deurwaarder", result.Routes.Single().Offers[0].Id);
    }

    [Fact]
    public void Match_Reason_NamesTheNeedAndTheGemeente()
    {
        var index = TestOffers.Index(TestOffers.Local("lokaal", Route.Basis, "schulden"));

        var reason = index.Match(Ask("geld", "testdorp")).Routes.Single().Offers.Single().Reason;

        Assert.Equal("Je zoekt hulp bij: geld en schulden. Het is in Testdorp.", reason);
    }

    [Fact]
    public void Match_MoreThanMaxPerRoute_ReturnsOnlyTheMaximum()
    {
        var index = TestOffers.Index([.. Enumerable.Range(0, 5).Select(i => TestOffers.Local($"o{i}", Route.Basis, "schulden"))]);

        var result = index.Match(Ask("geld", "Testdorp") with { MaxPerRoute = 2 });

        Assert.Equal(2, result.Routes.Single().Offers.Count);
    }

    [Fact]
    public void Match_NoLocationGiven_ShowsOnlyNationalOffers()
    {
        var index = TestOffers.Index(
            TestOffers.Local("lokaal", Route.Basis, "schulden"),
            TestOffers.National("landelijk", Route.Basis, "schulden"));

        var result = index.Match(Ask("geld"));

        Assert.Equal(["landelijk"], result.Routes.SelectMany(r => r.Offers).Select(o => o.Id));
    }
}
