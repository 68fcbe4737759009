using Bouwmarkt.Bot.Knowledge.Matching;
using Bouwmarkt.Bot.Knowledge.Offers;
using Bouwmarkt.Bot.Knowledge.Taxonomy;

namespace Bouwmarkt.Bot.Tests.Knowledge.Offers;

/// <summary>Builds offers for tests; each test states the fields that matter to it.</summary>
internal static class TestOffers
{
    public static readonly DateOnly Today = new(2026, 11, 23);

    public static HelpTaxonomy Taxonomy { get; } = TaxonomyLoader.LoadFile(TaxonomyLoader.DefaultPath);

    public static Offer Local(string id, Route route, string concept, string gemeente = "Testdorp", string? postcodes = null) => new()
    {
        Id = id,
        Name = "Aanbod " + id,
        Description = "Beschrijving van " + id,
        OrganizationId = "org-" + id,
        OrganizationName = "Organisatie " + id,
        Route = route,
        Concepts = [concept],
        Gemeenten = gemeente.Length == 0 ? [] : [gemeente],
        PostcodeAreas = postcodes is null ? [] : [postcodes],
        Url = $"https://testdorp.example/{id}",
        AssuredDate = Today.AddMonths(-1),
        AssurerEmail = "eigenaar@testdorp.example",
    };

    public static Offer National(string id, Route route, string concept) => Local(id, route, concept, gemeente: "") with { IsNational = true };

    public static TimeProvider Clock { get; } = new FixedClock(new DateTimeOffset(Today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));

    public static OfferIndex Index(params Offer[] offers) => new(offers, Taxonomy, 12, Clock);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
