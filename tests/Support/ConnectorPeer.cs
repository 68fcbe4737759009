using System.Text.Json;
using Bouwmarkt.Bot.Protocol.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Bouwmarkt.Bot.Tests.Support;

/// <summary>A loopback Kestrel app playing a channel's Bot Connector: it records every call the bot makes.</summary>
public sealed class ConnectorPeer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly RecordedCalls<ConnectorCall> _calls = new();
    private int _nextId;

    private ConnectorPeer(WebApplication app)
    {
        _app = app;
    }

    /// <summary>The serviceUrl to put in incoming activities (ends with a slash, like real ones).</summary>
    public string ServiceUrl { get; private set; } = "";

    /// <summary>Every call so far, in arrival order.</summary>
    public IReadOnlyList<ConnectorCall> Calls => _calls.All;

    public static async Task<ConnectorPeer> StartAsync()
    {
        var app = LoopbackApp.Create();
        var peer = new ConnectorPeer(app);
        app.Run(peer.HandleAsync);
        var address = await LoopbackApp.StartAsync(app).ConfigureAwait(false);
        peer.ServiceUrl = address + "/";
        return peer;
    }

    /// <summary>Waits until at least <paramref name="count"/> calls arrived whose activity matches; returns them.</summary>
    public Task<IReadOnlyList<ConnectorCall>> WaitForAsync(int count, Func<ConnectorCall, bool>? match = null, TimeSpan? timeout = null) =>
        _calls.WaitForAsync(count, match, timeout ?? TimeSpan.FromSeconds(10), got => $"Expected {count} matching connector calls, got {got}.");

    /// <summary>As <see cref="WaitForAsync"/>, counting only message activities (typing indicators may come in between on a slow machine).</summary>
    public Task<IReadOnlyList<ConnectorCall>> WaitForMessagesAsync(int count) =>
        WaitForAsync(count, c => c.Activity?.Type == ActivityTypes.Message);

    private async Task HandleAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        var body = await reader.ReadToEndAsync(http.RequestAborted).ConfigureAwait(false);
        Activity? activity = null;
        if (body.Length > 0)
        {
            activity = JsonSerializer.Deserialize(body, ProtocolJsonContext.Default.Activity);
        }

        var rawTarget = http.Features.Get<IHttpRequestFeature>()?.RawTarget ?? http.Request.Path.Value ?? "";
        _calls.Add(new ConnectorCall(http.Request.Method, rawTarget, http.Request.Headers.Authorization.ToString(),
            http.Request.ContentType, body, activity));
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync($"{{\"id\":\"reply-{Interlocked.Increment(ref _nextId)}\"}}").ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _calls.Dispose();
    }
}

/// <summary>One call the bot made to the <see cref="ConnectorPeer"/>.</summary>
public sealed record ConnectorCall(string Method, string RawTarget, string Authorization, string? ContentType, string Body, Activity? Activity);
