using Bouwmarkt.Bot.Tests.Support;

namespace Bouwmarkt.Bot.Tests.Bot;

public sealed class HostTests
{
    [Fact]
    public async Task Start_OnLoopback_ServesHttp()
    {
        await using var host = await TestHost.StartAsync();

        using var response = await host.Client.GetAsync(new Uri("/no-such-page", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }
}
