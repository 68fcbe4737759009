namespace Bouwmarkt.Bot.Channels;

/// <summary>Registers and maps the Channels feature.</summary>
public static class ChannelsSetup
{
    public static WebApplicationBuilder AddChannels(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder;
    }

    public static WebApplication MapChannels(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app;
    }
}
