using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Bouwmarkt.Bot.Protocol.Schema;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Bouwmarkt.Bot.Channels.DirectLine;

/// <summary>The REST half of our Direct Line 3.0 service: tokens, start and reconnect, post and get activities.</summary>
/// <remarks>
/// What the official directlinejs and Web Chat need (see docs/bot-protocol.md section 5): the user's own activity is
/// echoed into the log with its id and channelData, watermarks are sequence numbers, 404 ends a conversation,
/// 403 means an expired or foreign token.
/// </remarks>
public static class DirectLineApi
{
    /// <summary>The path under which the API lives, as directlinejs's <c>domain</c>.</summary>
    public const string BasePath = "/v3/directline";

    private const int MaxUserIdLength = 128;

    public static RouteGroupBuilder MapDirectLineApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup(BasePath).WithTags("DirectLine");
        group.MapPost("/tokens/generate", GenerateTokenAsync).RequireRateLimiting(DirectLineSetup.StartPolicy);
        group.MapPost("/tokens/refresh", RefreshTokenAsync);
        group.MapPost("/conversations", StartConversationAsync).RequireRateLimiting(DirectLineSetup.StartPolicy);
        group.MapGet("/conversations/{conversationId}", ReconnectAsync);
        group.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync);
        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        group.MapGet("/conversations/{conversationId}/stream", DirectLineStream.AcceptAsync);
        return group;
    }

    private static async Task<IResult> GenerateTokenAsync(HttpContext http, DirectLineService service)
    {
        var caller = await service.AuthenticateAsync(http.Request, http.RequestAborted).ConfigureAwait(false);
        if (Refused(caller, out var refusal))
        {
            return refusal;
        }

        if (!caller.HasSecret)
        {
            return Forbidden("Only the Direct Line secret can generate tokens.");
        }

        var (parameters, error) = await ReadOptionalJsonAsync(http, DirectLineJsonContext.Default.TokenParameters, service.Options.MaxActivityBytes)
            .ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        if (parameters?.User?.Id is { Length: > MaxUserIdLength })
        {
            return UserIdTooLong();
        }

        var conversationId = NewConversationId();
        var userId = parameters?.User?.Id is { Length: > 0 } id ? id : NewUserId();
        var token = await service.Tokens.IssueAsync(conversationId, userId, http.RequestAborted).ConfigureAwait(false);
        return TypedResults.Json(new DirectLineConversation(conversationId, token, service.Tokens.LifetimeSeconds), DirectLineJsonContext.Default.DirectLineConversation);
    }

    private static async Task<IResult> RefreshTokenAsync(HttpContext http, DirectLineService service)
    {
        var caller = await service.AuthenticateAsync(http.Request, http.RequestAborted).ConfigureAwait(false);
        if (Refused(caller, out var refusal))
        {
            return refusal;
        }

        if (caller.Token is not { Scope: DirectLineTokenClaims.ConversationScope } claims)
        {
            return Forbidden("Only a conversation token can be refreshed.");
        }

        var token = await service.Tokens.IssueAsync(claims.ConversationId, claims.UserId, http.RequestAborted).ConfigureAwait(false);
        return TypedResults.Json(new DirectLineConversation(claims.ConversationId, token, service.Tokens.LifetimeSeconds), DirectLineJsonContext.Default.DirectLineConversation);
    }

    private static async Task<IResult> StartConversationAsync(HttpContext http, DirectLineService service)
    {
        var ct = http.RequestAborted;
        var caller = await service.AuthenticateAsync(http.Request, ct).ConfigureAwait(false);
        if (Refused(caller, out var refusal))
        {
            return refusal;
        }

        if (caller.Token is { Scope: not DirectLineTokenClaims.ConversationScope })
        {
            return Forbidden("This token cannot start a conversation.");
        }

        var (parameters, error) = await ReadOptionalJsonAsync(http, DirectLineJsonContext.Default.TokenParameters, service.Options.MaxActivityBytes)
            .ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        if (parameters?.User?.Id is { Length: > MaxUserIdLength })
        {
            return UserIdTooLong();
        }

        // A token names its conversation and user (tokens/generate); the secret starts a new one.
        var conversationId = caller.Token?.ConversationId ?? NewConversationId();
        var userId = caller.Token?.UserId ?? (parameters?.User?.Id is { Length: > 0 } id ? id : NewUserId());
        var locale = parameters?.Locale is { Length: > 0 and <= 20 } l ? l : null;
        var record = new ConversationRecord(conversationId, userId, locale, service.Time.GetUtcNow(), 0);
        var created = await service.Log.TryCreateAsync(record, ct).ConfigureAwait(false);
        if (created)
        {
            DirectLineLog.ConversationStarted(service.Logger);
            await service.RunConversationUpdateAsync(record, http.Request, ct).ConfigureAwait(false);
        }

        var answer = await ConversationAnswerAsync(http, service, conversationId, userId, watermark: null).ConfigureAwait(false);
        return created
            ? TypedResults.Json(answer, DirectLineJsonContext.Default.DirectLineConversation, statusCode: StatusCodes.Status201Created)
            : TypedResults.Json(answer, DirectLineJsonContext.Default.DirectLineConversation);
    }

    private static async Task<IResult> ReconnectAsync(HttpContext http, DirectLineService service, string conversationId, string? watermark)
    {
        var (record, failure) = await AuthorizeConversationAsync(http, service, conversationId).ConfigureAwait(false);
        if (record is null)
        {
            return failure!;
        }

        if (!TryParseWatermark(watermark, out var from))
        {
            return BadWatermark();
        }

        var answer = await ConversationAnswerAsync(http, service, conversationId, record.UserId, from).ConfigureAwait(false);
        return TypedResults.Json(answer, DirectLineJsonContext.Default.DirectLineConversation);
    }

    private static async Task<IResult> GetActivitiesAsync(HttpContext http, DirectLineService service, string conversationId, string? watermark)
    {
        var (record, failure) = await AuthorizeConversationAsync(http, service, conversationId).ConfigureAwait(false);
        if (record is null)
        {
            return failure!;
        }

        if (!TryParseWatermark(watermark, out var from))
        {
            return BadWatermark();
        }

        var set = await service.Log.ReadSinceAsync(record, from ?? 0, http.RequestAborted).ConfigureAwait(false);
        return TypedResults.Json(set, DirectLineJsonContext.Default.ActivitySet);
    }

    private static async Task<IResult> PostActivityAsync(HttpContext http, DirectLineService service, string conversationId)
    {
        var ct = http.RequestAborted;
        var (record, failure) = await AuthorizeConversationAsync(http, service, conversationId).ConfigureAwait(false);
        if (record is null)
        {
            return failure!;
        }

        var (activity, error) = await ReadOptionalJsonAsync(http, ProtocolJsonContext.Default.Activity, service.Options.MaxActivityBytes).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            return Problem(StatusCodes.Status400BadRequest, "Missing activity", "The body must be an activity with a type.");
        }

        service.Stamp(activity, record, http.Request);
        var keep = activity.Type != ActivityTypes.Typing;
        if (keep)
        {
            // Web Chat counts a message as sent only when it comes back with an id and its clientActivityID.
            await service.Log.AppendAsync(conversationId, activity, ct).ConfigureAwait(false);
        }
        else
        {
            activity.Id = $"{conversationId}|typing-{Guid.NewGuid():N}";
        }

        try
        {
            await service.RunTurnAsync(activity, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            DirectLineLog.TurnFailed(service.Logger, activity.Type, e);
            return Problem(StatusCodes.Status502BadGateway, "The bot failed", "The activity was received, but the bot could not answer it.");
        }

        return TypedResults.Json(new ResourceResponse(activity.Id), ProtocolJsonContext.Default.ResourceResponse);
    }

    /// <summary>Checks the caller may use the conversation and that it exists; returns its head, or the failure to answer.</summary>
    internal static async Task<(ConversationRecord? Record, IResult? Failure)> AuthorizeConversationAsync(
        HttpContext http, DirectLineService service, string conversationId)
    {
        var caller = await service.AuthenticateAsync(http.Request, http.RequestAborted).ConfigureAwait(false);
        if (Refused(caller, out var refusal))
        {
            return (null, refusal);
        }

        if (caller.Token is { Scope: not DirectLineTokenClaims.ConversationScope } || !caller.MayAccess(conversationId))
        {
            return (null, Forbidden("The token is not valid for this conversation."));
        }

        var record = await service.Log.GetAsync(conversationId, http.RequestAborted).ConfigureAwait(false);
        return record is null
            ? (null, Problem(StatusCodes.Status404NotFound, "Unknown conversation", "No conversation has this id."))
            : (record, null);
    }

    private static async Task<DirectLineConversation> ConversationAnswerAsync(
        HttpContext http, DirectLineService service, string conversationId, string userId, long? watermark)
    {
        var ct = http.RequestAborted;
        var token = await service.Tokens.IssueAsync(conversationId, userId, ct).ConfigureAwait(false);
        var streamToken = await service.Tokens.IssueStreamAsync(conversationId, userId, ct).ConfigureAwait(false);
        var request = http.Request;
        var scheme = request.IsHttps ? "wss" : "ws";
        var query = QueryString.Create("t", streamToken);
        if (watermark is { } w)
        {
            query = query.Add("watermark", w.ToString(CultureInfo.InvariantCulture));
        }

        var streamUrl = $"{scheme}://{request.Host}{request.PathBase}{BasePath}/conversations/{Uri.EscapeDataString(conversationId)}/stream{query}";
        return new DirectLineConversation(conversationId, token, service.Tokens.LifetimeSeconds, streamUrl);
    }

    /// <summary>Reads a JSON body within <paramref name="maxBytes"/>; an empty body is null, bad JSON a 400, too large a 413.</summary>
    private static async Task<(T? Value, IResult? Error)> ReadOptionalJsonAsync<T>(HttpContext http, JsonTypeInfo<T> type, int maxBytes)
        where T : class
    {
        var request = http.Request;
        if (request.ContentLength > maxBytes)
        {
            return (null, TooLarge(maxBytes));
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes;
        }

        try
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, http.RequestAborted).ConfigureAwait(false);
            if (buffer.Length > maxBytes)
            {
                return (null, TooLarge(maxBytes));
            }

            if (buffer.Length == 0)
            {
                return (null, null);
            }

            buffer.Position = 0;
            return (await JsonSerializer.DeserializeAsync(buffer, type, http.RequestAborted).ConfigureAwait(false), null);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(maxBytes));
        }
        catch (JsonException)
        {
            return (null, Problem(StatusCodes.Status400BadRequest, "Invalid JSON", "The body is not valid JSON of the expected shape."));
        }
    }

    private static bool TryParseWatermark(string? watermark, out long? value)
    {
        value = null;
        if (string.IsNullOrEmpty(watermark))
        {
            return true;
        }

        if (long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
        {
            value = parsed;
            return true;
        }

        return false;
    }

    private static string NewConversationId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));

    // directlinejs only trusts user ids starting with dl_ when they come from the token.
    private static string NewUserId() => "dl_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    private static IResult UserIdTooLong() =>
        Problem(StatusCodes.Status400BadRequest, "Invalid user", $"A user id may be at most {MaxUserIdLength} characters.");

    private static IResult BadWatermark() =>
        Problem(StatusCodes.Status400BadRequest, "Invalid watermark", "The watermark must be a number returned by this service.");

    private static IResult TooLarge(int maxBytes) =>
        Problem(StatusCodes.Status413PayloadTooLarge, "Body too large", $"The body may be at most {maxBytes} bytes.");

    private static IResult Unauthorized() => TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");

    /// <summary>True with a 401 when there is no valid credential, or a 403 when the token expired (directlinejs reads it as "expired").</summary>
    private static bool Refused([NotNullWhen(false)] DirectLineCaller? caller, [NotNullWhen(true)] out IResult? refusal)
    {
        refusal = caller is null ? Unauthorized() : caller.Expired ? Expired() : null;
        return refusal is not null;
    }

    private static IResult Expired() => Forbidden("The token has expired. Start a new conversation.");

    private static IResult Forbidden(string detail) => Problem(StatusCodes.Status403Forbidden, "Forbidden", detail);

    private static IResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title);
}
