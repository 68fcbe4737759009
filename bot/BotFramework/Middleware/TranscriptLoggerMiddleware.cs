using Bouwmarkt.Bot.Protocol.Schema;
using Bouwmarkt.Bot.Protocol.Turns;
using IMiddleware = Bouwmarkt.Bot.Protocol.Turns.IMiddleware;

namespace Bouwmarkt.Bot.BotFramework.Middleware;

/// <summary>Feeds every incoming and outgoing activity to the <see cref="ITranscriptLogger"/>s in DI.</summary>
/// <remarks>
/// None is registered by default (privacy): without one this step costs nothing. A failing logger is logged and
/// ignored; a transcript must never break a conversation.
/// </remarks>
public sealed partial class TranscriptLoggerMiddleware : IMiddleware
{
    private readonly ITranscriptLogger[] _transcripts;
    private readonly ILogger<TranscriptLoggerMiddleware> _logger;

    public TranscriptLoggerMiddleware(IEnumerable<ITranscriptLogger> transcripts, ILogger<TranscriptLoggerMiddleware> logger)
    {
        ArgumentNullException.ThrowIfNull(transcripts);
        _transcripts = [.. transcripts];
        _logger = logger;
    }

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        if (_transcripts.Length == 0)
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }

        await LogAsync(turnContext.Activity, cancellationToken).ConfigureAwait(false);
        turnContext.OnSendActivities(async (context, activities, deliver) =>
        {
            var responses = await deliver().ConfigureAwait(false);
            foreach (var activity in activities)
            {
                await LogAsync(activity, cancellationToken).ConfigureAwait(false);
            }

            return responses;
        });
        await next(cancellationToken).ConfigureAwait(false);
    }

    private async Task LogAsync(Activity activity, CancellationToken cancellationToken)
    {
        foreach (var transcript in _transcripts)
        {
            try
            {
                await transcript.LogActivityAsync(activity, cancellationToken).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // See remarks: a transcript never breaks the conversation.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                LogTranscriptFailed(_logger, transcript.GetType().Name, exception.GetType().FullName);
            }
        }
    }

    [LoggerMessage(EventId = 3021, Level = LogLevel.Warning, Message = "Transcript logger {TranscriptLogger} failed: {ExceptionType}")]
    private static partial void LogTranscriptFailed(ILogger logger, string transcriptLogger, string? exceptionType);
}
