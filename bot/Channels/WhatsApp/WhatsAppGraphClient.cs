using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Bouwmarkt.Bot.Channels.WhatsApp;

/// <summary>Sends messages through the Graph API: <c>POST {GraphApiBaseUrl}/{PhoneNumberId}/messages</c> with the bearer access token.</summary>
/// <remarks>Uses a named client from <see cref="IHttpClientFactory"/> per call (no retries: a repeated send could reach the user twice). Thread-safe.</remarks>
internal sealed class WhatsAppGraphClient(IHttpClientFactory httpClientFactory, IOptions<WhatsAppOptions> options)
{
    /// <summary>The HttpClient name used for Graph API calls.</summary>
    public const string HttpClientName = "WhatsApp.Graph";

    /// <summary>Sends <paramref name="message"/>; returns WhatsApp's id for it. Throws <see cref="WhatsAppSendException"/> on refusal.</summary>
    public async Task<string?> SendAsync(WhatsAppOutgoingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var settings = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(settings.GraphApiBase, $"{Uri.EscapeDataString(settings.PhoneNumberId)}/messages"))
        {
            Content = JsonContent.Create(message, WhatsAppJsonContext.Default.WhatsAppOutgoingMessage),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.AccessToken);

        var client = httpClientFactory.CreateClient(HttpClientName);
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new WhatsAppSendException(response.StatusCode, await ReadErrorCodeAsync(response, cancellationToken).ConfigureAwait(false));
        }

        try
        {
            var result = await response.Content.ReadFromJsonAsync(WhatsAppJsonContext.Default.WhatsAppSendResult, cancellationToken).ConfigureAwait(false);
            return result?.Messages is [{ Id: var id }, ..] ? id : null;
        }
        catch (JsonException)
        {
            // WhatsApp accepted the message; an odd answer does not undo that.
            return null;
        }
    }

    private static async Task<int?> ReadErrorCodeAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            var error = await response.Content.ReadFromJsonAsync(WhatsAppJsonContext.Default.WhatsAppGraphError, ct).ConfigureAwait(false);
            return error?.Error?.Code;
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            return null;
        }
    }
}
