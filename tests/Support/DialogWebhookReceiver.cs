using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bouwmarkt.Bot.Tests.Support;

/// <summary>A real HTTP peer on loopback that stands in for the wijkteam inbox: keeps every POST body.</summary>
public sealed class DialogWebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;

    private DialogWebhookReceiver(WebApplication app)
    {
        _app = app;
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        Url = new Uri(address + "/inbox");
    }

    public Uri Url { get; }

    public ConcurrentQueue<string> Bodies { get; } = new();

    /// <summary>The status the inbox answers with.</summary>
    public int StatusCode { get; set; } = StatusCodes.Status202Accepted;

    public static async Task<DialogWebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        DialogWebhookReceiver? receiver = null;
        app.MapPost("/inbox", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            receiver!.Bodies.Enqueue(await reader.ReadToEndAsync());
            return Results.StatusCode(receiver.StatusCode);
        });
        await app.StartAsync();
        receiver = new DialogWebhookReceiver(app);
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
