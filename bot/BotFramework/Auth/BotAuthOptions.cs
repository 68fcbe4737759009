namespace Bouwmarkt.Bot.BotFramework.Auth;

/// <summary>The Bot Framework's own settings, top-level under the names the SDK reads.</summary>
/// <remarks>
/// An empty <see cref="MicrosoftAppId"/> turns authentication off both ways (the Emulator on localhost), except
/// that a request that does carry a token is refused (401), as the SDK's check of that token would end. The URL overrides exist so that
/// tests (and sovereign clouds) can point them elsewhere.
/// </remarks>
public sealed class BotAuthOptions
{
    /// <summary>Empty: these keys live at the root of the configuration, as in every Bot Framework bot.</summary>
    public const string Section = "";

    /// <summary><c>MultiTenant</c> (default), <c>SingleTenant</c> or <c>UserAssignedMsi</c> (not supported here).</summary>
    public string MicrosoftAppType { get; set; } = "MultiTenant";

    public string MicrosoftAppId { get; set; } = "";

    public string MicrosoftAppPassword { get; set; } = "";

    /// <summary>Required for SingleTenant: the outbound token comes from this tenant.</summary>
    public string MicrosoftAppTenantId { get; set; } = "";

    public string ToBotFromChannelOpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    public string ToBotFromChannelTokenIssuer { get; set; } = "https://api.botframework.com";

    public string ToBotFromEmulatorOpenIdMetadataUrl { get; set; } = "https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration";

    /// <summary>The authority for the outbound token; empty means <c>https://login.microsoftonline.com/{tenant}</c> (tenant <c>botframework.com</c> for MultiTenant).</summary>
    public string ToChannelFromBotLoginUrl { get; set; } = "";

    public string ToChannelFromBotOAuthScope { get; set; } = "https://api.botframework.com";

    /// <summary>Whether MSAL validates the login authority against Microsoft's known list (SDK key); off for tests and private clouds.</summary>
    public bool ValidateAuthority { get; set; } = true;

    /// <summary>True when an app id is configured: inbound tokens are required and outbound replies carry one.</summary>
    public bool IsAuthenticationEnabled => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>The authority MSAL asks for the outbound token.</summary>
    public string LoginUrl
    {
        get
        {
            if (!string.IsNullOrWhiteSpace(ToChannelFromBotLoginUrl))
            {
                return ToChannelFromBotLoginUrl;
            }

            var singleTenant = string.Equals(MicrosoftAppType, "SingleTenant", StringComparison.OrdinalIgnoreCase);
            var tenant = singleTenant && !string.IsNullOrWhiteSpace(MicrosoftAppTenantId) ? MicrosoftAppTenantId : "botframework.com";
            return "https://login.microsoftonline.com/" + tenant;
        }
    }
}
