using Microsoft.Extensions.Logging;

namespace Bouwmarkt.Bot.Knowledge.Recognition.SemanticKernel;

/// <summary>Tries the language-model recognizer within a time limit; on any failure the local recognizer answers.</summary>
public sealed partial class FallbackRecognizer : IRecognizer
{
    private readonly IRecognizer _primary;
    private readonly IRecognizer _fallback;
    private readonly TimeSpan _timeout;
    private readonly ILogger<FallbackRecognizer> _logger;

    public FallbackRecognizer(IRecognizer primary, IRecognizer fallback, TimeSpan timeout, ILogger<FallbackRecognizer> logger)
    {
        _primary = primary ?? throw new ArgumentNullException(nameof(primary));
        _fallback = fallback ?? throw new ArgumentNullException(nameof(fallback));
        _timeout = timeout;
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    public async ValueTask<Recognition> RecognizeAsync(string text, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(_timeout);
        try
        {
            return await _primary.RecognizeAsync(text, limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogTimedOut(_logger, _timeout.TotalSeconds);
        }
#pragma warning disable CA1031 // Any failure of the remote model must fall back, never reach the resident.
        catch (Exception error) when (error is not OperationCanceledException)
#pragma warning restore CA1031
        {
            LogFailed(_logger, error.GetType().Name);
        }

        return await _fallback.RecognizeAsync(text, cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(EventId = 5101, Level = LogLevel.Warning, Message = "Language model did not answer within {Seconds} s; the local recognizer answered")]
    private static partial void LogTimedOut(ILogger logger, double seconds);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Warning, Message = "Language model failed ({ErrorType}); the local recognizer answered")]
    private static partial void LogFailed(ILogger logger, string errorType);
}
