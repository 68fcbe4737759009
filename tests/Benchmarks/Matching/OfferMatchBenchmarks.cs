using BenchmarkDotNet.Attributes;
using Bouwmarkt.Bot.Knowledge.Matching;
using Bouwmarkt.Bot.Knowledge.Offers;
using Bouwmarkt.Bot.Knowledge.Taxonomy;

namespace Bouwmarkt.Bot.Benchmarks.Matching;

/// <summary>Matching over 100,000 generated offers in 300 gemeenten; the target is under 2 ms median.</summary>
[MemoryDiagnoser]
public class OfferMatchBenchmarks
{
    private OfferIndex _index = null!;
    private MatchRequest _request = null!;
    private MatchRequest _postcodeRequest = null!;

    [Params(100_000)]
    public int Offers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var taxonomy = TaxonomyLoader.LoadFile(TaxonomyLoader.DefaultPath);
        var concepts = taxonomy.Concepts.Where(c => !c.IsNeed).Select(c => c.Id).ToArray();
        var random = new Random(42);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var offers = Enumerable.Range(0, Offers).Select(i => new Offer
        {
            Id = $"gen-{i}",
            Name = $"Aanbod {i}",
            Description = "Gegenereerd aanbod",
            OrganizationId = $"org-{i % 5000}",
            OrganizationName = $"Organisatie {i % 5000}",
            Route = (Route)(i % 4),
            Concepts = [concepts[random.Next(concepts.Length)], concepts[random.Next(concepts.Length)]],
            IsNational = i % 1000 == 0,
            Gemeenten = i % 1000 == 0 ? [] : [$"Gemeente{random.Next(300)}"],
            PostcodeAreas = [$"{1000 + random.Next(9000):D4}"],
            Url = "https://example.example/",
            AssuredDate = today.AddDays(-random.Next(500)),
        }).ToList();
        _index = new OfferIndex(offers, taxonomy, 12, TimeProvider.System);
        _request = new MatchRequest(["geld"], ["schulden"], new MatchAnswers(Gemeente: "Gemeente17", Age: 40));
        _postcodeRequest = new MatchRequest(["geld", "wonen"], ["schulden", "huurachterstand"], new MatchAnswers(Gemeente: "Gemeente17", Postcode: "4321 AB", ForWhom: "zelf"));
    }

    [Benchmark]
    public MatchResult NeedAndConceptInGemeente() => _index.Match(_request);

    [Benchmark]
    public MatchResult TwoNeedsWithPostcode() => _index.Match(_postcodeRequest);
}
