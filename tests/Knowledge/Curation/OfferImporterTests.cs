using System.Text;
using Bouwmarkt.Bot.Knowledge.Curation;
using Bouwmarkt.Bot.Knowledge.Matching;
using Bouwmarkt.Bot.Knowledge.Offers;
using Bouwmarkt.Bot.Knowledge.Store;
using Bouwmarkt.Bot.Tests.Knowledge.Offers;

namespace Bouwmarkt.Bot.Tests.Knowledge.Curation;

public sealed class OfferImporterTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("kb-import-");
    private readonly OfferImporter _importer = new(new OfferValidator(TestOffers.Taxonomy));

    public void Dispose() => _dir.Delete(recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir.FullName, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private OfferStore StoreWithOneOffer()
    {
        var store = new OfferStore(Path.Combine(_dir.FullName, "knowledge.db"));
        store.Upsert([TestOffers.Local("bestaand", Route.Basis, "schulden")]);
        return store;
    }

    private static void AssertUnchanged(OfferStore store)
    {
        var offers = store.LoadAll();
        Assert.Equal("bestaand", Assert.Single(offers).Id);
    }

    private static string ValidService(string id = "nieuw") => Encoding.UTF8.GetString(HsdsWriter.ToBytes([TestOffers.Local(id, Route.Initiatief, "voedselhulp")]));

    [Fact]
    public void Import_ValidFile_AddsItsOffersBesideExistingOnes()
    {
        using var store = StoreWithOneOffer();

        var report = _importer.Import(Write("ok.json", Encoding.UTF8.GetBytes(ValidService())), store);

        Assert.True(report.Passed);
        Assert.Equal(["bestaand", "nieuw"], store.LoadAll().Select(o => o.Id).Order());
    }

    [Fact]
    public void Import_MalformedJson_ChangesNothingAndNamesTheFile()
    {
        using var store = StoreWithOneOffer();

        var report = _importer.Import(Write("kapot.json", "{\"services\": [ {\"id\": "u8.ToArray()), store);

        Assert.Equal("malformed-file", Assert.Single(report.Problems).Code);
        Assert.Equal("kapot.json", report.Problems[0].File);
        AssertUnchanged(store);
    }

    [Fact]
    public void Import_BrokenUtf8_ChangesNothing()
    {
        using var store = StoreWithOneOffer();
        var bytes = Encoding.UTF8.GetBytes(ValidService()).ToList();
        bytes.InsertRange(bytes.IndexOf((byte)'A') + 1, new byte[] { 0xC3, 0x28, 0xFF });

        var report = _importer.Import(Write("utf8.json", [.. bytes]), store);

        Assert.False(report.Passed);
        AssertUnchanged(store);
    }

    [Fact]
    public void Import_DeeplyNestedJson_ChangesNothing()
    {
        using var store = StoreWithOneOffer();
        var nested = new string('[', 5000) + new string(']', 5000);

        var report = _importer.Import(Write("diep.json", Encoding.UTF8.GetBytes(nested)), store);

        Assert.Equal("malformed-file", Assert.Single(report.Problems).Code);
        AssertUnchanged(store);
    }

    [Fact]
    public void Import_WrongTypeInOneRecord_NamesRecordAndFieldAndChangesNothing()
    {
        using var store = StoreWithOneOffer();
        var json = "[" + ValidService("goed")[(ValidService("goed").IndexOf('[', StringComparison.Ordinal) + 1)..^1].TrimEnd().TrimEnd(']') + ","
            + "{\"id\": \"fout\", \"name\": \"Fout\", \"description\": \"x\", \"organization\": {\"name\": \"O\"}, \"minimum_age\": \"achttien\"}]";

        var report = _importer.Import(Write("types.json", Encoding.UTF8.GetBytes(json)), store);

        var problem = Assert.Single(report.Problems, p => p.Code == "wrong-type");
        Assert.Equal(("types.json", "fout", "minimum_age"), (problem.File, problem.Record, problem.Field));
        AssertUnchanged(store);
    }

    [Fact]
    public void Import_HugeString_IsRejectedAndChangesNothing()
    {
        using var store = StoreWithOneOffer();
        var json = ValidService().Replace("Beschrijving van nieuw", new string('x', 1_000_000), StringComparison.Ordinal);

        var report = _importer.Import(Write("groot.json", Encoding.UTF8.GetBytes(json)), store);

        Assert.Contains(report.Problems, p => p.Code == "too-long" && p.Field == "description");
        AssertUnchanged(store);
    }

    [Fact]
    public void Import_UnknownField_IsAWarningAndTheOfferIsImported()
    {
        using var store = StoreWithOneOffer();
        var json = ValidService().Replace("\"name\": \"Aanbod nieuw\"", "\"name\": \"Aanbod nieuw\", \"geheim\": {\"a\": 1}", StringComparison.Ordinal);

        var report = _importer.Import(Write("extra.json", Encoding.UTF8.GetBytes(json)), store);

        Assert.True(report.Passed);
        Assert.Contains(report.Problems, p => p.Code == "unknown-field" && p.Field == "geheim" && !p.IsError);
        Assert.Equal(2, store.LoadAll().Count);
    }

    [Fact]
    public void Import_UnknownTaxonomyIdAndMalformedContact_AreReportedPerField()
    {
        using var store = StoreWithOneOffer();
        var bad = TestOffers.Local("slecht", Route.Basis, "bestaat-niet") with { Phone = "bel me", Url = "javascript:alert(1)", PostcodeAreas = ["12345"] };

        var report = _importer.Import(Write("slecht.json", HsdsWriter.ToBytes([bad])), store);

        Assert.Equal(
            ["malformed-phone", "malformed-postcode", "malformed-url", "unknown-taxonomy-id"],
            report.Problems.Where(p => p.IsError).Select(p => p.Code).Order());
        AssertUnchanged(store);
    }

    [Fact]
    public void Import_OfferWithoutRouteOrArea_IsRejected()
    {
        using var store = StoreWithOneOffer();
        var bad = TestOffers.Local("los", Route.Basis, "schulden", gemeente: "") with { Route = null };

        var report = _importer.Import(Write("los.json", HsdsWriter.ToBytes([bad])), store);

        Assert.Equal(["missing-area", "missing-route"], report.Problems.Where(p => p.IsError).Select(p => p.Code).Order());
        AssertUnchanged(store);
    }

    [Fact]
    public void Import_DuplicateIds_AreRejected()
    {
        using var store = StoreWithOneOffer();
        var a = TestOffers.Local("dubbel", Route.Basis, "schulden");

        var report = _importer.Import(Write("dubbel.json", HsdsWriter.ToBytes([a, a with { Name = "Ander" }])), store);

        Assert.Contains(report.Problems, p => p.Code == "duplicate" && p.Record == "dubbel");
        AssertUnchanged(store);
    }

    [Fact]
    public void Export_ThenImport_RoundTripsUnchanged()
    {
        var offer = TestOffers.Local("rond", Route.Maatwerk, "deurwaarder", postcodes: "0990-0999") with
        {
            Phone = "0800-0113", Email = "a@b.example", Address = "Straat 1", City = "Testdorp", Postcode = "0991 AB",
            OpeningHours = "Ma 9-12", MinimumAge = 18, MaximumAge = 99, Cost = "Gratis", Zrm = "financien",
            Audience = ["zelf", "ander"], EligibilityDescription = "Voor iedereen", Source = "test", Demo = true,
            OrganizationDescription = "Een organisatie",
        };
        var first = HsdsWriter.ToBytes([offer]);

        var (read, report) = _importer.Check(first, "rond.json");
        var second = HsdsWriter.ToBytes(read);

        Assert.True(report.Passed, string.Join('\n', report.Problems));
        Assert.Equal(Encoding.UTF8.GetString(first), Encoding.UTF8.GetString(second));
    }
}
