using System.Collections.Frozen;
using Bouwmarkt.Bot.Protocol.Schema;

namespace Bouwmarkt.Bot.Dialogs.Prompts;

/// <summary>What each channel can show: the one place dialogs look this up (bot-protocol.md 8.3).</summary>
/// <param name="MaxSuggestedActions">How many suggested actions the channel shows; 0 = none.</param>
/// <param name="SupportsCards">Whether hero cards are shown.</param>
/// <param name="MaxCardButtons">How many buttons a card may carry; choices that do not fit as suggested actions become a hero card when they fit here.</param>
public sealed record ChannelCapabilities(int MaxSuggestedActions, bool SupportsCards, int MaxCardButtons)
{
    /// <summary>Plain text only: numbered choices, offers as text.</summary>
    public static readonly ChannelCapabilities TextOnly = new(0, false, 0);

    private static readonly FrozenDictionary<string, ChannelCapabilities> ByChannel = new Dictionary<string, ChannelCapabilities>(StringComparer.OrdinalIgnoreCase)
    {
        [ChannelIds.Emulator] = new(100, true, 100),
        [ChannelIds.DirectLine] = new(100, true, 100),
        [ChannelIds.WebChat] = new(100, true, 100),
        // Teams shows at most 3 suggested actions, and only in personal chats (SDK limit); a hero card holds at most 6 buttons.
        [ChannelIds.MsTeams] = new(3, true, 6),
        // WhatsApp shows 1-3 suggested actions as reply buttons and 4-10 as a list message (bot/Channels/WhatsApp).
        [ChannelIds.WhatsApp] = new(10, false, 0),
        [ChannelIds.Test] = new(100, true, 100),
        [ChannelIds.Console] = TextOnly,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The capabilities of <paramref name="channelId"/>; unknown channels get plain text.</summary>
    public static ChannelCapabilities For(string? channelId) =>
        channelId is not null && ByChannel.TryGetValue(channelId, out var caps) ? caps : TextOnly;

    /// <summary>The capabilities for a conversation: Teams shows suggested actions only in personal (1:1) chats.</summary>
    public static ChannelCapabilities For(string? channelId, string? conversationType)
    {
        var caps = For(channelId);
        var teamsGroup = string.Equals(channelId, ChannelIds.MsTeams, StringComparison.OrdinalIgnoreCase)
            && conversationType is { Length: > 0 } && !string.Equals(conversationType, "personal", StringComparison.OrdinalIgnoreCase);
        return teamsGroup ? caps with { MaxSuggestedActions = 0 } : caps;
    }

    /// <summary>The capabilities for the conversation <paramref name="activity"/> belongs to.</summary>
    public static ChannelCapabilities For(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return For(activity.ChannelId, activity.Conversation?.ConversationType);
    }

    /// <summary>True when <paramref name="count"/> suggested actions fit.</summary>
    public bool SupportsSuggestedActions(int count) => count <= MaxSuggestedActions;
}
