using Bouwmarkt.Bot.Tests.Support;

namespace Bouwmarkt.Bot.Tests.Bot.Channels.DirectLine;

public sealed class DirectLineRestartTests
{
    [Fact]
    public async Task Restart_KeepsTheActivityLogAndTheTokensStayValid()
    {
        // Without DirectLine:Secret the host generates one and keeps it in storage, so tokens outlive a restart.
        var settings = new Dictionary<string, string?> { ["DirectLine:Secret"] = "" };
        var storage = new MemoryStorage();
        var dataDirectory = Directory.CreateTempSubdirectory("bouwmarkt-dl-restart-").FullName;
        try
        {
            string conversationId, token, watermark;
            await using (var before = await DirectLineTestServer.StartAsync(storage, dataDirectory, settings))
            {
                var session = await before.SendJsonAsync(HttpMethod.Post, "/webchat/token", bearer: null);
                conversationId = session.GetProperty("conversationId").GetString()!;
                token = session.GetProperty("token").GetString()!;
                await before.SendJsonAsync(HttpMethod.Post, "/v3/directline/conversations", token);
                await before.PostMessageAsync(conversationId, token, "voor de herstart", "c1");
                watermark = (await before.GetActivitiesAsync(conversationId, token)).GetProperty("watermark").GetString()!;
                await before.StopAsync();
            }

            await using var after = await DirectLineTestServer.StartAsync(storage, dataDirectory, settings);
            var set = await after.GetActivitiesAsync(conversationId, token);
            var id = await after.PostMessageAsync(conversationId, token, "na de herstart", "c2");

            var texts = set.GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("text").GetString()!).ToArray();
            Assert.Equal([SuggestingBot.Welcome, "voor de herstart", SuggestingBot.Answer("voor de herstart")], texts);
            Assert.Equal(watermark, set.GetProperty("watermark").GetString());
            Assert.Equal($"{conversationId}|0000003", id);
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
