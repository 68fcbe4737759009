using System.Net;
using System.Text;
using System.Text.Json;
using Bouwmarkt.Bot.Tests.Support;

namespace Bouwmarkt.Bot.Tests.Bot.Intake;

public sealed class MatchApiTests
{
    private static async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(TestHost host, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await host.Client.PostAsync(new Uri("api/intake/match", UriKind.Relative), content);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    [Fact]
    public async Task Match_SeededVoorbeeldstad_ReturnsLocalOffersByRouteWithReasons()
    {
        await using var host = await TestHost.StartAsync();

        var (status, body) = await PostAsync(host, """{"needs": ["geld"], "concepts": ["schulden"], "answers": {"gemeente": "Voorbeeldstad", "age": 40}}""");

        Assert.Equal(HttpStatusCode.OK, status);
        var routes = body.GetProperty("routes").EnumerateArray().ToList();
        Assert.Equal(["basis", "initiatief", "maatwerk"], routes.Select(r => r.GetProperty("route").GetString()));
        var first = routes[0].GetProperty("offers")[0];
        Assert.StartsWith("vbs-", first.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Contains("Voorbeeldstad", first.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(first.GetProperty("contact").GetString()));
    }

    [Fact]
    public async Task Match_NoGemeente_ReturnsOnlyNationalLines()
    {
        await using var host = await TestHost.StartAsync();

        var (_, body) = await PostAsync(host, """{"needs": ["psyche"], "concepts": ["suicidegedachten"]}""");

        var ids = body.GetProperty("routes").EnumerateArray().SelectMany(r => r.GetProperty("offers").EnumerateArray()).Select(o => o.GetProperty("id").GetString()).ToList();
        Assert.Contains("nl-113", ids);
        Assert.All(ids, id => Assert.StartsWith("nl-", id, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"needs": ["bestaat-niet"]}""", "needs[0]")]
    [InlineData("""{"needs": "geld"}""", "needs")]
    [InlineData("""{"needs": ["geld"], "concepts": [42]}""", "concepts[0]")]
    [InlineData("""{"needs": ["geld"], "answers": {"age": "veertig"}}""", "answers.age")]
    [InlineData("""{"needs": ["geld"], "answers": {"postcode": "abc"}}""", "answers.postcode")]
    [InlineData("""{"needs": ["geld"], "answers": {"forWhom": "iedereen"}}""", "answers.forWhom")]
    [InlineData("""{"needs": ["geld"], "answers": {"urgent": "ja"}}""", "answers.urgent")]
    [InlineData("""{"needs": [""", "body")]
    [InlineData("""[1, 2]""", "body")]
    public async Task Match_BadInput_Is400ProblemNamingTheField(string json, string field)
    {
        await using var host = await TestHost.StartAsync();

        var (status, body) = await PostAsync(host, json);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(field, body.GetProperty("field").GetString());
    }

    [Fact]
    public async Task Match_BrokenUtf8_Is400()
    {
        await using var host = await TestHost.StartAsync();
        using var content = new ByteArrayContent([.. "{\"needs\": [\"ge"u8, 0xC3, 0x28, .. "ld\"]}"u8]);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        using var response = await host.Client.PostAsync(new Uri("api/intake/match", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
