using System.Net.Http.Json;
using Bouwmarkt.Bot.Dialogs.Intake;
using Microsoft.Extensions.Options;

namespace Bouwmarkt.Bot.Conversation;

/// <summary>Posts a consented handoff as JSON to the configured wijkteam webhook.</summary>
public sealed class WebhookHandoffSender(IHttpClientFactory httpClients, IOptions<HandoffOptions> options, ILogger<WebhookHandoffSender> logger) : IHandoffSender
{
    /// <summary>The named HTTP client.</summary>
    public const string ClientName = "handoff";

    // A missing setting is one fact, not news at every handoff: the log says it once.
    private int _notConfiguredSaid;

    public async Task<bool> SendAsync(HandoffRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = options.Value;
        if (!Uri.TryCreate(settings.WebhookUrl, UriKind.Absolute, out var url))
        {
            if (Interlocked.Exchange(ref _notConfiguredSaid, 1) == 0)
            {
                logger.NotConfigured();
            }
            else
            {
                logger.NotConfiguredAgain();
            }

            return false;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(Math.Max(1, settings.TimeoutSeconds)));
        try
        {
            var client = httpClients.CreateClient(ClientName);
            using var response = await client.PostAsJsonAsync(url, request, IntakeJsonContext.Default.HandoffRequest, timeout.Token).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                logger.Sent(request.Needs.Count, request.Urgent);
                return true;
            }

            logger.Failed((int)response.StatusCode);
            return false;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.Failed(0);
            return false;
        }
    }
}
