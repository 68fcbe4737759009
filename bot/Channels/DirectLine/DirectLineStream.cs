using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json;
using Bouwmarkt.Bot.Protocol.Schema;

namespace Bouwmarkt.Bot.Channels.DirectLine;

/// <summary>The WebSocket half of Direct Line: the <c>streamUrl</c> sends ActivitySets as they happen.</summary>
/// <remarks>
/// The socket first gets the log since its watermark, then live activities. It subscribes before reading the log,
/// and skips live activities the log already gave, so nothing falls between the two.
/// </remarks>
public static class DirectLineStream
{
    /// <summary>The WebSocket close reason when a newer socket took over the conversation.</summary>
    public const string CollisionReason = "collision";

    internal static async Task<IResult> AcceptAsync(HttpContext http, DirectLineService service, string conversationId, string? t, string? watermark)
    {
        var ct = http.RequestAborted;
        // The stream URL is pre-authorized: the browser's WebSocket cannot send an Authorization header.
        var claims = t is null ? null : await service.Tokens.ValidateAsync(t, ct).ConfigureAwait(false);
        if (claims is null || !string.Equals(claims.ConversationId, conversationId, StringComparison.Ordinal))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: "The stream URL is not valid (any more).");
        }

        var record = await service.Log.GetAsync(conversationId, ct).ConfigureAwait(false);
        if (record is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown conversation", detail: "No conversation has this id.");
        }

        if (!http.WebSockets.IsWebSocketRequest)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "WebSocket expected", detail: "Open the stream URL with a WebSocket.");
        }

        long from = 0;
        if (!string.IsNullOrEmpty(watermark) && !long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out from))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid watermark", detail: "The watermark must be a number returned by this service.");
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        using var subscription = service.Hub.Subscribe(conversationId);
        DirectLineLog.StreamOpened(service.Logger);
        var reason = await PumpAsync(socket, subscription, service, record, from, ct).ConfigureAwait(false);
        DirectLineLog.StreamClosed(service.Logger, reason);
        return Results.Empty;
    }

    private static async Task<string> PumpAsync(
        WebSocket socket, StreamSubscription subscription, DirectLineService service, ConversationRecord record, long from, CancellationToken requestAborted)
    {
        using var closed = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        var receiving = ReceiveUntilClosedAsync(socket, closed);
        try
        {
            // Pages of the log up to its head as it was once this socket had subscribed. Whatever is appended after that
            // comes through the subscription, in the order it was published, with the typing between; re-reading the
            // head here instead put a reply that came meanwhile before the typing that preceded it (seen under load).
            var next = from;
            var head = await service.Log.GetAsync(record.ConversationId, closed.Token).ConfigureAwait(false) ?? record;
            while (next < head.Count)
            {
                var page = await service.Log.ReadSinceAsync(head, next, closed.Token).ConfigureAwait(false);
                await SendAsync(socket, page, closed.Token).ConfigureAwait(false);
                next = long.Parse(page.Watermark!, CultureInfo.InvariantCulture);
            }

            await foreach (var frame in subscription.Frames.ReadAllAsync(closed.Token).ConfigureAwait(false))
            {
                if (frame.Sequence is { } seq)
                {
                    if (seq < next)
                    {
                        continue;
                    }

                    next = seq + 1;
                }

                var watermark = frame.Sequence is null ? null : next.ToString(CultureInfo.InvariantCulture);
                await SendAsync(socket, new ActivitySet([frame.Activity], watermark), closed.Token).ConfigureAwait(false);
            }

            if (subscription.Replaced && socket.State == WebSocketState.Open)
            {
                await socket.CloseAsync(WebSocketCloseStatus.PolicyViolation, CollisionReason, CancellationToken.None).ConfigureAwait(false);
                return CollisionReason;
            }

            if (subscription.Overflowed && socket.State == WebSocketState.Open)
            {
                // directlinejs reconnects with its watermark and gets the rest from the log.
                await socket.CloseAsync(WebSocketCloseStatus.EndpointUnavailable, "lagging", CancellationToken.None).ConfigureAwait(false);
                return "lagging";
            }

            return "ended";
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            return "client gone";
        }
        finally
        {
            await closed.CancelAsync().ConfigureAwait(false);
            await receiving.ConfigureAwait(false);
        }
    }

    /// <summary>Reads and drops what the client sends (directlinejs sends empty keep-alives) until it closes.</summary>
    private static async Task ReceiveUntilClosedAsync(WebSocket socket, CancellationTokenSource closed)
    {
        var buffer = new byte[1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, closed.Token).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    if (socket.State == WebSocketState.CloseReceived)
                    {
                        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).ConfigureAwait(false);
                    }

                    break;
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The client went away or the host stops: nothing to keep.
        }
        finally
        {
            await closed.CancelAsync().ConfigureAwait(false);
        }
    }

    private static Task SendAsync(WebSocket socket, ActivitySet set, CancellationToken ct)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(set, DirectLineJsonContext.Default.ActivitySet);
        return socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, ct);
    }
}
