using System.Security.Cryptography;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Options;

namespace Bouwmarkt.Bot.Channels.DirectLine;

/// <summary>The web page's server side: its settings, and a token per visitor so the secret never reaches the browser.</summary>
public static class WebChatSite
{
    public const string BasePath = "/webchat";

    // Scripts only from this host; Web Chat writes its styles inline, and Direct Line needs ws: beside fetch.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
        + "connect-src 'self' ws: wss:; media-src 'self' blob:; object-src 'none'; base-uri 'self'; frame-ancestors 'self'";

    /// <summary>Hardens the page and its files: no foreign scripts, no sniffing, no referrer to the sites it links to.</summary>
    public static void AddPageHeaders(StaticFileResponseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var headers = context.Context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        if (context.File.Name.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
        {
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
        }
    }

    public static RouteGroupBuilder MapWebChatSite(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup(BasePath).WithTags("WebChat");
        group.MapGet("/settings", GetSettings);
        group.MapPost("/token", CreateSessionAsync).RequireRateLimiting(DirectLineSetup.StartPolicy);
        return group;
    }

    private static IResult GetSettings(IOptions<SiteOptions> site)
    {
        var options = site.Value;
        return TypedResults.Json(new WebChatSettings(options.MunicipalityName, options.PrimaryColor, options.Locale), DirectLineJsonContext.Default.WebChatSettings);
    }

    // Like tokens/generate with the secret, done by the server for the page (Microsoft's "token server" pattern).
    private static async Task<IResult> CreateSessionAsync(HttpContext http, DirectLineTokens tokens)
    {
        var conversationId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        var userId = "dl_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var token = await tokens.IssueAsync(conversationId, userId, http.RequestAborted).ConfigureAwait(false);
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Json(new WebChatSession(conversationId, token, tokens.LifetimeSeconds, userId), DirectLineJsonContext.Default.WebChatSession);
    }
}
