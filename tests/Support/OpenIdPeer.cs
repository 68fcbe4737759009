using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Bouwmarkt.Bot.Tests.Support;

/// <summary>
/// Loopback OpenID metadata + JWKS for the Bot Connector (endorsed keys) and the Emulator (plain keys),
/// with RSA keys generated per test, and helpers that sign tokens as those issuers would.
/// </summary>
public sealed class OpenIdPeer : IAsyncDisposable
{
    /// <summary>The issuer of Bot Connector channel tokens.</summary>
    public const string ChannelIssuer = "https://api.botframework.com";

    /// <summary>One of the Emulator's token issuers, as the SDK lists them.</summary>
    public const string EmulatorIssuer = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/";

    private readonly WebApplication _app;

    private OpenIdPeer(WebApplication app, string[] endorsements)
    {
        _app = app;
        Endorsements = endorsements;
    }

    /// <summary>The channel's signing key, endorsed for <see cref="Endorsements"/>.</summary>
    public RSA ChannelKey { get; } = RSA.Create(2048);

    /// <summary>A key the channel's JWKS also lists, but without any endorsement.</summary>
    public RSA UnendorsedKey { get; } = RSA.Create(2048);

    /// <summary>The Emulator's signing key (its JWKS has no endorsements, as Microsoft's common keys).</summary>
    public RSA EmulatorKey { get; } = RSA.Create(2048);

    /// <summary>A key nobody publishes.</summary>
    public RSA StrangerKey { get; } = RSA.Create(2048);

    public string[] Endorsements { get; }

    public string BaseUrl { get; private set; } = "";

    public string ChannelMetadataUrl => BaseUrl + "/channel/.well-known/openidconfiguration";

    public string EmulatorMetadataUrl => BaseUrl + "/emulator/.well-known/openid-configuration";

    /// <summary>Settings that point the host's inbound validation at this peer.</summary>
    public Dictionary<string, string?> Settings(string appId) => new()
    {
        ["MicrosoftAppId"] = appId,
        ["MicrosoftAppPassword"] = "test-secret",
        ["ToBotFromChannelOpenIdMetadataUrl"] = ChannelMetadataUrl,
        ["ToBotFromEmulatorOpenIdMetadataUrl"] = EmulatorMetadataUrl,
    };

    public static async Task<OpenIdPeer> StartAsync(params string[] endorsements)
    {
        var app = LoopbackApp.Create();
        var peer = new OpenIdPeer(app, endorsements.Length == 0 ? ["emulator", "msteams", "webchat"] : endorsements);
        app.MapGet("/channel/.well-known/openidconfiguration", () => Results.Text(peer.Metadata(ChannelIssuer, "/channel/keys"), "application/json"));
        app.MapGet("/channel/keys", () => Results.Text(peer.ChannelKeys(), "application/json"));
        app.MapGet("/emulator/.well-known/openid-configuration", () => Results.Text(peer.Metadata(EmulatorIssuer, "/emulator/keys"), "application/json"));
        app.MapGet("/emulator/keys", () => Results.Text(Jwks((peer.EmulatorKey, "emulator-key", null)), "application/json"));
        peer.BaseUrl = await LoopbackApp.StartAsync(app).ConfigureAwait(false);
        return peer;
    }

    /// <summary>A channel token as the Bot Connector signs it; pass overrides to break one property at a time.</summary>
    public string CreateChannelToken(string audience, string serviceUrl, string issuer = ChannelIssuer, RSA? key = null,
        string kid = "channel-key", DateTime? expires = null, DateTime? notBefore = null)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = notBefore ?? now.AddMinutes(-1),
            IssuedAt = notBefore ?? now.AddMinutes(-1),
            Expires = expires ?? now.AddHours(1),
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(key ?? ChannelKey) { KeyId = kid }, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>An Emulator token (v1: <c>appid</c> claim), as the Emulator gets with the bot's own credentials.</summary>
    public string CreateEmulatorToken(string appId)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = EmulatorIssuer,
            Audience = appId,
            NotBefore = now.AddMinutes(-1),
            Expires = now.AddHours(1),
            Claims = new Dictionary<string, object> { ["appid"] = appId, ["ver"] = "1.0" },
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(EmulatorKey) { KeyId = "emulator-key" }, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>The same claims as a channel token, but with <c>alg: none</c> and no signature.</summary>
    public static string CreateUnsignedToken(string audience, string serviceUrl)
    {
        var now = DateTimeOffset.UtcNow;
        var header = Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""");
        var payload = Base64UrlEncoder.Encode(JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["iss"] = ChannelIssuer,
            ["aud"] = audience,
            ["serviceurl"] = serviceUrl,
            ["nbf"] = now.AddMinutes(-1).ToUnixTimeSeconds(),
            ["exp"] = now.AddHours(1).ToUnixTimeSeconds(),
        }));
        return header + "." + payload + ".";
    }

    private string Metadata(string issuer, string keysPath) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["issuer"] = issuer,
        ["authorization_endpoint"] = BaseUrl + "/authorize",
        ["jwks_uri"] = BaseUrl + keysPath,
        ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
    });

    private string ChannelKeys() => Jwks((ChannelKey, "channel-key", Endorsements), (UnendorsedKey, "unendorsed-key", []));

    private static string Jwks(params (RSA Key, string Kid, string[]? Endorsements)[] keys)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteStartArray("keys");
            foreach (var (key, kid, endorsements) in keys)
            {
                var p = key.ExportParameters(false);
                json.WriteStartObject();
                json.WriteString("kty", "RSA");
                json.WriteString("use", "sig");
                json.WriteString("kid", kid);
                json.WriteString("n", Base64UrlEncoder.Encode(p.Modulus!));
                json.WriteString("e", Base64UrlEncoder.Encode(p.Exponent!));
                if (endorsements is not null)
                {
                    json.WriteStartArray("endorsements");
                    foreach (var e in endorsements)
                    {
                        json.WriteStringValue(e);
                    }

                    json.WriteEndArray();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        ChannelKey.Dispose();
        UnendorsedKey.Dispose();
        EmulatorKey.Dispose();
        StrangerKey.Dispose();
    }
}
