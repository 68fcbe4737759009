using Bouwmarkt.Bot.BotFramework.Auth;
using Bouwmarkt.Bot.BotFramework.Connector;
using Bouwmarkt.Bot.BotFramework.Endpoint;
using Bouwmarkt.Bot.BotFramework.Health;
using Bouwmarkt.Bot.BotFramework.Middleware;
using Bouwmarkt.Bot.BotFramework.Turns;
using Bouwmarkt.Bot.Hosting;
using Bouwmarkt.Bot.Protocol.Turns;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Identity.Client;

namespace Bouwmarkt.Bot.BotFramework;

/// <summary>Registers and maps the Bot Framework feature: the turn pipeline, /api/messages, auth and Connector replies.</summary>
public static class BotFrameworkSetup
{
    /// <summary>Registers <see cref="TurnRunner"/> (the pipeline every channel uses) and the Bot Framework endpoint's services.</summary>
    public static WebApplicationBuilder AddBotFramework(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<BotFrameworkOptions>().BindConfiguration(BotFrameworkOptions.Section);
        services.AddOptions<HostOptions>().Configure<Microsoft.Extensions.Options.IOptions<BotFrameworkOptions>>(
            (host, bot) => host.ShutdownTimeout = bot.Value.ShutdownTimeout);

        services.AddSingleton<TurnTracker>();
        services.AddHostedService<TurnDrainService>();
        services.AddSingleton<TurnLoggingMiddleware>();
        services.AddSingleton<ShowTypingMiddleware>();
        services.AddSingleton<TranscriptLoggerMiddleware>();
        services.AddSingleton<AutoSaveStateMiddleware>();
        // The Conversation feature registers the real bot before this runs; until then the host answers nothing.
        services.TryAddSingleton<IBot, SilentBot>();
        services.AddSingleton<TurnRunner>();

        // The SDK reads these keys at the root of the configuration.
        services.AddOptions<BotAuthOptions>().Bind(builder.Configuration);
        services.AddHttpClient(BotAuthenticator.HttpClientName);
        services.AddHttpClient(MsalHttpClientFactory.HttpClientName);
        services.AddHttpClient(ConnectorReplySink.HttpClientName);
        services.TryAddSingleton<IMsalHttpClientFactory, MsalHttpClientFactory>();
        services.AddSingleton<BotAuthenticator>();
        services.AddSingleton<ConnectorTokenProvider>();
        services.AddSingleton<ConnectorReplySink>();
        services.AddSingleton<MessagesEndpoint>();
        services.AddSingleton<HealthEndpoint>();
        services.AddStartUpWork<MessagesEndpointWarmUp>();
        return builder;
    }

    /// <summary>Maps <c>/api/messages</c> and <c>/healthz</c>.</summary>
    public static WebApplication MapBotFramework(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // The endpoints' services are built on a thread of their own (MessagesEndpointWarmUp) while these are mapped.
        // Map (not MapPost) so that other verbs get a clear 405 from the endpoint instead of a bare 404.
        app.Map(MessagesEndpoint.Route, http => http.RequestServices.GetRequiredService<MessagesEndpoint>().HandleAsync(http));
        app.MapGet(HealthEndpoint.Route, http => http.RequestServices.GetRequiredService<HealthEndpoint>().HandleAsync(http));
        return app;
    }
}
