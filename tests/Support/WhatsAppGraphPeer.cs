using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Bouwmarkt.Bot.Tests.Support;

/// <summary>A loopback Kestrel app playing the WhatsApp Cloud API: it checks and records every message the bot sends.</summary>
/// <remarks>
/// Each request is checked as the real API would (path with version and phone number id, bearer token, JSON shape
/// and the limits of bot-protocol.md 7.3). A request that breaks a rule is recorded in <see cref="Violations"/> and
/// answered 400 with a Graph error, so a test sees both the bot's reaction and the reason.
/// </remarks>
public sealed class WhatsAppGraphPeer : IAsyncDisposable
{
    public const string Version = "v23.0";
    public const string PhoneNumberId = "109876543210";
    public const string AccessToken = "test-access-token";

    private readonly WebApplication _app;
    private readonly RecordedCalls<WhatsAppGraphCall> _calls = new();
    private readonly ConcurrentQueue<string> _violations = new();
    private int _nextId;

    private WhatsAppGraphPeer(WebApplication app)
    {
        _app = app;
    }

    /// <summary>The Graph API root to configure as <c>WhatsApp:GraphApiBaseUrl</c>.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>Every accepted message so far, in arrival order.</summary>
    public IReadOnlyList<WhatsAppGraphCall> Calls => _calls.All;

    /// <summary>Every rule a request broke.</summary>
    public IReadOnlyList<string> Violations => [.. _violations];

    public static async Task<WhatsAppGraphPeer> StartAsync()
    {
        var app = LoopbackApp.Create();
        var peer = new WhatsAppGraphPeer(app);
        app.Run(peer.HandleAsync);
        var address = await LoopbackApp.StartAsync(app).ConfigureAwait(false);
        peer.BaseUrl = $"{address}/{Version}/";
        return peer;
    }

    /// <summary>Waits until at least <paramref name="count"/> accepted messages match <paramref name="match"/>; returns them.</summary>
    public Task<IReadOnlyList<WhatsAppGraphCall>> WaitForAsync(int count, Func<WhatsAppGraphCall, bool>? match = null, TimeSpan? timeout = null) =>
        _calls.WaitForAsync(count, match, timeout ?? TimeSpan.FromSeconds(15),
            got => $"Expected {count} matching Graph calls, got {got} (violations: {string.Join("; ", _violations)}).");

    private async Task HandleAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        var body = await reader.ReadToEndAsync(http.RequestAborted).ConfigureAwait(false);
        var problems = new List<string>();
        if (http.Request.Method != "POST")
        {
            problems.Add($"method {http.Request.Method}");
        }

        if (http.Request.Path != $"/{Version}/{PhoneNumberId}/messages")
        {
            problems.Add($"path {http.Request.Path}");
        }

        if (http.Request.Headers.Authorization.ToString() != "Bearer " + AccessToken)
        {
            problems.Add("bearer token");
        }

        if (http.Request.ContentType?.StartsWith("application/json", StringComparison.Ordinal) != true)
        {
            problems.Add($"content type {http.Request.ContentType}");
        }

        JsonObject? json = null;
        try
        {
            json = JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
        }

        if (json is null)
        {
            problems.Add("body is not a JSON object");
        }
        else
        {
            problems.AddRange(Check(json));
        }

        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                _violations.Enqueue(problem);
            }

            _calls.Nudge();
            http.Response.StatusCode = 400;
            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync("{\"error\":{\"message\":\"(#100) Invalid parameter\",\"type\":\"OAuthException\",\"code\":100}}").ConfigureAwait(false);
            return;
        }

        var id = $"wamid.peer{Interlocked.Increment(ref _nextId)}";
        _calls.Add(new WhatsAppGraphCall(id, json!));
        http.Response.ContentType = "application/json";
        var to = (string)json!["to"]!;
        await http.Response.WriteAsync($"{{\"messaging_product\":\"whatsapp\",\"contacts\":[{{\"input\":\"{to}\",\"wa_id\":\"{to}\"}}],\"messages\":[{{\"id\":\"{id}\"}}]}}").ConfigureAwait(false);
    }

    /// <summary>The rules of a send request (bot-protocol.md 7.3).</summary>
    public static IEnumerable<string> Check(JsonObject json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (Str(json, "messaging_product") != "whatsapp")
        {
            yield return "messaging_product";
        }

        if (Str(json, "recipient_type") is not (null or "individual"))
        {
            yield return "recipient_type";
        }

        if (Str(json, "to") is not { Length: > 0 } to || !to.All(char.IsAsciiDigit))
        {
            yield return "to is not a phone number";
        }

        switch (Str(json, "type"))
        {
            case "text":
                if (Str(json["text"], "body") is not { Length: > 0 and <= 4096 })
                {
                    yield return "text.body empty or over 4096";
                }

                break;
            case "interactive":
                foreach (var problem in CheckInteractive(json["interactive"] as JsonObject))
                {
                    yield return problem;
                }

                break;
            default:
                yield return $"type {Str(json, "type")}";
                break;
        }
    }

    private static IEnumerable<string> CheckInteractive(JsonObject? interactive)
    {
        if (interactive is null)
        {
            yield return "interactive missing";
            yield break;
        }

        var action = interactive["action"] as JsonObject;
        switch (Str(interactive, "type"))
        {
            case "button":
                if (Str(interactive["body"], "text") is not { Length: > 0 and <= 1024 })
                {
                    yield return "button body empty or over 1024";
                }

                var buttons = action?["buttons"] as JsonArray;
                if (buttons is not { Count: >= 1 and <= 3 })
                {
                    yield return "buttons: 1 to 3";
                    yield break;
                }

                foreach (var button in buttons)
                {
                    if (Str(button, "type") != "reply")
                    {
                        yield return "button type";
                    }

                    if (Str(button?["reply"], "id") is not { Length: > 0 and <= 256 })
                    {
                        yield return "button id empty or over 256";
                    }

                    if (Str(button?["reply"], "title") is not { Length: > 0 and <= 20 })
                    {
                        yield return "button title empty or over 20";
                    }
                }

                if (buttons.Select(b => Str(b?["reply"], "id")).Distinct().Count() != buttons.Count
                    || buttons.Select(b => Str(b?["reply"], "title")).Distinct().Count() != buttons.Count)
                {
                    yield return "button ids or titles not unique";
                }

                break;
            case "list":
                if (Str(interactive["body"], "text") is not { Length: > 0 and <= 1024 })
                {
                    yield return "list body empty or over 1024";
                }

                if (Str(action, "button") is not { Length: > 0 and <= 20 })
                {
                    yield return "list button label empty or over 20";
                }

                var sections = action?["sections"] as JsonArray;
                var rows = sections?.SelectMany(s => s?["rows"] as JsonArray ?? []).ToList() ?? [];
                if (sections is not { Count: >= 1 and <= 10 } || rows.Count is < 1 or > 10)
                {
                    yield return "list: 1 to 10 sections and 1 to 10 rows";
                }

                if (sections is { Count: > 1 } && sections.Any(s => Str(s, "title") is not { Length: > 0 and <= 24 }))
                {
                    yield return "section titles needed with several sections";
                }

                foreach (var row in rows)
                {
                    if (Str(row, "id") is not { Length: > 0 and <= 200 })
                    {
                        yield return "row id empty or over 200";
                    }

                    if (Str(row, "title") is not { Length: > 0 and <= 24 })
                    {
                        yield return "row title empty or over 24";
                    }

                    if (Str(row, "description") is { Length: > 72 })
                    {
                        yield return "row description over 72";
                    }
                }

                if (rows.Select(r => Str(r, "id")).Distinct().Count() != rows.Count)
                {
                    yield return "row ids not unique";
                }

                break;
            default:
                yield return $"interactive type {Str(interactive, "type")}";
                break;
        }
    }

    private static string? Str(JsonNode? node, string name) =>
        node is JsonObject obj && obj[name] is JsonValue value && value.TryGetValue<string>(out var s) ? s : null;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _calls.Dispose();
    }
}

/// <summary>One message the bot sent to the <see cref="WhatsAppGraphPeer"/>, with the id the peer gave it.</summary>
public sealed record WhatsAppGraphCall(string Id, JsonObject Body)
{
    public string To => (string)Body["to"]!;

    public string Type => (string)Body["type"]!;

    /// <summary>The text of a text message, or the body of an interactive one.</summary>
    public string? Text => Type == "text" ? (string?)Body["text"]?["body"] : (string?)Body["interactive"]?["body"]?["text"];

    /// <summary><c>button</c>, <c>list</c>, or null for a text message.</summary>
    public string? InteractiveType => (string?)Body["interactive"]?["type"];

    /// <summary>The reply buttons' (id, title), or the list rows' (id, title).</summary>
    public IReadOnlyList<(string Id, string Title)> Choices => InteractiveType switch
    {
        "button" => [.. Body["interactive"]!["action"]!["buttons"]!.AsArray().Select(b => ((string)b!["reply"]!["id"]!, (string)b["reply"]!["title"]!))],
        "list" => [.. Body["interactive"]!["action"]!["sections"]!.AsArray().SelectMany(s => s!["rows"]!.AsArray()).Select(r => ((string)r!["id"]!, (string)r["title"]!))],
        _ => [],
    };
}
