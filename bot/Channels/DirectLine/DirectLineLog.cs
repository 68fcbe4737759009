namespace Bouwmarkt.Bot.Channels.DirectLine;

/// <summary>Log messages of the Direct Line channel; ids and counts only, never message text (AVG).</summary>
internal static partial class DirectLineLog
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "Direct Line conversation started")]
    public static partial void ConversationStarted(ILogger logger);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Error, Message = "Direct Line turn failed for an activity of type {ActivityType}")]
    public static partial void TurnFailed(ILogger logger, string? activityType, Exception exception);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Debug, Message = "Direct Line stream opened")]
    public static partial void StreamOpened(ILogger logger);

    [LoggerMessage(EventId = 7005, Level = LogLevel.Debug, Message = "Direct Line stream closed ({Reason})")]
    public static partial void StreamClosed(ILogger logger, string reason);
}
