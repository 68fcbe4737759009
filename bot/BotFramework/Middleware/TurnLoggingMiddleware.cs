using System.Diagnostics;
using Bouwmarkt.Bot.Protocol.Turns;
using IMiddleware = Bouwmarkt.Bot.Protocol.Turns.IMiddleware;

namespace Bouwmarkt.Bot.BotFramework.Middleware;

/// <summary>Outermost step: logs each turn without its text, and turns a failure into a plain Dutch apology.</summary>
/// <remarks>
/// Logged: activity id, type, channel, duration (Debug), failures with the exception type only (Error).
/// Never logged: text, names, conversation ids (a WhatsApp conversation id is a phone number) — AVG.
/// The exception itself, which may quote user input, is logged at Debug only.
/// </remarks>
public sealed partial class TurnLoggingMiddleware(ILogger<TurnLoggingMiddleware> logger) : IMiddleware
{
    /// <summary>What the user reads when a turn fails: never the exception message.</summary>
    public const string Apology = "Sorry, er ging iets mis. Probeer het nog eens.";

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var started = Stopwatch.GetTimestamp();
        var activity = turnContext.Activity;
        try
        {
            await next(cancellationToken).ConfigureAwait(false);
            LogTurn(logger, activity.Id, activity.Type, activity.ChannelId, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The caller went away or the host stops: not a failure of the bot.
            LogTurnCanceled(logger, activity.Id, activity.Type, activity.ChannelId);
            throw;
        }
#pragma warning disable CA1031 // A turn must never crash the host; the user gets an apology instead.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogTurnFailed(logger, activity.Id, activity.Type, activity.ChannelId, exception.GetType().FullName,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            LogTurnFailedDetail(logger, exception);
            await ApologizeAsync(turnContext, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task ApologizeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        try
        {
            await turnContext.SendActivityAsync(Apology, cancellationToken).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The channel itself may be what failed; there is nobody left to tell.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogApologyFailed(logger, turnContext.Activity.ChannelId, exception.GetType().FullName);
        }
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Debug, Message = "Turn {ActivityId} ({Type}, {ChannelId}) took {ElapsedMs:0.###} ms")]
    private static partial void LogTurn(ILogger logger, string? activityId, string? type, string? channelId, double elapsedMs);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Turn {ActivityId} ({Type}, {ChannelId}) canceled")]
    private static partial void LogTurnCanceled(ILogger logger, string? activityId, string? type, string? channelId);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Error, Message = "Turn {ActivityId} ({Type}, {ChannelId}) failed with {ExceptionType} after {ElapsedMs:0.###} ms; the user got an apology")]
    private static partial void LogTurnFailed(ILogger logger, string? activityId, string? type, string? channelId, string? exceptionType, double elapsedMs);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Debug, Message = "Turn failure detail")]
    private static partial void LogTurnFailedDetail(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Warning, Message = "Could not send the apology on {ChannelId}: {ExceptionType}")]
    private static partial void LogApologyFailed(ILogger logger, string? channelId, string? exceptionType);
}
