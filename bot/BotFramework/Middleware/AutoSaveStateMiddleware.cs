using Bouwmarkt.Bot.Protocol.State;
using Bouwmarkt.Bot.Protocol.Turns;
using Microsoft.Extensions.Options;
using IMiddleware = Bouwmarkt.Bot.Protocol.Turns.IMiddleware;

namespace Bouwmarkt.Bot.BotFramework.Middleware;

/// <summary>Saves ConversationState and UserState at the end of every turn that changed them.</summary>
/// <remarks>
/// The host runs one turn per conversation at a time, so a conflict means another host (or a user-state write from
/// another conversation) wrote first. Then, if the turn sent nothing yet, it is run again on fresh state (up to
/// <see cref="BotFrameworkOptions.StateSaveRetries"/> times); once replies went out a re-run would repeat them, so the
/// conflict is raised (as it is after a partial save) and the user gets the apology rather than a silently lost update.
/// </remarks>
public sealed partial class AutoSaveStateMiddleware(
    IServiceProvider services, IOptions<BotFrameworkOptions> options, ILogger<AutoSaveStateMiddleware> logger) : IMiddleware
{
    // Optional: the storage feature registers them; without storage there is nothing to save.
    private readonly BotState[] _states =
        new BotState?[] { services.GetService<ConversationState>(), services.GetService<UserState>() }
            .OfType<BotState>().ToArray();

    private readonly int _retries = options.Value.StateSaveRetries;

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        for (var attempt = 0; ; attempt++)
        {
            await next(cancellationToken).ConfigureAwait(false);
            var saved = 0;
            try
            {
                foreach (var state in _states)
                {
                    await state.SaveChangesAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
                    saved++;
                }

                return;
            }
            // A re-run after one state was saved would apply the turn twice to that state.
            catch (StorageConflictException) when (!turnContext.Responded && saved == 0 && attempt < _retries)
            {
                LogConflictRetry(logger, turnContext.Activity.Id, attempt + 1);
                foreach (var state in _states)
                {
                    state.ClearCache(turnContext);
                }
            }
        }
    }

    [LoggerMessage(EventId = 3031, Level = LogLevel.Information, Message = "State conflict on turn {ActivityId}; running it again (attempt {Attempt})")]
    private static partial void LogConflictRetry(ILogger logger, string? activityId, int attempt);
}
