using System.Collections.Frozen;
using System.Text.Json;
using Bouwmarkt.Bot.Protocol.Schema;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Bouwmarkt.Bot.BotFramework.Auth;

/// <summary>Checks the Bot Connector (or Emulator) JWT of an incoming activity, as the Bot Framework SDK does.</summary>
/// <remarks>
/// Channel tokens: RS256/384/512 signature by a key from the channel's OpenID metadata, issuer
/// <c>https://api.botframework.com</c>, audience = app id, lifetime with 5 minutes' skew, <c>serviceurl</c> claim equal
/// to the activity's serviceUrl, and the signing key's JWKS <c>endorsements</c> must list the activity's channelId.
/// Emulator tokens (recognised by their issuer) are checked against the Emulator's metadata, and their
/// <c>appid</c> (v1) or <c>azp</c> (v2) claim must be the app id. Metadata and keys are cached and refreshed by
/// <see cref="ConfigurationManager{T}"/>. Thread-safe singleton.
/// </remarks>
public sealed partial class BotAuthenticator
{
    /// <summary>The HttpClient name used to fetch OpenID metadata and keys.</summary>
    public const string HttpClientName = "BotFramework.OpenId";

    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    private static readonly string[] AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    // Bot Framework SDK, EmulatorValidation: the tenants whose tokens the Emulator sends.
    private static readonly string[] EmulatorIssuersBase =
    [
        "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
        "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0",
        "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",
        "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
        "https://sts.windows.net/cab8a31a-1906-4287-a0d8-4eef66b95f6e/",
        "https://login.microsoftonline.us/cab8a31a-1906-4287-a0d8-4eef66b95f6e/v2.0",
    ];

    private readonly BotAuthOptions _options;
    private readonly ILogger<BotAuthenticator> _logger;
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly ConfigurationManager<OpenIdConnectConfiguration> _channelMetadata;
    private readonly ConfigurationManager<OpenIdConnectConfiguration> _emulatorMetadata;
    private readonly FrozenSet<string> _emulatorIssuers;

    public BotAuthenticator(IOptions<BotAuthOptions> options, IHttpClientFactory httpClientFactory, ILogger<BotAuthenticator> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        _options = options.Value;
        _logger = logger;
        _channelMetadata = CreateManager(_options.ToBotFromChannelOpenIdMetadataUrl, httpClientFactory);
        _emulatorMetadata = CreateManager(_options.ToBotFromEmulatorOpenIdMetadataUrl, httpClientFactory);
        var tenant = _options.MicrosoftAppTenantId;
        _emulatorIssuers = (string.IsNullOrWhiteSpace(tenant)
            ? EmulatorIssuersBase
            : [.. EmulatorIssuersBase, $"https://sts.windows.net/{tenant}/", $"https://login.microsoftonline.com/{tenant}/v2.0"])
            .ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Decides whether the request that carried <paramref name="authorizationHeader"/> may run <paramref name="activity"/>.</summary>
    public async Task<AuthenticationOutcome> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            // SDK: no header is fine only while authentication is off.
            return _options.IsAuthenticationEnabled ? Reject("no Authorization header") : AuthenticationOutcome.Allowed;
        }

        if (!_options.IsAuthenticationEnabled)
        {
            // Without an app id no token can pass (its audience or app id claim cannot match), so the SDK's
            // validation would end in 401 anyway; answer that without asking Microsoft's metadata endpoints.
            return Reject("a token was sent but no MicrosoftAppId is configured");
        }

        const string scheme = "Bearer ";
        if (!authorizationHeader.StartsWith(scheme, StringComparison.Ordinal) || authorizationHeader.Length == scheme.Length)
        {
            return Reject("not a Bearer token");
        }

        var token = authorizationHeader[scheme.Length..].Trim();
        JsonWebToken parsed;
        try
        {
            parsed = _handler.ReadJsonWebToken(token);
        }
        catch (ArgumentException)
        {
            return Reject("not a JWT");
        }

        if (!AllowedAlgorithms.Contains(parsed.Alg, StringComparer.Ordinal))
        {
            return Reject("algorithm not allowed");
        }

        try
        {
            return _emulatorIssuers.Contains(parsed.Issuer)
                ? await ValidateEmulatorTokenAsync(token, parsed, cancellationToken).ConfigureAwait(false)
                : await ValidateChannelTokenAsync(token, parsed, activity, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException exception)
        {
            // Metadata could not be fetched: the token cannot be trusted.
            LogMetadataFailed(_logger, exception.GetType().FullName);
            return AuthenticationOutcome.Unauthorized;
        }
    }

    private async Task<AuthenticationOutcome> ValidateChannelTokenAsync(string token, JsonWebToken parsed, Activity activity, CancellationToken ct)
    {
        var configuration = await _channelMetadata.GetConfigurationAsync(ct).ConfigureAwait(false);
        var parameters = Parameters(configuration);
        parameters.ValidIssuer = _options.ToBotFromChannelTokenIssuer;
        parameters.ValidateAudience = true;
        parameters.ValidAudience = _options.MicrosoftAppId;

        var result = await _handler.ValidateTokenAsync(token, parameters).ConfigureAwait(false);
        if (!result.IsValid)
        {
            RefreshOnUnknownKey(_channelMetadata, result.Exception);
            return Reject(result.Exception?.GetType().Name ?? "invalid token");
        }

        var serviceUrl = result.Claims.TryGetValue("serviceurl", out var claim) ? claim as string : null;
        if (serviceUrl is null || !string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return Reject("serviceurl claim does not match the activity");
        }

        if (!IsEndorsed(configuration, parsed.Kid, activity.ChannelId))
        {
            LogRejected(_logger, "signing key not endorsed for the channel");
            return AuthenticationOutcome.Forbidden;
        }

        return AuthenticationOutcome.Allowed;
    }

    private async Task<AuthenticationOutcome> ValidateEmulatorTokenAsync(string token, JsonWebToken parsed, CancellationToken ct)
    {
        var configuration = await _emulatorMetadata.GetConfigurationAsync(ct).ConfigureAwait(false);
        var parameters = Parameters(configuration);
        parameters.ValidIssuers = _emulatorIssuers;
        // The SDK does not check the Emulator token's audience; it checks the app id claim below instead.
        parameters.ValidateAudience = false;

        var result = await _handler.ValidateTokenAsync(token, parameters).ConfigureAwait(false);
        if (!result.IsValid)
        {
            RefreshOnUnknownKey(_emulatorMetadata, result.Exception);
            return Reject(result.Exception?.GetType().Name ?? "invalid token");
        }

        var version = parsed.TryGetPayloadValue<string>("ver", out var ver) ? ver : null;
        var appIdClaim = version switch
        {
            null or "" or "1.0" => "appid",
            "2.0" => "azp",
            _ => null,
        };
        if (appIdClaim is null
            || !parsed.TryGetPayloadValue<string>(appIdClaim, out var appId)
            || !string.Equals(appId, _options.MicrosoftAppId, StringComparison.Ordinal))
        {
            return Reject("Emulator token for another app");
        }

        return AuthenticationOutcome.Allowed;
    }

    // Keys roll over: a token signed by a key we have not seen asks for fresh metadata (the manager throttles this).
    private static void RefreshOnUnknownKey(ConfigurationManager<OpenIdConnectConfiguration> manager, Exception? exception)
    {
        if (exception is SecurityTokenSignatureKeyNotFoundException)
        {
            manager.RequestRefresh();
        }
    }

    private static TokenValidationParameters Parameters(OpenIdConnectConfiguration configuration) => new()
    {
        ValidateIssuer = true,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        ValidateIssuerSigningKey = true,
        IssuerSigningKeys = configuration.SigningKeys,
        ValidAlgorithms = AllowedAlgorithms,
        ClockSkew = ClockSkew,
    };

    private static bool IsEndorsed(OpenIdConnectConfiguration configuration, string? kid, string? channelId)
    {
        if (string.IsNullOrEmpty(kid) || string.IsNullOrEmpty(channelId) || configuration.JsonWebKeySet is null)
        {
            return false;
        }

        foreach (var key in configuration.JsonWebKeySet.Keys)
        {
            if (string.Equals(key.Kid, kid, StringComparison.Ordinal)
                && key.AdditionalData.TryGetValue("endorsements", out var endorsements))
            {
                return Endorses(endorsements, channelId);
            }
        }

        return false;
    }

    private static bool Endorses(object? endorsements, string channelId) => endorsements switch
    {
        JsonElement { ValueKind: JsonValueKind.Array } array =>
            array.EnumerateArray().Any(e => e.ValueKind == JsonValueKind.String && string.Equals(e.GetString(), channelId, StringComparison.OrdinalIgnoreCase)),
        string single => string.Equals(single, channelId, StringComparison.OrdinalIgnoreCase),
        System.Collections.IEnumerable many => many.Cast<object?>().Any(e => e is not null && Endorses(e, channelId)),
        _ => false,
    };

    private static ConfigurationManager<OpenIdConnectConfiguration> CreateManager(string metadataUrl, IHttpClientFactory factory)
    {
        var uri = new Uri(metadataUrl, UriKind.Absolute);
        var retriever = new HttpDocumentRetriever(factory.CreateClient(HttpClientName))
        {
            // Real metadata is https; a loopback peer in tests may be plain http.
            RequireHttps = !uri.IsLoopback,
        };
        return new ConfigurationManager<OpenIdConnectConfiguration>(metadataUrl, new OpenIdConnectConfigurationRetriever(), retriever);
    }

    private AuthenticationOutcome Reject(string reason)
    {
        LogRejected(_logger, reason);
        return AuthenticationOutcome.Unauthorized;
    }

    [LoggerMessage(EventId = 3201, Level = LogLevel.Information, Message = "Inbound token rejected: {Reason}")]
    private static partial void LogRejected(ILogger logger, string reason);

    [LoggerMessage(EventId = 3202, Level = LogLevel.Warning, Message = "OpenID metadata unavailable: {ExceptionType}")]
    private static partial void LogMetadataFailed(ILogger logger, string? exceptionType);
}
