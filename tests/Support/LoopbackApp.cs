using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bouwmarkt.Bot.Tests.Support;

/// <summary>What every loopback peer (Connector, OpenID, Graph API, chat completions, webhooks) starts from.</summary>
internal static class LoopbackApp
{
    /// <summary>An empty Kestrel app on a free port of 127.0.0.1, without logging; map its routes, then <see cref="StartAsync"/>.</summary>
    public static WebApplication Create()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        return builder.Build();
    }

    /// <summary>Starts <paramref name="app"/> and returns its address, such as <c>http://127.0.0.1:41234</c>.</summary>
    public static async Task<string> StartAsync(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await app.StartAsync().ConfigureAwait(false);
        return AddressOf(app);
    }

    /// <summary>The address a started app listens on.</summary>
    public static string AddressOf(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
}
