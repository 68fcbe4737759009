using System.Net.Http.Json;
using Bouwmarkt.Bot.Dialogs.Intake;
using Microsoft.Extensions.Options;

namespace Bouwmarkt.Bot.Conversation;

/// <summary>Posts a consented handoff as JSON to the configured wijkteam webhook.</summary>
public sealed partial class WebhookHandoffSender(IHttpClientFactory httpClients, IOptions<HandoffOptions> options, ILogger<WebhookHandoffSender> logger) : IHandoffSender
{
    /// <summary>The named HTTP client.</summary>
    public const string ClientName = "handoff";

    public async Task<bool> SendAsync(HandoffRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = options.Value;
        if (!Uri.TryCreate(settings.WebhookUrl, UriKind.Absolute, out var url))
        {
            LogNotConfigured(logger);
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
                LogSent(logger, request.Needs.Count, request.Urgent);
                return true;
            }

            LogFailed(logger, (int)response.StatusCode);
            return false;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            LogFailed(logger, 0);
            return false;
        }
    }

    [LoggerMessage(EventId = 6101, Level = LogLevel.Information, Message = "Handoff sent to the wijkteam inbox ({NeedCount} needs, urgent {Urgent}).")]
    private static partial void LogSent(ILogger logger, int needCount, bool urgent);

    [LoggerMessage(EventId = 6102, Level = LogLevel.Warning, Message = "Handoff could not be delivered (HTTP status {Status}; 0 = no answer).")]
    private static partial void LogFailed(ILogger logger, int status);

    [LoggerMessage(EventId = 6103, Level = LogLevel.Warning, Message = "Handoff:WebhookUrl is not set; a resident's handoff could not be sent.")]
    private static partial void LogNotConfigured(ILogger logger);
}
