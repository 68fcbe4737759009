using Bouwmarkt.Bot.Dialogs.Engine;

namespace Bouwmarkt.Bot.Conversation;

/// <summary>Log messages of <see cref="IntakeBot"/>: statuses and exception types, never what anyone wrote.</summary>
internal static partial class IntakeBotLog
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Debug, Message = "Intake turn on {ChannelId} ended {Status}.")]
    public static partial void TurnEnded(this ILogger logger, string channelId, DialogTurnStatus status);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Error, Message = "The intake dialog failed ({ExceptionType}); the dialog stack was reset.")]
    public static partial void DialogFailed(this ILogger logger, string exceptionType, Exception exception);
}
