using Bouwmarkt.Bot.BotFramework.Health;
using Bouwmarkt.Bot.Hosting;

namespace Bouwmarkt.Bot.BotFramework.Endpoint;

/// <summary>Builds the message endpoint's services (dialogs, authentication, Connector replies, state) while the host
/// starts, on a thread of its own (<see cref="StartUpWork"/>).</summary>
/// <remarks>
/// Their graph includes the recognizer, which <c>RecognizerWarmUp</c> is building at the same time: resolved on the main
/// thread, it held that thread waiting for the recognizer, about half a second on two cores, before a single endpoint
/// was mapped. Here the wait costs no one, and the main thread maps the endpoints meanwhile.
/// </remarks>
internal sealed class MessagesEndpointWarmUp(IServiceProvider services) : StartUpWork
{
    protected override void Run()
    {
        GC.KeepAlive(services.GetRequiredService<MessagesEndpoint>());
        GC.KeepAlive(services.GetRequiredService<HealthEndpoint>());
    }
}
