using Microsoft.Extensions.Logging;

namespace Bouwmarkt.Bot.Dialogs.Intake;

/// <summary>Log messages of <see cref="IntakeDialog"/>: events and crisis kinds, never what the resident wrote.</summary>
internal static partial class IntakeDialogLog
{
    [LoggerMessage(EventId = 6201, Level = LogLevel.Information, Message = "Crisis signal ({Kinds}): help lines sent first.")]
    public static partial void CrisisSignal(this ILogger logger, string kinds);

    [LoggerMessage(EventId = 6202, Level = LogLevel.Information, Message = "A resident asked to be forgotten; conversation and user state deleted.")]
    public static partial void Forgotten(this ILogger logger);
}
