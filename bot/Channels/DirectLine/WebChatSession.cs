using System.Text.Json.Serialization;

namespace Bouwmarkt.Bot.Channels.DirectLine;

/// <summary>A fresh conversation for one visitor of the page: a token for it and the user id inside the token.</summary>
public sealed record WebChatSession(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string UserId);
