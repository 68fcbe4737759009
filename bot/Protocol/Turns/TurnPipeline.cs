using Bouwmarkt.Bot.Protocol.Schema;

namespace Bouwmarkt.Bot.Protocol.Turns;

/// <summary>Runs one activity through the ordered middleware and then the bot; every channel calls this.</summary>
/// <remarks>Thread-safe: holds only the immutable middleware list and the bot.</remarks>
public sealed class TurnPipeline
{
    private readonly IMiddleware[] _middleware;
    private readonly IBot _bot;

    public TurnPipeline(IEnumerable<IMiddleware> middleware, IBot bot)
    {
        ArgumentNullException.ThrowIfNull(middleware);
        ArgumentNullException.ThrowIfNull(bot);
        _middleware = [.. middleware];
        _bot = bot;
    }

    /// <summary>Runs a turn; replies go to <paramref name="sink"/>. Returns the context for callers that read turn results.</summary>
    public async Task<ITurnContext> RunAsync(Activity activity, IReplySink sink, CancellationToken cancellationToken)
    {
        var context = new TurnContext(activity, sink);
        await RunAsync(context, cancellationToken).ConfigureAwait(false);
        return context;
    }

    /// <summary>Runs a turn on a context the caller prepared (for example with turn state set).</summary>
    public Task RunAsync(ITurnContext context, CancellationToken cancellationToken) => NextAsync(context, 0, cancellationToken);

    private Task NextAsync(ITurnContext context, int index, CancellationToken ct)
    {
        if (index == _middleware.Length)
        {
            return _bot.OnTurnAsync(context, ct);
        }

        return _middleware[index].OnTurnAsync(context, c => NextAsync(context, index + 1, c), ct);
    }
}
