namespace Bouwmarkt.Bot.BotFramework;

/// <summary>Registers and maps the BotFramework feature.</summary>
public static class BotFrameworkSetup
{
    public static WebApplicationBuilder AddBotFramework(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder;
    }

    public static WebApplication MapBotFramework(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app;
    }
}
