using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Bouwmarkt.Bot.Dialogs.Intake;
using Bouwmarkt.Bot.Knowledge.Recognition.Quality;
using Bouwmarkt.Bot.Learning;
using Bouwmarkt.Bot.Protocol.Schema;
using Bouwmarkt.Bot.Protocol.Turns;
using Bouwmarkt.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static Bouwmarkt.Bot.Tests.Support.BotTurns;

namespace Bouwmarkt.Bot.Tests.Bot.Learning;

/// <summary>Messages residents gave for learning, on the real host: kept in its LiteDB file and exported for staff.</summary>
public sealed class LearningExportTests
{
    private const string Key = "een-lange-sleutel-voor-de-export-123";

    private static Dictionary<string, string?> Settings(bool ask = true, string? key = Key) => new()
    {
        ["Learning:AskResidents"] = ask ? "true" : "false",
        ["Learning:ExportKey"] = key ?? string.Empty,
    };

    private static HttpRequestMessage Export(string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "api/learning/messages");
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return request;
    }

    [Fact]
    public async Task Export_WithTheKey_GivesEachMessageAsALineTheRecognizerCanLearnFrom()
    {
        await using var host = await TestHost.StartAsync(Settings());
        var store = host.Services.GetRequiredService<StorageLearningStore>();
        await store.SaveAsync(new LearningEntry("ik heb schulden en ik voel me alleen", ["geld", "eenzaamheid"], ["geld"], "webchat", new DateOnly(2026, 11, 30)), CancellationToken.None);
        await store.SaveAsync(new LearningEntry("wie helpt met mijn post", ["administratie"], ["administratie"], "whatsapp", new DateOnly(2026, 11, 30)), CancellationToken.None);

        using var response = await host.Client.SendAsync(Export(Key));
        var body = await response.Content.ReadAsStringAsync();
        var file = Path.Combine(host.DataDirectory, "export.jsonl");
        await File.WriteAllTextAsync(file, body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        var messages = LabelledMessage.ReadFile(file);
        Assert.Equal(2, messages.Count);
        var debts = Assert.Single(messages, m => m.Text == "ik heb schulden en ik voel me alleen");
        Assert.Equal(["geld"], debts.Needs);
        Assert.False(debts.Urgent);
        Assert.Contains("\"recognized\":[\"geld\",\"eenzaamheid\"]", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("een-andere-sleutel-van-dezelfde-lengte")]
    public async Task Export_WithoutTheRightKey_IsRefusedAndShowsNothing(string? key)
    {
        await using var host = await TestHost.StartAsync(Settings());
        await host.Services.GetRequiredService<StorageLearningStore>().SaveAsync(
            new LearningEntry("geheim bericht", ["geld"], ["geld"], "webchat", new DateOnly(2026, 11, 30)), CancellationToken.None);

        using var response = await host.Client.SendAsync(Export(key));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("geheim", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_WithoutAnExportKeyConfigured_DoesNotExist()
    {
        await using var host = await TestHost.StartAsync(Settings(key: null));

        using var response = await host.Client.SendAsync(Export(Key));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Start_ShortExportKey_FailsWithAClearError()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => TestHost.StartAsync(Settings(key: "kort")));

        Assert.Contains("Learning:ExportKey", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Host_GivesTheIntakeTheStoreOnlyWhenResidentsAreAsked(bool ask)
    {
        await using var host = await TestHost.StartAsync(Settings(ask));

        var learning = host.Services.GetRequiredService<IntakeServices>().Learning;

        Assert.Equal(ask, learning is StorageLearningStore);
    }

    [Fact]
    public async Task KeptMessages_SurviveARestart()
    {
        var folder = Directory.CreateTempSubdirectory("bouwmarkt-learning-").FullName;
        await using (var first = await TestHost.StartAsync(Settings(), dataDirectory: folder))
        {
            await first.Services.GetRequiredService<StorageLearningStore>().SaveAsync(
                new LearningEntry("mijn huis is te klein", ["wonen"], ["wonen"], "webchat", new DateOnly(2026, 11, 30)), CancellationToken.None);
        }

        await using var second = await TestHost.StartAsync(Settings(), dataDirectory: folder);
        var kept = await second.Services.GetRequiredService<StorageLearningStore>().ReadAllAsync(CancellationToken.None);

        Assert.Equal("mijn huis is te klein", Assert.Single(kept).Text);
    }

    [Fact]
    public async Task Conversation_ResidentGivesTheMessage_TheExportHoldsItScrubbedWithTheConfirmedNeed()
    {
        await using var host = await TestHost.StartAsync(Settings());
        var bot = host.Services.GetRequiredService<IBot>();
        string? asked = null;
        foreach (var say in new[] { "hallo", "ik heb schulden en de deurwaarder belt steeds, mijn nummer is 0612345678", "ja", "voor mezelf", "Voorbeeldstad", "ja", "nee", "ja", "nee" })
        {
            asked = (await TurnAsync(bot, say))[^1].Text;
        }

        await TurnAsync(bot, "ja");
        using var response = await host.Client.SendAsync(Export(Key));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Contains("bewaren", asked, StringComparison.Ordinal);
        Assert.Contains("de deurwaarder belt steeds", body, StringComparison.Ordinal);
        Assert.DoesNotContain("0612345678", body, StringComparison.Ordinal);
        using var kept = JsonDocument.Parse(body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Single());
        Assert.Contains("geld", kept.RootElement.GetProperty("needs").EnumerateArray().Select(n => n.GetString()));
    }
}
