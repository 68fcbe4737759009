using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Identity.Client;

namespace Bouwmarkt.Bot.Tests.Support;

/// <summary>
/// A loopback OAuth token endpoint over https (MSAL refuses http), with a self-signed certificate made for the test
/// and an <see cref="IMsalHttpClientFactory"/> that trusts exactly that certificate.
/// </summary>
public sealed class TokenEndpointPeer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly X509Certificate2 _certificate;
    private readonly ConcurrentQueue<IReadOnlyDictionary<string, string>> _tokenRequests = new();
    private int _issued;

    private TokenEndpointPeer(WebApplication app, X509Certificate2 certificate, int expiresInSeconds)
    {
        _app = app;
        _certificate = certificate;
        ExpiresInSeconds = expiresInSeconds;
    }

    public int ExpiresInSeconds { get; }

    /// <summary>The authority to configure as ToChannelFromBotLoginUrl.</summary>
    public string Authority { get; private set; } = "";

    /// <summary>Form fields of every token request, in order.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> TokenRequests => [.. _tokenRequests];

    /// <summary>Every path requested (to see that nothing else is asked).</summary>
    public ConcurrentQueue<string> Paths { get; } = new();

    /// <summary>The access token issued by the n-th request (1-based).</summary>
    public static string TokenNumber(int n) => $"test-access-token-{n}";

    public static async Task<TokenEndpointPeer> StartAsync(int expiresInSeconds = 3600)
    {
        var certificate = CreateCertificate();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, o => o.UseHttps(certificate)));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var peer = new TokenEndpointPeer(app, certificate, expiresInSeconds);
        app.Run(peer.HandleAsync);
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        peer.Authority = address + "/test-tenant";
        return peer;
    }

    /// <summary>Settings that send the host's outbound token requests here.</summary>
    public Dictionary<string, string?> Settings() => new()
    {
        ["ToChannelFromBotLoginUrl"] = Authority,
        ["ValidateAuthority"] = "false",
    };

    /// <summary>An MSAL HttpClient factory that trusts this peer's certificate and nothing else extra.</summary>
    public IMsalHttpClientFactory CreateMsalHttpClientFactory() => new TrustingFactory(_certificate.GetCertHashString());

    private async Task HandleAsync(HttpContext http)
    {
        Paths.Enqueue(http.Request.Path.Value ?? "");
        if (!HttpMethods.IsPost(http.Request.Method) || !http.Request.Path.Value!.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
        _tokenRequests.Enqueue(form.ToDictionary(f => f.Key, f => f.Value.ToString()));
        var n = Interlocked.Increment(ref _issued);
        await http.Response.WriteAsJsonAsync(new Dictionary<string, object>
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = ExpiresInSeconds,
            ["ext_expires_in"] = ExpiresInSeconds,
            ["access_token"] = TokenNumber(n),
        }).ConfigureAwait(false);
    }

    private static X509Certificate2 CreateCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(san.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        // Kestrel on Linux needs the key in a loadable form: round-trip through PKCS#12.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _certificate.Dispose();
    }

    private sealed class TrustingFactory(string thumbprint) : IMsalHttpClientFactory
    {
        private readonly HttpClient _client = new(new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, cert, _, errors) =>
                errors == System.Net.Security.SslPolicyErrors.None
                || string.Equals(cert?.GetCertHashString(), thumbprint, StringComparison.OrdinalIgnoreCase),
        });

        public HttpClient GetHttpClient() => _client;
    }
}
