using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bouwmarkt.Bot.Channels.WhatsApp;

/// <summary>Registers and maps the WhatsApp channel; its endpoints exist only when <see cref="WhatsAppOptions.IsConfigured"/>.</summary>
public static class WhatsAppSetup
{
    public static WebApplicationBuilder AddWhatsApp(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        // Registered always and decided at start-up: configuration may still be added after this runs (tests do).
        services.AddOptions<WhatsAppOptions>().BindConfiguration(WhatsAppOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(WhatsAppGraphClient.HttpClientName).ConfigureHttpClient((sp, client) =>
            client.Timeout = sp.GetRequiredService<IOptions<WhatsAppOptions>>().Value.SendTimeout);
        services.AddSingleton<WhatsAppPseudonyms>();
        services.AddSingleton<WhatsAppServiceWindow>();
        services.AddSingleton<WhatsAppMessageDeduplicator>();
        services.AddSingleton<WhatsAppActivityMapper>();
        services.AddSingleton<WhatsAppMessageBuilder>();
        services.AddSingleton<WhatsAppGraphClient>();
        services.AddSingleton<WhatsAppTurnQueue>();
        services.AddHostedService(sp => sp.GetRequiredService<WhatsAppTurnQueue>());
        services.AddSingleton<WhatsAppInbox>();
        return builder;
    }

    public static WebApplication MapWhatsApp(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Services.GetRequiredService<IOptions<WhatsAppOptions>>().Value.IsConfigured)
        {
            app.MapWhatsAppApi();
        }

        return app;
    }
}
