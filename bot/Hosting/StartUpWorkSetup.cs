namespace Bouwmarkt.Bot.Hosting;

/// <summary>Registers the pieces of <see cref="StartUpWork"/> and begins them all once the host's services exist.</summary>
internal static class StartUpWorkSetup
{
    /// <summary>Registers <typeparamref name="TWork"/> once, as itself, as one of the start's pieces and as a hosted
    /// service, so the host waits for it before it listens. Hosted services start in the order they are added.</summary>
    public static IServiceCollection AddStartUpWork<TWork>(this IServiceCollection services)
        where TWork : StartUpWork
    {
        services.AddSingleton<TWork>();
        services.AddSingleton<StartUpWork>(sp => sp.GetRequiredService<TWork>());
        // The factory's own type (TWork), not StartUpWork: AddHostedService keeps one registration per returned type.
        services.AddHostedService(sp => sp.GetRequiredService<TWork>());
        return services;
    }

    /// <summary>Begins every piece on its own thread while the main thread maps the endpoints: the recognizer, the match
    /// index and the message endpoint's services (half a second off the start on two cores).</summary>
    public static WebApplication BeginStartUpWork(this WebApplication app)
    {
        foreach (var work in app.Services.GetServices<StartUpWork>())
        {
            _ = work.Begin();
        }

        return app;
    }
}
