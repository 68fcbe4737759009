using System.Net;
using Bouwmarkt.Bot.Channels.DirectLine;
using Microsoft.Extensions.Options;

namespace Bouwmarkt.Bot.Tests.Bot.Channels.DirectLine;

public sealed class WebChatSiteTests
{
    [Fact]
    public async Task Settings_ComeFromConfiguration()
    {
        await using var host = await DirectLineTestServer.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Site:MunicipalityName"] = "Gemeente Dommelstad",
            ["Site:PrimaryColor"] = "#6A1B4D",
        });

        var settings = await host.SendJsonAsync(HttpMethod.Get, "/webchat/settings", bearer: null);

        Assert.Equal("Gemeente Dommelstad", settings.GetProperty("municipalityName").GetString());
        Assert.Equal("#6A1B4D", settings.GetProperty("primaryColor").GetString());
        Assert.Equal("nl-NL", settings.GetProperty("locale").GetString());
    }

    [Fact]
    public async Task Start_PrimaryColorTooLightForWhiteText_FailsWithTheReason()
    {
        var settings = new Dictionary<string, string?> { ["Site:PrimaryColor"] = "#7FD1FF" };

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => DirectLineTestServer.StartAsync(settings: settings));

        Assert.Contains("contrast", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0x000000, 21.0)]
    [InlineData(0xFFFFFF, 1.0)]
    [InlineData(0x767676, 4.54)]
    public void ContrastWithWhite_KnownColours_MatchesWcag(int rgb, double expected)
    {
        Assert.Equal(expected, SiteOptions.ContrastWithWhite(rgb), precision: 2);
    }

    [Fact]
    public async Task Page_AtRoot_IsDutchAndLoadsWebChatFromTheHost()
    {
        await using var host = await DirectLineTestServer.StartAsync();

        var html = await host.Client.GetStringAsync(new Uri("/", UriKind.Relative));
        using var script = await host.Client.GetAsync(new Uri("/lib/webchat.js", UriKind.Relative));

        Assert.Contains("<html lang=\"nl\">", html, StringComparison.Ordinal);
        Assert.Contains("src=\"lib/webchat.js\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }

    [Fact]
    public async Task Page_AtRoot_AllowsScriptsOnlyFromThisHost()
    {
        await using var host = await DirectLineTestServer.StartAsync();

        using var response = await host.Client.GetAsync(new Uri("/", UriKind.Relative));

        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task Token_ForTheWebPage_StartsItsOwnConversation()
    {
        await using var host = await DirectLineTestServer.StartAsync();
        var first = await host.SendJsonAsync(HttpMethod.Post, "/webchat/token", bearer: null);
        var second = await host.SendJsonAsync(HttpMethod.Post, "/webchat/token", bearer: null);

        using var response = await host.SendRawAsync(HttpMethod.Post, "/v3/directline/conversations", first.GetProperty("token").GetString());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.NotEqual(first.GetProperty("conversationId").GetString(), second.GetProperty("conversationId").GetString());
    }

    [Fact]
    public async Task Token_TooManyFromOneAddress_Returns429()
    {
        await using var host = await DirectLineTestServer.StartAsync(settings: new Dictionary<string, string?> { ["DirectLine:StartsPerMinutePerClient"] = "2" });
        await host.SendJsonAsync(HttpMethod.Post, "/webchat/token", bearer: null);
        await host.SendJsonAsync(HttpMethod.Post, "/webchat/token", bearer: null);

        using var third = await host.SendRawAsync(HttpMethod.Post, "/webchat/token", bearer: null);

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
    }
}
