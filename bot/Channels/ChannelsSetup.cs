using Bouwmarkt.Bot.Channels.DirectLine;
using Bouwmarkt.Bot.Channels.Teams;
using Bouwmarkt.Bot.Channels.WhatsApp;

namespace Bouwmarkt.Bot.Channels;

/// <summary>Registers and maps the channels beyond the Bot Connector: the web page with Direct Line, WhatsApp, Teams.</summary>
public static class ChannelsSetup
{
    public static WebApplicationBuilder AddChannels(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddDirectLine();
        builder.AddWhatsApp();
        builder.AddTeams();
        return builder;
    }

    public static WebApplication MapChannels(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapDirectLine();
        app.MapWhatsApp();
        return app;
    }
}
