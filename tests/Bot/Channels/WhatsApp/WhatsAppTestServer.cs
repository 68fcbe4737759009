using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Bouwmarkt.Bot.Channels.WhatsApp;
using Bouwmarkt.Bot.Tests.Bot.Channels.DirectLine;
using Bouwmarkt.Bot.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Bouwmarkt.Bot.Tests.Bot.Channels.WhatsApp;

/// <summary>The real host with the WhatsApp channel on, a <see cref="WhatsAppGraphPeer"/> as the Cloud API, and a clock the test moves.</summary>
/// <remarks>Posts notifications the way Meta does: the envelope of bot-protocol.md 7.2, signed with the App Secret.</remarks>
internal sealed class WhatsAppTestServer : IAsyncDisposable
{
    public const string AppSecret = "test-app-secret";
    public const string VerifyToken = "test-verify-token";

    /// <summary>A user's phone number (wa_id); tests vary the last digits per user.</summary>
    public const string User = "31600000001";

    private int _nextMessage;

    private WhatsAppTestServer(TestHost host, WhatsAppGraphPeer graph, ManualTimeProvider clock)
    {
        Host = host;
        Graph = graph;
        Clock = clock;
    }

    public TestHost Host { get; }

    public WhatsAppGraphPeer Graph { get; }

    public ManualTimeProvider Clock { get; }

    public static async Task<WhatsAppTestServer> StartAsync(Action<WebApplicationBuilder>? configure = null)
    {
        var graph = await WhatsAppGraphPeer.StartAsync();
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        var host = await TestHost.StartAsync(new Dictionary<string, string?>
        {
            ["WhatsApp:VerifyToken"] = VerifyToken,
            ["WhatsApp:AppSecret"] = AppSecret,
            ["WhatsApp:AccessToken"] = WhatsAppGraphPeer.AccessToken,
            ["WhatsApp:PhoneNumberId"] = WhatsAppGraphPeer.PhoneNumberId,
            ["WhatsApp:GraphApiBaseUrl"] = graph.BaseUrl,
        }, builder =>
        {
            builder.Services.AddSingleton<TimeProvider>(clock);
            configure?.Invoke(builder);
        });
        return new WhatsAppTestServer(host, graph, clock);
    }

    /// <summary>A text message from <paramref name="from"/>, as Meta posts it.</summary>
    public JsonObject Text(string text, string from = User, string? id = null, DateTimeOffset? sentAt = null) =>
        Message(from, id, sentAt, "text", new JsonObject { ["body"] = text });

    /// <summary>A tap on a reply button (<c>button_reply</c>) or a list row (<c>list_reply</c>).</summary>
    public JsonObject Reply(string replyId, string title, string from = User, bool list = false)
    {
        var kind = list ? "list_reply" : "button_reply";
        var message = Message(from, null, null, "interactive", new JsonObject
        {
            ["type"] = kind,
            [kind] = new JsonObject { ["id"] = replyId, ["title"] = title },
        });
        message["context"] = new JsonObject { ["from"] = "31000000000", ["id"] = "wamid.earlier" };
        return message;
    }

    /// <summary>The envelope around <paramref name="messages"/> and <paramref name="statuses"/>.</summary>
    public static string Notification(IEnumerable<JsonObject>? messages = null, IEnumerable<JsonObject>? statuses = null)
    {
        var value = new JsonObject
        {
            ["messaging_product"] = "whatsapp",
            ["metadata"] = new JsonObject { ["display_phone_number"] = "31000000000", ["phone_number_id"] = WhatsAppGraphPeer.PhoneNumberId },
        };
        if (messages is not null)
        {
            var list = messages.ToList();
            value["contacts"] = new JsonArray([.. list.Select(m => (JsonNode)new JsonObject
            {
                ["profile"] = new JsonObject { ["name"] = "Test" },
                ["wa_id"] = (string)m["from"]!,
            })]);
            value["messages"] = new JsonArray([.. list.Select(m => (JsonNode)m)]);
        }

        if (statuses is not null)
        {
            value["statuses"] = new JsonArray([.. statuses.Select(s => (JsonNode)s)]);
        }

        return new JsonObject
        {
            ["object"] = "whatsapp_business_account",
            ["entry"] = new JsonArray(new JsonObject
            {
                ["id"] = "102290129340398",
                ["changes"] = new JsonArray(new JsonObject { ["field"] = "messages", ["value"] = value }),
            }),
        }.ToJsonString();
    }

    /// <summary>Posts <paramref name="messages"/> in one signed notification.</summary>
    public Task<HttpResponseMessage> PostAsync(params JsonObject[] messages) => PostRawAsync(Notification(messages));

    /// <summary>Posts <paramref name="body"/>; signed with the App Secret unless <paramref name="signature"/> says otherwise ("" = no header).</summary>
    public async Task<HttpResponseMessage> PostRawAsync(string body, string? signature = null)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("api/whatsapp", UriKind.Relative))
        {
            Content = new ByteArrayContent(bytes),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        signature ??= WhatsAppSignature.Sign(AppSecret, bytes);
        if (signature.Length > 0)
        {
            request.Headers.TryAddWithoutValidation(WhatsAppSignature.HeaderName, signature);
        }

        return await Host.Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Graph.DisposeAsync();
    }

    private JsonObject Message(string from, string? id, DateTimeOffset? sentAt, string type, JsonObject content) => new()
    {
        ["from"] = from,
        ["id"] = id ?? $"wamid.test{Interlocked.Increment(ref _nextMessage)}-{Guid.NewGuid():N}",
        ["timestamp"] = (sentAt ?? Clock.GetUtcNow()).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["type"] = type,
        [type] = content,
    };
}
