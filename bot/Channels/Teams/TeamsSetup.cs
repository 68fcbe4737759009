namespace Bouwmarkt.Bot.Channels.Teams;

/// <summary>Registers and maps the Teams channel.</summary>
public static class TeamsSetup
{
    public static WebApplicationBuilder AddTeams(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder;
    }
}
