using Microsoft.Extensions.Options;

namespace Bouwmarkt.Bot.Channels.WhatsApp;

/// <summary>Takes a verified notification apart: user messages become queued turns, statuses are acknowledged and ignored.</summary>
/// <remarks>
/// Per message, in order: not for our phone number or not a turn (reaction, unknown type) → ignored; seen before →
/// dropped as a duplicate; sent longer ago than the service window (a late retry) → dropped as stale, since no answer
/// may be sent; else the window is noted and the turn queued. Thread-safe.
/// </remarks>
internal sealed class WhatsAppInbox(
    WhatsAppActivityMapper mapper,
    WhatsAppMessageDeduplicator deduplicator,
    WhatsAppServiceWindow window,
    WhatsAppTurnQueue queue,
    IOptions<WhatsAppOptions> options,
    ILogger<WhatsAppInbox> logger)
{
    internal ILogger Logger => logger;

    /// <summary>Queues the notification's messages; false when the queue is full (answer 503 so Meta delivers again).</summary>
    public bool Accept(WhatsAppNotification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        int queued = 0, duplicates = 0, stale = 0, ignored = 0, statuses = 0;
        if (notification.Object != WhatsAppNotification.BusinessAccountObject)
        {
            WhatsAppLog.Received(logger, queued, duplicates, stale, 1, statuses);
            return true;
        }

        var values = (notification.Entry ?? [])
            .SelectMany(e => e?.Changes ?? [])
            .Where(c => c?.Field == WhatsAppChange.MessagesField && c.Value is not null)
            .Select(c => c.Value!);
        foreach (var value in values)
        {
            statuses += value.Statuses?.Count ?? 0;
            if (value.Metadata?.PhoneNumberId is { Length: > 0 } phoneNumberId && phoneNumberId != options.Value.PhoneNumberId)
            {
                // The app may serve several numbers; this one is not the bot's.
                ignored += value.Messages?.Count ?? 0;
                continue;
            }

            foreach (var message in value.Messages ?? [])
            {
                var turn = message is null ? null : mapper.Map(message);
                if (turn is null)
                {
                    ignored++;
                    continue;
                }

                var messageId = turn.Activity.Id!;
                if (!deduplicator.TryBegin(messageId))
                {
                    duplicates++;
                    continue;
                }

                var sentAt = turn.Activity.Timestamp!.Value;
                if (!window.IsWithin(sentAt))
                {
                    stale++;
                    continue;
                }

                window.Record(turn.UserKey, sentAt);
                if (!queue.TryEnqueue(turn))
                {
                    deduplicator.Forget(messageId);
                    WhatsAppLog.QueueFull(logger);
                    return false;
                }

                queued++;
            }
        }

        WhatsAppLog.Received(logger, queued, duplicates, stale, ignored, statuses);
        return true;
    }
}
