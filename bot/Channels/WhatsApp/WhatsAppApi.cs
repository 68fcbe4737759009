using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Bouwmarkt.Bot.Channels.WhatsApp;

/// <summary>The webhook Meta calls: <c>GET /api/whatsapp</c> to verify the subscription, <c>POST /api/whatsapp</c> with notifications.</summary>
/// <remarks>
/// POST answers 200 as soon as the messages are queued (turns run afterwards), 401 for a missing or bad signature,
/// 400 with problem details for malformed JSON, 413 for a body that is too large, 503 when the queue is full.
/// </remarks>
public static class WhatsAppApi
{
    /// <summary>The callback URL's path, as entered in the App Dashboard.</summary>
    public const string Route = "/api/whatsapp";

    public static RouteGroupBuilder MapWhatsAppApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup(Route).WithTags("WhatsApp");
        group.MapGet("/", VerifySubscription);
        // Meta signs the raw body: check it before reading any JSON.
        group.MapPost("/", Receive).AddEndpointFilter<WhatsAppSignatureFilter>();
        return group;
    }

    private static IResult VerifySubscription(HttpRequest request, IOptions<WhatsAppOptions> options, WhatsAppInbox inbox)
    {
        var query = request.Query;
        var challenge = query["hub.challenge"].ToString();
        if (query["hub.mode"] != "subscribe"
            || !WhatsAppSignature.SecretEquals(query["hub.verify_token"].Count == 1 ? query["hub.verify_token"][0] : null, options.Value.VerifyToken)
            || challenge.Length == 0)
        {
            WhatsAppLog.VerificationRefused(inbox.Logger);
            return TypedResults.StatusCode(StatusCodes.Status403Forbidden);
        }

        WhatsAppLog.Verified(inbox.Logger);
        return TypedResults.Text(challenge, "text/plain");
    }

    private static IResult Receive(HttpContext http, WhatsAppInbox inbox)
    {
        var body = http.Features.GetRequiredFeature<WhatsAppRawBody>();
        WhatsAppNotification? notification;
        try
        {
            notification = JsonSerializer.Deserialize(body.Bytes, WhatsAppJsonContext.Default.WhatsAppNotification);
        }
        catch (JsonException)
        {
            notification = null;
        }

        if (notification is null)
        {
            // Neither the body nor the parser's message is quoted: both may hold a phone number.
            WhatsAppLog.MalformedNotification(inbox.Logger);
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Malformed notification",
                detail: "The body is not a WhatsApp webhook notification in JSON.");
        }

        return inbox.Accept(notification)
            ? TypedResults.Ok()
            : TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Busy", detail: "Too many messages are waiting. Deliver again later.");
    }
}
