using Bouwmarkt.Bot.Protocol.Turns;

namespace Bouwmarkt.Bot.Protocol.State;

/// <summary>State per conversation, under <c>{channelId}/conversations/{conversationId}</c> as Bot Builder keys it.</summary>
public sealed class ConversationState(IStorage storage) : BotState(storage, nameof(ConversationState))
{
    /// <summary>The storage key of a conversation.</summary>
    public static string KeyFor(string channelId, string conversationId) => $"{channelId}/conversations/{conversationId}";

    protected override string? GetStorageKey(ITurnContext turnContext)
    {
        var a = turnContext.Activity;
        return string.IsNullOrEmpty(a.ChannelId) || string.IsNullOrEmpty(a.Conversation?.Id)
            ? null
            : KeyFor(a.ChannelId, a.Conversation.Id);
    }
}
