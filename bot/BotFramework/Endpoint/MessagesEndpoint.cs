using System.Text.Json;
using Bouwmarkt.Bot.BotFramework.Auth;
using Bouwmarkt.Bot.BotFramework.Connector;
using Bouwmarkt.Bot.BotFramework.Turns;
using Bouwmarkt.Bot.Protocol.Schema;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Bouwmarkt.Bot.BotFramework.Endpoint;

/// <summary><c>POST /api/messages</c>: the Bot Framework's door into the bot (Emulator, Azure Bot Service channels).</summary>
/// <remarks>
/// Order per request: size limit, JSON (source-generated), required fields, token, then the turn through
/// <see cref="TurnRunner"/>. Answers as the SDK does: 200 (empty) after a normal turn, 200 with ExpectedReplies for
/// deliveryMode expectReplies, the bot's status and body for invoke (501 when it gave none). Bad input gets 400
/// (413 when too large) with problem details, never a 500; a failed turn has already apologised to the user.
/// </remarks>
public sealed partial class MessagesEndpoint(
    TurnRunner runner,
    BotAuthenticator authenticator,
    ConnectorReplySink connector,
    IOptions<BotFrameworkOptions> options,
    ILogger<MessagesEndpoint> logger)
{
    /// <summary>The route the Bot Framework calls.</summary>
    public const string Route = "/api/messages";

    private readonly long _maxBodyBytes = options.Value.MaxRequestBodyBytes;

    /// <summary>Handles one request.</summary>
    public async Task HandleAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!HttpMethods.IsPost(http.Request.Method))
        {
            http.Response.Headers.Allow = "POST";
            await ProblemAsync(http, StatusCodes.Status405MethodNotAllowed, "Use POST", "The Bot Framework endpoint only accepts POST.").ConfigureAwait(false);
            return;
        }

        var ct = http.RequestAborted;
        var activity = await ReadActivityAsync(http, ct).ConfigureAwait(false);
        if (activity is null)
        {
            return;
        }

        var outcome = await authenticator.AuthenticateAsync(http.Request.Headers.Authorization, activity, ct).ConfigureAwait(false);
        if (outcome != AuthenticationOutcome.Allowed)
        {
            // No detail: a caller with a bad token learns nothing.
            http.Response.StatusCode = outcome == AuthenticationOutcome.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized;
            return;
        }

        var expectReplies = activity.DeliveryMode == DeliveryModes.ExpectReplies;
        var buffer = expectReplies ? new BufferedReplySink() : null;
        InvokeResponse? invokeResponse;
        try
        {
            invokeResponse = await runner.RunAsync(activity, buffer ?? (Protocol.Turns.IReplySink)connector, ct).ConfigureAwait(false);
        }
        catch (ConversationBusyException)
        {
            LogBusy(logger, activity.ChannelId);
            await ProblemAsync(http, StatusCodes.Status429TooManyRequests, "Conversation busy", "Too many messages of this conversation are waiting. Try again shortly.").ConfigureAwait(false);
            return;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The caller hung up; nobody reads the answer.
            return;
        }

        if (buffer is not null)
        {
            http.Response.StatusCode = StatusCodes.Status200OK;
            http.Response.ContentType = "application/json; charset=utf-8";
            await JsonSerializer.SerializeAsync(http.Response.Body, buffer.ToExpectedReplies(), ProtocolJsonContext.Default.ExpectedReplies, ct).ConfigureAwait(false);
            return;
        }

        if (activity.Type == ActivityTypes.Invoke)
        {
            await WriteInvokeResponseAsync(http, invokeResponse, ct).ConfigureAwait(false);
            return;
        }

        http.Response.StatusCode = StatusCodes.Status200OK;
    }

    private async Task<Activity?> ReadActivityAsync(HttpContext http, CancellationToken ct)
    {
        if (http.Request.ContentLength > _maxBodyBytes)
        {
            await TooLargeAsync(http).ConfigureAwait(false);
            return null;
        }

        var sizeFeature = http.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false })
        {
            sizeFeature.MaxRequestBodySize = _maxBodyBytes;
        }

        Activity? activity;
        try
        {
            activity = await JsonSerializer.DeserializeAsync(http.Request.Body, ProtocolJsonContext.Default.Activity, ct).ConfigureAwait(false);
        }
        catch (JsonException exception)
        {
            // The position helps a developer; the message never quotes the body.
            await ProblemAsync(http, StatusCodes.Status400BadRequest, "Malformed activity",
                $"The body is not a valid activity (JSON error at line {exception.LineNumber + 1}, byte {exception.BytePositionInLine + 1}, path {exception.Path}).").ConfigureAwait(false);
            return null;
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await TooLargeAsync(http).ConfigureAwait(false);
            return null;
        }

        var problem = Validate(activity);
        if (problem is not null)
        {
            await ProblemAsync(http, StatusCodes.Status400BadRequest, "Invalid activity", problem).ConfigureAwait(false);
            return null;
        }

        return activity;
    }

    private static string? Validate(Activity? activity)
    {
        if (activity is null)
        {
            return "The body is empty or null; send one activity as a JSON object.";
        }

        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return "The activity has no 'type'.";
        }

        if (string.IsNullOrWhiteSpace(activity.ChannelId))
        {
            return "The activity has no 'channelId'.";
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return "The activity has no 'conversation.id'.";
        }

        if (activity.DeliveryMode != DeliveryModes.ExpectReplies
            && (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl)
                || (serviceUrl.Scheme != Uri.UriSchemeHttps && serviceUrl.Scheme != Uri.UriSchemeHttp)))
        {
            return "The activity has no valid 'serviceUrl' to reply to (an absolute http or https URL).";
        }

        return null;
    }

    private static async Task WriteInvokeResponseAsync(HttpContext http, InvokeResponse? invokeResponse, CancellationToken ct)
    {
        if (invokeResponse is null)
        {
            http.Response.StatusCode = StatusCodes.Status501NotImplemented;
            return;
        }

        // A bot's mistake in the status must not become a crash of the response.
        http.Response.StatusCode = invokeResponse.Status is >= 200 and <= 599 ? invokeResponse.Status : StatusCodes.Status501NotImplemented;
        if (invokeResponse.Body is { } body && body.ValueKind != JsonValueKind.Undefined)
        {
            http.Response.ContentType = "application/json; charset=utf-8";
            await JsonSerializer.SerializeAsync(http.Response.Body, body, ProtocolJsonContext.Default.JsonElement, ct).ConfigureAwait(false);
        }
    }

    private Task TooLargeAsync(HttpContext http) => ProblemAsync(http, StatusCodes.Status413PayloadTooLarge, "Activity too large",
        $"The body exceeds the limit of {_maxBodyBytes} bytes.");

    private static Task ProblemAsync(HttpContext http, int status, string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title).ExecuteAsync(http);

    [LoggerMessage(EventId = 3301, Level = LogLevel.Warning, Message = "Turn refused on {ChannelId}: too many turns waiting in one conversation")]
    private static partial void LogBusy(ILogger logger, string? channelId);
}
