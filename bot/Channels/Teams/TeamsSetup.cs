using Microsoft.Extensions.DependencyInjection.Extensions;
using IMiddleware = Bouwmarkt.Bot.Protocol.Turns.IMiddleware;

namespace Bouwmarkt.Bot.Channels.Teams;

/// <summary>Registers the Teams channel: its messages come through <c>/api/messages</c>; this adds what is special to Teams.</summary>
/// <remarks>Choices render per conversation type in <c>dialogs/Prompts/ChannelCapabilities.cs</c>; the app package comes from <c>teams-manifest</c>.</remarks>
public static class TeamsSetup
{
    public static WebApplicationBuilder AddTeams(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IMiddleware, TeamsMentionMiddleware>());
        return builder;
    }
}
