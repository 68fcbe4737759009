using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Bouwmarkt.Bot.Protocol.State;
using Bouwmarkt.Bot.Protocol.Turns;
using Bouwmarkt.Bot.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bouwmarkt.Bot.Tests.Bot.Channels.DirectLine;

/// <summary>Starts the real host with <see cref="SuggestingBot"/> and speaks Direct Line to it as directlinejs does.</summary>
internal static class DirectLineTestServer
{
    public const string Secret = "test-secret-for-direct-line";

    /// <summary>
    /// Starts a host. <paramref name="storage"/> stands in only while no storage is registered by the host itself;
    /// pass the same one (and <paramref name="dataDirectory"/>) to a second host to simulate a restart.
    /// </summary>
    public static Task<TestHost> StartAsync(
        IStorage? storage = null,
        string? dataDirectory = null,
        IDictionary<string, string?>? settings = null,
        TimeProvider? time = null,
        Action<WebApplicationBuilder>? configure = null)
    {
        var all = new Dictionary<string, string?> { ["DirectLine:Secret"] = Secret };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        storage ??= new MemoryStorage();
        return TestHost.StartAsync(all, builder =>
        {
            Configure(builder, storage, time);
            configure?.Invoke(builder);
        }, dataDirectory);
    }

    private static void Configure(WebApplicationBuilder builder, IStorage storage, TimeProvider? time)
    {
        builder.Services.TryAddSingleton(storage);
        builder.Services.RemoveAll<IBot>();
        builder.Services.AddSingleton<IBot, SuggestingBot>();
        if (time is not null)
        {
            builder.Services.RemoveAll<TimeProvider>();
            builder.Services.AddSingleton(time);
        }
    }

    public static HttpRequestMessage Request(HttpMethod method, string path, string? bearer, object? json = null)
    {
        var request = new HttpRequestMessage(method, new Uri(path.TrimStart('/'), UriKind.Relative));
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (json is not null)
        {
            request.Content = json is string raw
                ? new StringContent(raw, Encoding.UTF8, "application/json")
                : JsonContent.Create(json);
        }

        return request;
    }

    public static async Task<JsonElement> SendJsonAsync(this TestHost host, HttpMethod method, string path, string? bearer, object? json = null)
    {
        using var request = Request(method, path, bearer, json);
        using var response = await host.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{method} {path} answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Starts a conversation with the secret; returns its id and a token for it.</summary>
    public static async Task<(string ConversationId, string Token, string StreamUrl)> StartConversationAsync(this TestHost host)
    {
        var started = await host.SendJsonAsync(HttpMethod.Post, "/v3/directline/conversations", Secret, new { });
        return (started.GetProperty("conversationId").GetString()!, started.GetProperty("token").GetString()!, started.GetProperty("streamUrl").GetString()!);
    }

    /// <summary>Posts a message as Web Chat does, with a client activity id; returns the id the service gave it.</summary>
    public static async Task<string> PostMessageAsync(this TestHost host, string conversationId, string token, string text, string clientActivityId)
    {
        var activity = new
        {
            type = "message",
            text,
            channelId = "webchat",
            from = new { id = "someone-else", name = "Bewoner", role = "user" },
            locale = "nl-NL",
            channelData = new { clientActivityID = clientActivityId },
        };
        var response = await host.SendJsonAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, activity);
        return response.GetProperty("id").GetString()!;
    }

    public static Task<JsonElement> GetActivitiesAsync(this TestHost host, string conversationId, string token, string? watermark = null) =>
        host.SendJsonAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities?watermark={watermark}", token);

    public static async Task<HttpResponseMessage> SendRawAsync(this TestHost host, HttpMethod method, string path, string? bearer, object? json = null)
    {
        using var request = Request(method, path, bearer, json);
        return await host.Client.SendAsync(request);
    }
}
