using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Bouwmarkt.Bot.BotFramework.Auth;
using Bouwmarkt.Bot.Protocol.Schema;
using Bouwmarkt.Bot.Protocol.Turns;

namespace Bouwmarkt.Bot.BotFramework.Connector;

/// <summary>Delivers replies through the Bot Connector REST API at each activity's serviceUrl.</summary>
/// <remarks>
/// With a replyToId: <c>POST {serviceUrl}/v3/conversations/{conversationId}/activities/{replyToId}</c>, else
/// <c>POST …/activities</c>; ids are URL-escaped (Emulator ids hold <c>|</c>, Teams ids <c>:</c> and <c>;</c>).
/// The bearer token comes from <see cref="ConnectorTokenProvider"/> when an app id is set. Stateless and
/// thread-safe: one instance serves every turn.
/// </remarks>
public sealed class ConnectorReplySink(IHttpClientFactory httpClientFactory, ConnectorTokenProvider tokens) : IReplySink
{
    /// <summary>The HttpClient name used for Connector calls.</summary>
    public const string HttpClientName = "BotFramework.Connector";

    public async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var responses = new ResourceResponse[activities.Count];
        for (var i = 0; i < activities.Count; i++)
        {
            var activity = activities[i];
            // As the SDK: trace activities are for the Emulator only.
            if (activity.Type == ActivityTypes.Trace && activity.ChannelId != ChannelIds.Emulator)
            {
                responses[i] = new ResourceResponse(null);
                continue;
            }

            var path = string.IsNullOrEmpty(activity.ReplyToId)
                ? $"v3/conversations/{Escape(activity.Conversation?.Id)}/activities"
                : $"v3/conversations/{Escape(activity.Conversation?.Id)}/activities/{Uri.EscapeDataString(activity.ReplyToId)}";
            responses[i] = await CallAsync(HttpMethod.Post, activity, path, activity, cancellationToken).ConfigureAwait(false);
        }

        return responses;
    }

    public Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var path = $"v3/conversations/{Escape(activity.Conversation?.Id)}/activities/{Escape(activity.Id)}";
        return CallAsync(HttpMethod.Put, activity, path, activity, cancellationToken);
    }

    public async Task DeleteActivityAsync(ITurnContext turnContext, string activityId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var incoming = turnContext.Activity;
        var path = $"v3/conversations/{Escape(incoming.Conversation?.Id)}/activities/{Escape(activityId)}";
        await CallAsync(HttpMethod.Delete, incoming, path, body: null, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ResourceResponse> CallAsync(HttpMethod method, Activity addressed, string path, Activity? body, CancellationToken ct)
    {
        var serviceUrl = addressed.ServiceUrl ?? throw new InvalidOperationException("The activity has no serviceUrl to reply to.");
        var baseUri = serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/";
        using var request = new HttpRequestMessage(method, new Uri(new Uri(baseUri, UriKind.Absolute), path));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, ProtocolJsonContext.Default.Activity);
        }

        var token = await tokens.GetTokenAsync(ct).ConfigureAwait(false);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var client = httpClientFactory.CreateClient(HttpClientName);
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct).ConfigureAwait(false);
        if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.Created or HttpStatusCode.Accepted))
        {
            throw new ConnectorException(response.StatusCode);
        }

        if (response.Content.Headers.ContentLength is 0 || method == HttpMethod.Delete)
        {
            return new ResourceResponse(null);
        }

        try
        {
            return await response.Content.ReadFromJsonAsync(ProtocolJsonContext.Default.ResourceResponse, ct).ConfigureAwait(false)
                ?? new ResourceResponse(null);
        }
        catch (System.Text.Json.JsonException)
        {
            // The channel accepted the activity; an odd body does not undo that.
            return new ResourceResponse(null);
        }
    }

    private static string Escape(string? id) =>
        Uri.EscapeDataString(id ?? throw new InvalidOperationException("The activity has no conversation id."));
}
