using System.Text.Json;
using Bouwmarkt.Bot.BotFramework.Middleware;
using Bouwmarkt.Bot.Protocol.Schema;
using Bouwmarkt.Bot.Protocol.Turns;
using Microsoft.Extensions.Options;
using IMiddleware = Bouwmarkt.Bot.Protocol.Turns.IMiddleware;

namespace Bouwmarkt.Bot.BotFramework.Turns;

/// <summary>Runs one incoming activity as a turn: the one entry point every channel uses.</summary>
/// <remarks>
/// <para>Usage from a channel: build the <see cref="Activity"/> (channelId, conversation.id, from.id, serviceUrl if the
/// sink needs it), pick an <see cref="IReplySink"/> that delivers to the channel (or <see cref="BufferedReplySink"/>
/// to collect the replies), then <c>var invoke = await runner.RunAsync(activity, sink, ct);</c>. The runner is a
/// singleton in DI; it is thread-safe.</para>
/// <para>What it adds around the bot: turns of one conversation (channelId + conversation.id) run one at a time in
/// arrival order (more than <see cref="BotFrameworkOptions.MaxQueuedTurnsPerConversation"/> waiting throws
/// <see cref="ConversationBusyException"/>); the turn is tracked so shutdown waits for it; the middleware runs in
/// this order: privacy-safe logging with the Dutch apology on failure, typing indicator (message turns, not
/// expectReplies), transcript capture (every <see cref="ITranscriptLogger"/> in DI), auto-save of ConversationState
/// and UserState (with retry on ETag conflict while nothing was sent), any <see cref="IMiddleware"/> registered in
/// DI, then the <see cref="IBot"/> from DI.</para>
/// <para>Invoke: the bot answers an <c>invoke</c> by sending an activity of type <see cref="InvokeResponseType"/>
/// whose value is an <see cref="InvokeResponse"/> (as Bot Builder), or by setting an <see cref="InvokeResponse"/>
/// in <see cref="ITurnContext.TurnState"/>; <see cref="RunAsync"/> returns it (null when there was none: answer 501).
/// A failed turn does not throw: the user got the apology. Cancellation and <see cref="ConversationBusyException"/>
/// do throw.</para>
/// <para>The typing middleware may call the sink from a timer while the turn also sends, so a sink must accept
/// concurrent calls.</para>
/// </remarks>
public sealed class TurnRunner
{
    /// <summary>The activity type a bot sends to answer an invoke; it is captured, never delivered.</summary>
    public const string InvokeResponseType = "invokeResponse";

    private readonly TurnPipeline _pipeline;
    private readonly ConversationLocks _locks;
    private readonly TurnTracker _tracker;

    public TurnRunner(
        TurnLoggingMiddleware logging,
        ShowTypingMiddleware typing,
        TranscriptLoggerMiddleware transcript,
        AutoSaveStateMiddleware autoSave,
        IEnumerable<IMiddleware> extraMiddleware,
        IBot bot,
        TurnTracker tracker,
        IOptions<BotFrameworkOptions> options)
    {
        ArgumentNullException.ThrowIfNull(extraMiddleware);
        ArgumentNullException.ThrowIfNull(options);
        IMiddleware[] builtIn = [logging, typing, transcript, autoSave];
        _pipeline = new TurnPipeline([.. builtIn, .. extraMiddleware], bot);
        _locks = new ConversationLocks(options.Value.MaxQueuedTurnsPerConversation);
        _tracker = tracker;
    }

    /// <summary>Conversations with a running or waiting turn right now.</summary>
    public int ActiveConversations => _locks.ActiveKeys;

    /// <summary>Runs the turn; replies go to <paramref name="sink"/>. Returns the bot's invoke response, if any.</summary>
    public async Task<InvokeResponse?> RunAsync(Activity activity, IReplySink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(sink);
        using var tracked = _tracker.Begin();
        var key = LockKey(activity);
        using var held = key is null ? default : await _locks.AcquireAsync(key, cancellationToken).ConfigureAwait(false);

        var isInvoke = activity.Type == ActivityTypes.Invoke;
        var turnSink = isInvoke ? new InvokeCapturingSink(sink) : sink;
        var context = new TurnContext(activity, turnSink);
        context.TurnState.Set(turnSink);
        await _pipeline.RunAsync(context, cancellationToken).ConfigureAwait(false);
        return isInvoke ? context.TurnState.Get<InvokeResponse>() : null;
    }

    private static string? LockKey(Activity activity)
    {
        var conversationId = activity.Conversation?.Id;
        return string.IsNullOrEmpty(conversationId) ? null : string.Concat(activity.ChannelId, "/", conversationId);
    }

    /// <summary>Takes the bot's invokeResponse activities out of the stream and keeps them in turn state.</summary>
    private sealed class InvokeCapturingSink(IReplySink inner) : IReplySink
    {
        public Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
        {
            List<Activity>? rest = null;
            for (var i = 0; i < activities.Count; i++)
            {
                var activity = activities[i];
                if (activity.Type == InvokeResponseType)
                {
                    rest ??= [.. activities.Take(i)];
                    turnContext.TurnState.Set(ReadInvokeResponse(activity));
                }
                else
                {
                    rest?.Add(activity);
                }
            }

            if (rest is null)
            {
                return inner.SendActivitiesAsync(turnContext, activities, cancellationToken);
            }

            return rest.Count == 0
                ? Task.FromResult(Array.Empty<ResourceResponse>())
                : inner.SendActivitiesAsync(turnContext, rest, cancellationToken);
        }

        public Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
            inner.UpdateActivityAsync(turnContext, activity, cancellationToken);

        public Task DeleteActivityAsync(ITurnContext turnContext, string activityId, CancellationToken cancellationToken) =>
            inner.DeleteActivityAsync(turnContext, activityId, cancellationToken);

        private static InvokeResponse ReadInvokeResponse(Activity activity) =>
            activity.Value is { ValueKind: JsonValueKind.Object } value
                ? value.Deserialize(ProtocolJsonContext.Default.InvokeResponse) ?? new InvokeResponse(200)
                : new InvokeResponse(200);
    }
}
