using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace Bouwmarkt.Bot.BotFramework.Auth;

/// <summary>Gets the bearer token for replies to the Bot Connector: client credentials through MSAL.</summary>
/// <remarks>
/// MSAL's in-memory app token cache keeps the token until shortly before it expires, so the token endpoint is asked
/// once per hour, not once per reply. With no app id there is no token (the Emulator on localhost). Thread-safe.
/// </remarks>
public sealed class ConnectorTokenProvider
{
    private readonly BotAuthOptions _options;
    private readonly Lazy<IConfidentialClientApplication>? _client;
    private readonly string[] _scopes;

    public ConnectorTokenProvider(IOptions<BotAuthOptions> options, IMsalHttpClientFactory httpClientFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        var scope = _options.ToChannelFromBotOAuthScope.TrimEnd('/');
        _scopes = [scope.EndsWith("/.default", StringComparison.Ordinal) ? scope : scope + "/.default"];
        if (_options.IsAuthenticationEnabled)
        {
            _client = new Lazy<IConfidentialClientApplication>(() => ConfidentialClientApplicationBuilder
                .Create(_options.MicrosoftAppId)
                .WithClientSecret(_options.MicrosoftAppPassword)
                .WithAuthority(_options.LoginUrl, _options.ValidateAuthority)
                // Instance discovery asks Microsoft's cloud about the authority; a private or test authority has no entry.
                .WithInstanceDiscovery(_options.ValidateAuthority)
                .WithHttpClientFactory(httpClientFactory)
                .Build());
        }
    }

    /// <summary>The access token to send, or null when authentication is off.</summary>
    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_client is null)
        {
            return null;
        }

        var result = await _client.Value.AcquireTokenForClient(_scopes).ExecuteAsync(cancellationToken).ConfigureAwait(false);
        return result.AccessToken;
    }
}
