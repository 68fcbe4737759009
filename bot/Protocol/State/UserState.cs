using Bouwmarkt.Bot.Protocol.Turns;

namespace Bouwmarkt.Bot.Protocol.State;

/// <summary>State per user, under <c>{channelId}/users/{userId}</c> as Bot Builder keys it.</summary>
public sealed class UserState(IStorage storage) : BotState(storage, nameof(UserState))
{
    /// <summary>The storage key of a user.</summary>
    public static string KeyFor(string channelId, string userId) => $"{channelId}/users/{userId}";

    protected override string? GetStorageKey(ITurnContext turnContext)
    {
        var a = turnContext.Activity;
        return string.IsNullOrEmpty(a.ChannelId) || string.IsNullOrEmpty(a.From?.Id)
            ? null
            : KeyFor(a.ChannelId, a.From.Id);
    }
}
