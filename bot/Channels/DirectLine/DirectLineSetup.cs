using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bouwmarkt.Bot.Channels.DirectLine;

/// <summary>Registers and maps the website channel: Direct Line 3.0 under <c>/v3/directline</c> and the Web Chat page at <c>/</c>.</summary>
public static class DirectLineSetup
{
    /// <summary>The rate-limiting policy on everything that creates a conversation or a token for the page.</summary>
    public const string StartPolicy = "directline-start";

    public static WebApplicationBuilder AddDirectLine(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<DirectLineOptions>().BindConfiguration(DirectLineOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SiteOptions>().BindConfiguration(SiteOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DirectLineSecret>();
        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<DirectLineStreamHub>();
        services.AddSingleton<DirectLineActivityLog>();
        services.AddSingleton<DirectLineService>();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Starting conversations writes to storage, so one address may not start them without end.
            limiter.AddPolicy(StartPolicy, http =>
            {
                var perMinute = http.RequestServices.GetRequiredService<IOptions<DirectLineOptions>>().Value.StartsPerMinutePerClient;
                return RateLimitPartition.GetFixedWindowLimiter(
                    http.Connection.RemoteIpAddress?.ToString() ?? "",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
        });
        return builder;
    }

    public static WebApplication MapDirectLine(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        app.UseRateLimiter();
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = WebChatSite.AddPageHeaders });
        app.MapDirectLineApi();
        app.MapWebChatSite();
        return app;
    }
}
