using System.Globalization;
using Bouwmarkt.Bot.Protocol.Schema;
using Microsoft.Extensions.Options;

namespace Bouwmarkt.Bot.Channels.WhatsApp;

/// <summary>Turns a received WhatsApp message into the message activity the dialogs read.</summary>
/// <remarks>
/// Text is the body; a tapped reply button or list row is its id, which the channel set to the choice's imBack value
/// (the title may be cut to fit). Media, locations and contacts become a message without text, so the dialog asks
/// again in words; reactions and unknown types are not turns. Stateless and thread-safe.
/// </remarks>
internal sealed class WhatsAppActivityMapper(WhatsAppPseudonyms pseudonyms, TimeProvider time, IOptions<WhatsAppOptions> options)
{
    private static readonly HashSet<string> WordlessTypes = new(StringComparer.Ordinal)
    {
        "image", "audio", "video", "document", "sticker", "location", "contacts",
    };

    /// <summary>The activity for <paramref name="message"/>, or null when it is not a turn (a reaction, an unknown type, no sender).</summary>
    public WhatsAppInboundTurn? Map(WhatsAppInboundMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (string.IsNullOrEmpty(message.From) || string.IsNullOrEmpty(message.Id) || !TryReadText(message, out var text))
        {
            return null;
        }

        var userKey = pseudonyms.For(message.From);
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = message.Id,
            Timestamp = SentAt(message),
            ChannelId = ChannelIds.WhatsApp,
            Conversation = new ConversationAccount(userKey) { ConversationType = "personal", IsGroup = false },
            From = new ChannelAccount(userKey) { Role = "user" },
            Recipient = new ChannelAccount(options.Value.PhoneNumberId) { Role = "bot" },
            Text = text,
            TextFormat = "plain",
            Locale = "nl-NL",
        };
        return new WhatsAppInboundTurn(activity, message.From, userKey);
    }

    /// <summary>When the user sent the message (Unix seconds as a string); now when missing or in the future.</summary>
    public DateTimeOffset SentAt(WhatsAppInboundMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var now = time.GetUtcNow();
        return long.TryParse(message.Timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
               && seconds <= now.ToUnixTimeSeconds()
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : now;
    }

    private static bool TryReadText(WhatsAppInboundMessage message, out string? text)
    {
        text = message.Type switch
        {
            "text" => message.Text?.Body,
            "interactive" => Reply(message.Interactive) is { } reply ? First(reply.Id, reply.Title) : null,
            "button" => First(message.Button?.Payload, message.Button?.Text),
            _ => null,
        };
        return text is not null || (message.Type is { } type && WordlessTypes.Contains(type));
    }

    private static WhatsAppReply? Reply(WhatsAppInteractiveReply? interactive) => interactive?.Type switch
    {
        "button_reply" => interactive.ButtonReply,
        "list_reply" => interactive.ListReply,
        _ => null,
    };

    private static string? First(string? preferred, string? fallback) =>
        !string.IsNullOrWhiteSpace(preferred) ? preferred : !string.IsNullOrWhiteSpace(fallback) ? fallback : null;
}
