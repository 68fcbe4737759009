namespace Bouwmarkt.Bot.Channels.DirectLine;

/// <summary>Registers and maps the DirectLine channel.</summary>
public static class DirectLineSetup
{
    public static WebApplicationBuilder AddDirectLine(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder;
    }

    public static WebApplication MapDirectLine(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app;
    }
}
