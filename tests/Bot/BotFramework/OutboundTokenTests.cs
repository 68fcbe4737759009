using System.Net;
using Bouwmarkt.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Bouwmarkt.Bot.Tests.Bot.BotFramework;

/// <summary>Replies to the Connector carry a client-credentials token from a loopback https token endpoint.</summary>
public sealed class OutboundTokenTests
{
    private const string AppId = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";

    [Fact]
    public async Task Replies_CarryTheBearerToken_FetchedOnceAndReused()
    {
        await using var openId = await OpenIdPeer.StartAsync();
        await using var connector = await ConnectorPeer.StartAsync();
        await using var tokens = await TokenEndpointPeer.StartAsync(expiresInSeconds: 3600);
        await using var host = await StartHostAsync(openId, tokens);

        for (var i = 0; i < 3; i++)
        {
            using var response = await TestActivities.PostAsync(host.Client, TestActivities.Message($"bericht {i}", connector.ServiceUrl),
                openId.CreateChannelToken(AppId, connector.ServiceUrl));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var calls = await connector.WaitForAsync(3);
        Assert.All(calls, c => Assert.Equal("Bearer " + TokenEndpointPeer.TokenNumber(1), c.Authorization));
        Assert.Single(tokens.TokenRequests);
    }

    [Fact]
    public async Task TokenRequest_IsClientCredentialsForTheBotFrameworkScope()
    {
        await using var openId = await OpenIdPeer.StartAsync();
        await using var connector = await ConnectorPeer.StartAsync();
        await using var tokens = await TokenEndpointPeer.StartAsync();
        await using var host = await StartHostAsync(openId, tokens);

        using var response = await TestActivities.PostAsync(host.Client, TestActivities.Message("hallo", connector.ServiceUrl),
            openId.CreateChannelToken(AppId, connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var form = Assert.Single(tokens.TokenRequests);
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal(AppId, form["client_id"]);
        Assert.Equal("test-secret", form["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", form["scope"]);
    }

    [Fact]
    public async Task ExpiredToken_IsFetchedAgain()
    {
        await using var openId = await OpenIdPeer.StartAsync();
        await using var connector = await ConnectorPeer.StartAsync();
        // MSAL treats a token that expires within 5 minutes as expired: each reply needs a new one.
        await using var tokens = await TokenEndpointPeer.StartAsync(expiresInSeconds: 60);
        await using var host = await StartHostAsync(openId, tokens);

        for (var i = 0; i < 2; i++)
        {
            using var response = await TestActivities.PostAsync(host.Client, TestActivities.Message($"bericht {i}", connector.ServiceUrl),
                openId.CreateChannelToken(AppId, connector.ServiceUrl));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var calls = await connector.WaitForAsync(2);
        Assert.Equal(2, tokens.TokenRequests.Count);
        Assert.Equal("Bearer " + TokenEndpointPeer.TokenNumber(2), calls[1].Authorization);
    }

    [Fact]
    public async Task NoAppId_RepliesCarryNoAuthorization_AndNoTokenIsRequested()
    {
        await using var connector = await ConnectorPeer.StartAsync();
        await using var tokens = await TokenEndpointPeer.StartAsync();
        await using var host = await TestHost.StartAsync(tokens.Settings(), builder =>
        {
            TestBots.Use(new TestBots.Echo())(builder);
            builder.Services.AddSingleton(tokens.CreateMsalHttpClientFactory());
        });

        using var response = await TestActivities.PostAsync(host.Client, TestActivities.Message("hallo", connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", Assert.Single(await connector.WaitForAsync(1)).Authorization);
        Assert.Empty(tokens.TokenRequests);
    }

    private static Task<TestHost> StartHostAsync(OpenIdPeer openId, TokenEndpointPeer tokens)
    {
        var settings = openId.Settings(AppId);
        foreach (var (key, value) in tokens.Settings())
        {
            settings[key] = value;
        }

        return TestHost.StartAsync(settings, builder =>
        {
            TestBots.Use(new TestBots.Echo())(builder);
            builder.Services.AddSingleton(tokens.CreateMsalHttpClientFactory());
        });
    }
}
