using System.Net;
using Bouwmarkt.Bot.Protocol.Schema;
using Bouwmarkt.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Bouwmarkt.Bot.Tests.Bot.BotFramework;

/// <summary>Inbound JWTs as real channels send them, signed by keys served from a loopback OpenID peer.</summary>
public sealed class AuthenticationTests
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";

    [Fact]
    public async Task ValidChannelToken_IsAccepted_AndTheTurnRuns()
    {
        await using var setup = await Setup.StartAsync();
        var activity = setup.Activity();

        using var response = await TestActivities.PostAsync(setup.Host.Client, activity,
            setup.OpenId.CreateChannelToken(AppId, setup.Connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("echo: hallo", Assert.Single(await setup.Connector.WaitForAsync(1)).Activity!.Text);
    }

    [Fact]
    public async Task NoAuthorizationHeader_WithAppId_401()
    {
        await using var setup = await Setup.StartAsync();

        using var response = await TestActivities.PostAsync(setup.Host.Client, setup.Activity());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task WrongAudience_401()
    {
        await using var setup = await Setup.StartAsync();

        var token = setup.OpenId.CreateChannelToken("another-bot", setup.Connector.ServiceUrl);

        await setup.AssertRejectedAsync(token, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task WrongIssuer_401()
    {
        await using var setup = await Setup.StartAsync();

        var token = setup.OpenId.CreateChannelToken(AppId, setup.Connector.ServiceUrl, issuer: "https://evil.example");

        await setup.AssertRejectedAsync(token, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Expired_BeyondTheFiveMinuteSkew_401()
    {
        await using var setup = await Setup.StartAsync();

        var token = setup.OpenId.CreateChannelToken(AppId, setup.Connector.ServiceUrl,
            notBefore: DateTime.UtcNow.AddHours(-2), expires: DateTime.UtcNow.AddMinutes(-6));

        await setup.AssertRejectedAsync(token, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ExpiredWithinTheFiveMinuteSkew_IsAccepted()
    {
        await using var setup = await Setup.StartAsync();

        var token = setup.OpenId.CreateChannelToken(AppId, setup.Connector.ServiceUrl,
            notBefore: DateTime.UtcNow.AddHours(-2), expires: DateTime.UtcNow.AddMinutes(-3));

        using var response = await TestActivities.PostAsync(setup.Host.Client, setup.Activity(), token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task NotYetValid_401()
    {
        await using var setup = await Setup.StartAsync();

        var token = setup.OpenId.CreateChannelToken(AppId, setup.Connector.ServiceUrl,
            notBefore: DateTime.UtcNow.AddMinutes(10), expires: DateTime.UtcNow.AddHours(1));

        await setup.AssertRejectedAsync(token, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Unsigned_AlgNone_401()
    {
        await using var setup = await Setup.StartAsync();

        var token = OpenIdPeer.CreateUnsignedToken(AppId, setup.Connector.ServiceUrl);

        await setup.AssertRejectedAsync(token, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task TamperedPayload_401()
    {
        await using var setup = await Setup.StartAsync();
        var parts = setup.OpenId.CreateChannelToken(AppId, setup.Connector.ServiceUrl).Split('.');
        // Same header and signature, payload with another audience.
        var other = setup.OpenId.CreateChannelToken(AppId + "0", setup.Connector.ServiceUrl).Split('.');

        var token = parts[0] + "." + other[1] + "." + parts[2];

        await setup.AssertRejectedAsync(token, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task SignedByUnknownKey_401()
    {
        await using var setup = await Setup.StartAsync();

        var token = setup.OpenId.CreateChannelToken(AppId, setup.Connector.ServiceUrl, key: setup.OpenId.StrangerKey);

        await setup.AssertRejectedAsync(token, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task KeyWithoutTheChannelsEndorsement_403()
    {
        await using var setup = await Setup.StartAsync();

        var token = setup.OpenId.CreateChannelToken(AppId, setup.Connector.ServiceUrl, key: setup.OpenId.UnendorsedKey, kid: "unendorsed-key");

        await setup.AssertRejectedAsync(token, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task KeyEndorsedForOtherChannelsOnly_403()
    {
        await using var setup = await Setup.StartAsync(endorsements: ["msteams"]);

        var token = setup.OpenId.CreateChannelToken(AppId, setup.Connector.ServiceUrl);

        await setup.AssertRejectedAsync(token, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ServiceUrlClaimMismatch_401()
    {
        await using var setup = await Setup.StartAsync();

        var token = setup.OpenId.CreateChannelToken(AppId, "https://other-connector.example/");

        await setup.AssertRejectedAsync(token, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task EmulatorToken_ForThisApp_IsAccepted()
    {
        await using var setup = await Setup.StartAsync();

        using var response = await TestActivities.PostAsync(setup.Host.Client, setup.Activity(), setup.OpenId.CreateEmulatorToken(AppId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(await setup.Connector.WaitForAsync(1));
    }

    [Fact]
    public async Task EmulatorToken_ForAnotherApp_401()
    {
        await using var setup = await Setup.StartAsync();

        await setup.AssertRejectedAsync(setup.OpenId.CreateEmulatorToken("someone-else"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task NoAppId_NoHeader_IsAccepted()
    {
        await using var connector = await ConnectorPeer.StartAsync();
        await using var host = await TestHost.StartAsync(configure: TestBots.Use(new TestBots.Echo()));

        using var response = await TestActivities.PostAsync(host.Client, TestActivities.Message("hallo", connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task NoAppId_PresentButInvalidHeader_IsStillValidated_401()
    {
        await using var openId = await OpenIdPeer.StartAsync();
        await using var connector = await ConnectorPeer.StartAsync();
        var settings = openId.Settings(appId: "");
        await using var host = await TestHost.StartAsync(settings, TestBots.Use(new TestBots.Echo()));

        using var response = await TestActivities.PostAsync(host.Client, TestActivities.Message("hallo", connector.ServiceUrl),
            openId.CreateChannelToken(AppId, connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(connector.Calls);
    }

    /// <summary>An OpenID peer, a connector peer, a token endpoint and a host with an app id that trusts them.</summary>
    private sealed class Setup : IAsyncDisposable
    {
        private readonly TokenEndpointPeer _tokens;

        private Setup(OpenIdPeer openId, ConnectorPeer connector, TokenEndpointPeer tokens, TestHost host)
        {
            OpenId = openId;
            Connector = connector;
            _tokens = tokens;
            Host = host;
        }

        public OpenIdPeer OpenId { get; }

        public ConnectorPeer Connector { get; }

        public TestHost Host { get; }

        public static async Task<Setup> StartAsync(string[]? endorsements = null)
        {
            var openId = await OpenIdPeer.StartAsync(endorsements ?? []);
            var connector = await ConnectorPeer.StartAsync();
            // With an app id the replies carry a token as well, so the host needs a token endpoint.
            var tokens = await TokenEndpointPeer.StartAsync();
            var settings = openId.Settings(AppId);
            foreach (var (key, value) in tokens.Settings())
            {
                settings[key] = value;
            }

            var host = await TestHost.StartAsync(settings, builder =>
            {
                TestBots.Use(new TestBots.Echo())(builder);
                builder.Services.AddSingleton(tokens.CreateMsalHttpClientFactory());
            });
            return new Setup(openId, connector, tokens, host);
        }

        public Activity Activity() => TestActivities.Message("hallo", Connector.ServiceUrl);

        public async Task AssertRejectedAsync(string token, HttpStatusCode expected)
        {
            using var response = await TestActivities.PostAsync(Host.Client, Activity(), token);
            Assert.Equal(expected, response.StatusCode);
            await Task.Delay(100);
            Assert.Empty(Connector.Calls);
        }

        public async ValueTask DisposeAsync()
        {
            await Host.DisposeAsync();
            await Connector.DisposeAsync();
            await OpenId.DisposeAsync();
            await _tokens.DisposeAsync();
        }
    }
}
