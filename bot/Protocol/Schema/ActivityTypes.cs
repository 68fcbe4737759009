namespace Bouwmarkt.Bot.Protocol.Schema;

/// <summary>Wire values of <see cref="Activity.Type"/>.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string Typing = "typing";
    public const string Event = "event";
    public const string Invoke = "invoke";
    public const string EndOfConversation = "endOfConversation";
    public const string Trace = "trace";
    public const string Handoff = "handoff";
    public const string DeleteUserData = "deleteUserData";
    public const string MessageReaction = "messageReaction";
    public const string InstallationUpdate = "installationUpdate";
}
