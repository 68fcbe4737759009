namespace Bouwmarkt.Bot.BotFramework.Auth;

/// <summary>What the endpoint answers after checking a request's token.</summary>
public enum AuthenticationOutcome
{
    /// <summary>Valid token, or no token while authentication is off.</summary>
    Allowed,

    /// <summary>Missing, malformed, unsigned, expired, wrongly issued or addressed token: 401.</summary>
    Unauthorized,

    /// <summary>A valid signature from a key the channel did not endorse: 403, as the Bot Framework docs say.</summary>
    Forbidden,
}
