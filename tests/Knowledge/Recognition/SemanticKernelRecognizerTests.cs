using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Bouwmarkt.Bot.Tests.Support;

namespace Bouwmarkt.Bot.Tests.Knowledge.Recognition;

/// <summary>The language-model path end to end: real host, real OpenAI client, a chat-completions peer on loopback.</summary>
public sealed class SemanticKernelRecognizerTests
{
    private static Task<TestHost> StartHostAsync(ChatCompletionsPeer peer, double timeoutSeconds = 5) => TestHost.StartAsync(new Dictionary<string, string?>
    {
        ["LanguageModel:Endpoint"] = peer.Endpoint.ToString(),
        ["LanguageModel:Model"] = "test-model",
        ["LanguageModel:ApiKey"] = "test-key",
        ["LanguageModel:TimeoutSeconds"] = timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    private static async Task<JsonElement> AnalyzeAsync(TestHost host, string text)
    {
        using var response = await host.Client.PostAsJsonAsync("api/intake/analyze", new { text });
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.Clone();
    }

    private static string[] NeedIds(JsonElement body) => [.. body.GetProperty("needs").EnumerateArray().Select(n => n.GetProperty("id").GetString()!)];

    [Fact]
    public async Task GoodAnswer_IsUsed()
    {
        await using var peer = await ChatCompletionsPeer.StartAsync();
        peer.Content = "{\"needs\":[{\"id\":\"mantelzorg\",\"score\":0.9}],\"concepts\":[{\"id\":\"respijtzorg\",\"score\":0.8}]}";
        await using var host = await StartHostAsync(peer);

        var body = await AnalyzeAsync(host, "pfff ik trek de zorg voor pa niet meer");

        Assert.Equal(["mantelzorg"], NeedIds(body));
        Assert.Equal("respijtzorg", body.GetProperty("concepts")[0].GetProperty("id").GetString());
        Assert.Single(peer.RequestBodies);
    }

    [Fact]
    public async Task UnknownIds_AreDropped()
    {
        await using var peer = await ChatCompletionsPeer.StartAsync();
        peer.Content = "{\"needs\":[{\"id\":\"ruimtevaart\",\"score\":0.99},{\"id\":\"geld\",\"score\":0.9}],\"concepts\":[{\"id\":\"bestaat-niet\",\"score\":0.9}]}";
        await using var host = await StartHostAsync(peer);

        var body = await AnalyzeAsync(host, "ik heb schulden");

        Assert.Equal(["geld"], NeedIds(body));
        Assert.Equal(0, body.GetProperty("concepts").GetArrayLength());
    }

    [Fact]
    public async Task MalformedJson_FallsBackToTheLocalRecognizer()
    {
        await using var peer = await ChatCompletionsPeer.StartAsync();
        peer.Content = "zeker! hier is je antwoord: {needs: [";
        await using var host = await StartHostAsync(peer);

        var body = await AnalyzeAsync(host, "ik voel me zo eenzaam");

        Assert.Equal(["eenzaamheid"], NeedIds(body));
    }

    [Fact]
    public async Task SlowAnswer_TimesOutAndFallsBack()
    {
        await using var peer = await ChatCompletionsPeer.StartAsync();
        peer.Content = "{\"needs\":[{\"id\":\"sport\",\"score\":0.9}],\"concepts\":[]}";
        peer.Delay = TimeSpan.FromSeconds(10);
        await using var host = await StartHostAsync(peer, timeoutSeconds: 0.5);

        var watch = Stopwatch.StartNew();
        var body = await AnalyzeAsync(host, "ik voel me zo eenzaam");

        Assert.Equal(["eenzaamheid"], NeedIds(body));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task ServerError_FallsBack()
    {
        await using var peer = await ChatCompletionsPeer.StartAsync();
        peer.StatusCode = 500;
        await using var host = await StartHostAsync(peer);

        var body = await AnalyzeAsync(host, "ik heb een huurachterstand");

        Assert.Contains("geld", NeedIds(body));
    }

    [Fact]
    public async Task CrisisSignal_StaysLocal_EvenWhenTheModelSaysNothing()
    {
        await using var peer = await ChatCompletionsPeer.StartAsync();
        peer.Content = "{\"needs\":[],\"concepts\":[]}";
        await using var host = await StartHostAsync(peer);

        var body = await AnalyzeAsync(host, "ik wil niet meer leven");

        Assert.True(body.GetProperty("urgent").GetBoolean());
    }

    [Fact]
    public async Task RequestToTheModel_CarriesNoPersonalData()
    {
        await using var peer = await ChatCompletionsPeer.StartAsync();
        await using var host = await StartHostAsync(peer);

        await AnalyzeAsync(host, "Ik heet Petra de Vries, woon op de Lindelaan 4, 3512 AB, bel 06-98765432 of petra@example.nl, IBAN NL91ABNA0417164300, BSN 123456782. Ik heb schulden.");

        var sent = Assert.Single(peer.RequestBodies);
        foreach (var personal in new[] { "Petra", "Vries", "Lindelaan", "3512", "98765432", "petra@example.nl", "NL91ABNA0417164300", "123456782" })
        {
            Assert.DoesNotContain(personal, sent, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("schulden", sent, StringComparison.Ordinal);
    }
}
