using System.Text.Json.Serialization;

namespace Bouwmarkt.Bot.Channels.DirectLine;

/// <summary>What a Direct Line token grants: one conversation, one user, until a moment.</summary>
/// <remarks>
/// Tokens are JWT-shaped (HS256) so that directlinejs can read the <c>user</c> claim; only this host checks them.
/// </remarks>
public sealed record DirectLineTokenClaims(
    [property: JsonPropertyName("conv")] string ConversationId,
    [property: JsonPropertyName("user")] string UserId,
    [property: JsonPropertyName("scp")] string Scope,
    [property: JsonPropertyName("exp")] long ExpiresAt)
{
    /// <summary>Scope of a token for the REST API of one conversation.</summary>
    public const string ConversationScope = "conversation";

    /// <summary>Scope of the short-lived token inside a <c>streamUrl</c>.</summary>
    public const string StreamScope = "stream";
}
