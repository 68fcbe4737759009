using Bouwmarkt.Bot.Protocol.Schema;
using Bouwmarkt.Bot.Protocol.Turns;
using Microsoft.Extensions.Options;
using IMiddleware = Bouwmarkt.Bot.Protocol.Turns.IMiddleware;

namespace Bouwmarkt.Bot.BotFramework.Middleware;

/// <summary>Shows "typing…" while a message turn runs: first after 500 ms, then every 2 s, as Bot Builder's.</summary>
/// <remarks>
/// Not for expectReplies (the replies come in one HTTP answer; a typing activity there is noise) and not for
/// other activity types. Typing goes straight to the channel's sink, past the turn's send handlers, as in the SDK.
/// </remarks>
public sealed partial class ShowTypingMiddleware(IOptions<BotFrameworkOptions> options, ILogger<ShowTypingMiddleware> logger) : IMiddleware
{
    private readonly TimeSpan _delay = options.Value.TypingDelay;
    private readonly TimeSpan _period = options.Value.TypingPeriod;

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var activity = turnContext.Activity;
        var sink = turnContext.TurnState.Get<IReplySink>();
        if (activity.Type != ActivityTypes.Message || activity.DeliveryMode == DeliveryModes.ExpectReplies || sink is null)
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var typing = SendTypingAsync(turnContext, sink, stop.Token);
        try
        {
            await next(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await typing.ConfigureAwait(false);
        }
    }

    private async Task SendTypingAsync(ITurnContext turnContext, IReplySink sink, CancellationToken stop)
    {
        try
        {
            await Task.Delay(_delay, stop).ConfigureAwait(false);
            while (!stop.IsCancellationRequested)
            {
                var typing = new Activity { Type = ActivityTypes.Typing, RelatesTo = turnContext.Activity.RelatesTo };
                turnContext.Activity.ApplyConversationReference(typing);
                await sink.SendActivitiesAsync(turnContext, [typing], stop).ConfigureAwait(false);
                await Task.Delay(_period, stop).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The turn ended.
        }
#pragma warning disable CA1031 // A lost typing indicator must not fail the turn.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogTypingFailed(logger, turnContext.Activity.ChannelId, exception.GetType().FullName);
        }
    }

    [LoggerMessage(EventId = 3011, Level = LogLevel.Debug, Message = "Typing indicator on {ChannelId} failed: {ExceptionType}")]
    private static partial void LogTypingFailed(ILogger logger, string? channelId, string? exceptionType);
}
