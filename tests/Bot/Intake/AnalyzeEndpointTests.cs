using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Bouwmarkt.Bot.Knowledge.Recognition;
using Bouwmarkt.Bot.Knowledge.Recognition.Local;
using Bouwmarkt.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Bouwmarkt.Bot.Tests.Bot.Intake;

public sealed class AnalyzeEndpointTests
{
    [Fact]
    public async Task Analyze_Message_ReturnsNeedsConceptsAndUrgency()
    {
        await using var host = await TestHost.StartAsync();

        using var response = await host.Client.PostAsJsonAsync("api/intake/analyze", new { text = "k heb schulden en de deurwaarder komt" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var needs = json.RootElement.GetProperty("needs");
        Assert.Equal("geld", needs[0].GetProperty("id").GetString());
        Assert.False(string.IsNullOrEmpty(needs[0].GetProperty("label").GetString()));
        Assert.InRange(needs[0].GetProperty("score").GetDouble(), 0.5, 1.0);
        Assert.Contains(json.RootElement.GetProperty("concepts").EnumerateArray(), c => c.GetProperty("id").GetString() == "deurwaarder");
        Assert.False(json.RootElement.GetProperty("urgent").GetBoolean());
        Assert.False(json.RootElement.GetProperty("urgency").GetProperty("urgent").GetBoolean());
    }

    [Fact]
    public async Task Analyze_CrisisMessage_IsUrgentWithTheKindNamed()
    {
        await using var host = await TestHost.StartAsync();

        using var response = await host.Client.PostAsJsonAsync("api/intake/analyze", new { text = "ik wil er een eind aan maken" });

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("urgent").GetBoolean());
        Assert.Equal("Suicide", json.RootElement.GetProperty("urgency").GetProperty("kinds")[0].GetString());
    }

    [Fact]
    public async Task Analyze_VagueMessage_ReturnsNoNeeds()
    {
        await using var host = await TestHost.StartAsync();

        using var response = await host.Client.PostAsJsonAsync("api/intake/analyze", new { text = "hallo, kunnen jullie me helpen?" });

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(0, json.RootElement.GetProperty("needs").GetArrayLength());
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"text\": 42}")]
    [InlineData("{\"text\": \"   \"}")]
    [InlineData("{\"text\": \"onaf")]
    [InlineData("[1, 2]")]
    public async Task Analyze_BadBody_Returns400ProblemDetails(string body)
    {
        await using var host = await TestHost.StartAsync();

        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await host.Client.PostAsync("api/intake/analyze", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Analyze_TextLongerThanTheLimit_Returns400()
    {
        await using var host = await TestHost.StartAsync();

        using var response = await host.Client.PostAsJsonAsync("api/intake/analyze", new { text = new string('a', 4001) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Host_RegistersOneRecognizer_TheLocalOneWhenNoModelIsConfigured()
    {
        await using var host = await TestHost.StartAsync();

        var first = host.Services.GetRequiredService<IRecognizer>();

        Assert.Same(first, host.Services.GetRequiredService<IRecognizer>());
        Assert.IsType<LocalRecognizer>(first);
    }
}
