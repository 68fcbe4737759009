using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Bouwmarkt.Bot.Tests.Support;

/// <summary>A real HTTP peer on loopback that stands in for the wijkteam inbox: keeps every POST body.</summary>
public sealed class DialogWebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;

    private DialogWebhookReceiver(WebApplication app)
    {
        _app = app;
        var address = LoopbackApp.AddressOf(app);
        Url = new Uri(address + "/inbox");
    }

    public Uri Url { get; }

    public ConcurrentQueue<string> Bodies { get; } = new();

    /// <summary>The status the inbox answers with.</summary>
    public int StatusCode { get; set; } = StatusCodes.Status202Accepted;

    public static async Task<DialogWebhookReceiver> StartAsync()
    {
        var app = LoopbackApp.Create();
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
