namespace Bouwmarkt.Bot.Channels.WhatsApp;

/// <summary>Registers and maps the WhatsApp channel.</summary>
public static class WhatsAppSetup
{
    public static WebApplicationBuilder AddWhatsApp(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder;
    }

    public static WebApplication MapWhatsApp(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app;
    }
}
