using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Bouwmarkt.Bot.Tests.Support;

/// <summary>A small OpenAI-compatible chat-completions server on loopback, so the language-model path is tested without a key.</summary>
/// <remarks>Set <see cref="Content"/>, <see cref="StatusCode"/> and <see cref="Delay"/> to shape its answer; it records every request body.</remarks>
public sealed class ChatCompletionsPeer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ChatCompletionsPeer(WebApplication app) => _app = app;

    /// <summary>The base address to configure as <c>LanguageModel:Endpoint</c> (known once started).</summary>
    public Uri Endpoint => new(LoopbackApp.AddressOf(_app) + "/v1/");

    /// <summary>The assistant message content the peer answers with.</summary>
    public string Content { get; set; } = "{\"needs\":[],\"concepts\":[]}";

    public int StatusCode { get; set; } = StatusCodes.Status200OK;

    public TimeSpan Delay { get; set; } = TimeSpan.Zero;

    public ConcurrentQueue<string> RequestBodies { get; } = new();

    public static async Task<ChatCompletionsPeer> StartAsync()
    {
        var app = LoopbackApp.Create();
        var peer = new ChatCompletionsPeer(app);
        app.MapPost("/v1/chat/completions", peer.HandleAsync);
        await app.StartAsync().ConfigureAwait(false);
        return peer;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        RequestBodies.Enqueue(await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false));
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, context.RequestAborted).ConfigureAwait(false);
        }

        context.Response.StatusCode = StatusCode;
        context.Response.ContentType = "application/json";
        if (StatusCode != StatusCodes.Status200OK)
        {
            await context.Response.WriteAsync("{\"error\":{\"message\":\"peer failure\",\"type\":\"server_error\"}}", context.RequestAborted).ConfigureAwait(false);
            return;
        }

        var body = new Dictionary<string, object>
        {
            ["id"] = "chatcmpl-test",
            ["object"] = "chat.completion",
            ["created"] = 0,
            ["model"] = "test-model",
            ["choices"] = new object[]
            {
                new Dictionary<string, object>
                {
                    ["index"] = 0,
                    ["message"] = new Dictionary<string, object> { ["role"] = "assistant", ["content"] = Content },
                    ["finish_reason"] = "stop",
                },
            },
            ["usage"] = new Dictionary<string, int> { ["prompt_tokens"] = 1, ["completion_tokens"] = 1, ["total_tokens"] = 2 },
        };
        await context.Response.WriteAsync(JsonSerializer.Serialize(body), context.RequestAborted).ConfigureAwait(false);
    }
}
