namespace Bouwmarkt.Bot.Channels.DirectLine;

/// <summary>Who called the Direct Line API: the secret holder, or the holder of a token for one conversation.</summary>
/// <param name="Expired">The token was ours but its time is over: directlinejs reads the 403 this gives as "expired token".</param>
public sealed record DirectLineCaller(bool HasSecret, DirectLineTokenClaims? Token, bool Expired = false)
{
    /// <summary>The secret may reach every conversation; a token only its own.</summary>
    public bool MayAccess(string conversationId) =>
        HasSecret || string.Equals(Token?.ConversationId, conversationId, StringComparison.Ordinal);
}
