using System.Text.Json.Serialization;

namespace Bouwmarkt.Bot.Channels.DirectLine;

/// <summary>The Direct Line <c>Conversation</c> answer to start, reconnect, token generate and token refresh.</summary>
public sealed record DirectLineConversation(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string? StreamUrl = null);
