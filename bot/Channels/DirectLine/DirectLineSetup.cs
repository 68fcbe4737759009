using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bouwmarkt.Bot.Channels.DirectLine;

/// <summary>Registers and maps the website channel: Direct Line 3.0 under <c>/v3/directline</c> and the Web Chat page at <c>/</c>.</summary>
public static class DirectLineSetup
{
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
        services.TryAddSingleton<IDirectLineTurnRunner, PipelineTurnRunner>();
        services.AddSingleton<DirectLineService>();
        return builder;
    }

    public static WebApplication MapDirectLine(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapDirectLineApi();
        app.MapWebChatSite();
        return app;
    }
}
