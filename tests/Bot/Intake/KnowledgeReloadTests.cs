using System.Text;
using Bouwmarkt.Bot.Knowledge.Matching;
using Bouwmarkt.Bot.Knowledge.Store;
using Bouwmarkt.Bot.Tests.Knowledge.Offers;
using Bouwmarkt.Bot.Tests.Support;

namespace Bouwmarkt.Bot.Tests.Bot.Intake;

public sealed class KnowledgeReloadTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("bouwmarkt-reload-").FullName;

    [Fact]
    public async Task RunningHost_AfterAnImportIntoItsStore_MatchesTheNewOfferWithoutARestart()
    {
        await using var host = await TestHost.StartAsync(new Dictionary<string, string?> { ["Knowledge:ReloadSeconds"] = "0.2" }, dataDirectory: _data);
        const string Ask = """{"needs": ["geld"], "concepts": ["schulden"], "answers": {"gemeente": "Nieuwdorp"}}""";
        Assert.DoesNotContain("nieuw-aanbod", await MatchAsync(host, Ask), StringComparison.Ordinal);

        using (var store = new OfferStore(Path.Combine(_data, "knowledge.db")))
        {
            store.Upsert([TestOffers.Local("nieuw-aanbod", Route.Initiatief, "schulden", gemeente: "Nieuwdorp") with { AssuredDate = DateOnly.FromDateTime(DateTime.UtcNow) }]);
        }

        var deadline = DateTime.UtcNow.AddSeconds(15);
        string body;
        do
        {
            await Task.Delay(100);
            body = await MatchAsync(host, Ask);
        }
        while (!body.Contains("nieuw-aanbod", StringComparison.Ordinal) && DateTime.UtcNow < deadline);

        Assert.Contains("nieuw-aanbod", body, StringComparison.Ordinal);
    }

    private static async Task<string> MatchAsync(TestHost host, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await host.Client.PostAsync(new Uri("api/intake/match", UriKind.Relative), content);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);
}
