using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bouwmarkt.Bot.Protocol.Schema;

/// <summary>A Bot Framework activity (schema v3): the one message shape every channel speaks.</summary>
/// <remarks>
/// Mutable like Bot Builder's, because the pipeline fills ids, addresses and reply fields in place.
/// Unknown fields are kept in <see cref="Properties"/> so that a transcript round-trips unchanged (spec A2005).
/// </remarks>
public sealed class Activity
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public DateTimeOffset? Timestamp { get; set; }
    public DateTimeOffset? LocalTimestamp { get; set; }
    public string? LocalTimezone { get; set; }
    public string? CallerId { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ChannelId { get; set; }
    public ChannelAccount? From { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public string? TextFormat { get; set; }
    public string? AttachmentLayout { get; set; }
    public IList<ChannelAccount>? MembersAdded { get; set; }
    public IList<ChannelAccount>? MembersRemoved { get; set; }
    public string? TopicName { get; set; }
    public string? Locale { get; set; }
    public string? Text { get; set; }
    public string? Speak { get; set; }
    public string? InputHint { get; set; }
    public string? Summary { get; set; }
    public SuggestedActions? SuggestedActions { get; set; }
    public IList<Attachment>? Attachments { get; set; }
    public IList<JsonElement>? Entities { get; set; }
    public JsonElement? ChannelData { get; set; }
    public string? Action { get; set; }
    public string? ReplyToId { get; set; }
    public string? Label { get; set; }
    public string? ValueType { get; set; }
    public JsonElement? Value { get; set; }
    public string? Name { get; set; }
    public ConversationReference? RelatesTo { get; set; }
    public string? Code { get; set; }
    public DateTimeOffset? Expiration { get; set; }
    public string? Importance { get; set; }
    public string? DeliveryMode { get; set; }

    /// <summary>Fields this schema does not name; kept, never interpreted.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>Creates a message activity with the given text.</summary>
    public static Activity CreateMessage(string? text = null) => new() { Type = ActivityTypes.Message, Text = text };

    /// <summary>Builds a reply addressed back to the sender, as Bot Builder's <c>CreateReply</c> does.</summary>
    public Activity CreateReply(string? text = null)
    {
        var reply = new Activity
        {
            Type = ActivityTypes.Message,
            Text = text,
            Locale = Locale,
        };
        ApplyConversationReference(reply);
        return reply;
    }

    /// <summary>Fills the addressing fields of an outgoing activity from this incoming one (spec 1.4).</summary>
    public void ApplyConversationReference(Activity outgoing)
    {
        ArgumentNullException.ThrowIfNull(outgoing);
        outgoing.ChannelId = ChannelId;
        outgoing.ServiceUrl = ServiceUrl;
        outgoing.Conversation = Conversation;
        outgoing.From = Recipient;
        outgoing.Recipient = From;
        outgoing.Locale ??= Locale;
        // The SDK omits replyToId for conversationUpdate on Direct Line and Web Chat.
        var skipReplyTo = Type == ActivityTypes.ConversationUpdate
            && (ChannelId == ChannelIds.DirectLine || ChannelId == ChannelIds.WebChat);
        if (!skipReplyTo && outgoing.ReplyToId is null)
        {
            outgoing.ReplyToId = Id;
        }
    }

    /// <summary>The reference that lets the bot address this conversation later.</summary>
    public ConversationReference GetConversationReference() => new()
    {
        ActivityId = Id,
        User = From,
        Bot = Recipient,
        Conversation = Conversation,
        ChannelId = ChannelId,
        Locale = Locale,
        ServiceUrl = ServiceUrl,
    };
}
