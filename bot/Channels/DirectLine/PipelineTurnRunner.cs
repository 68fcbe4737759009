using Bouwmarkt.Bot.Protocol.Schema;
using Bouwmarkt.Bot.Protocol.Turns;

namespace Bouwmarkt.Bot.Channels.DirectLine;

/// <summary>Runs turns on <see cref="TurnPipeline"/> (registered middleware, then the <see cref="IBot"/>), one at a time per conversation.</summary>
/// <remarks>
/// Stands in until the host's shared turn runner lands on main. Turns of one conversation are serialized so that
/// conversation state is read after the previous turn saved it. Thread-safe.
/// </remarks>
public sealed class PipelineTurnRunner(IServiceProvider services) : IDirectLineTurnRunner, IDisposable
{
    // Striped locks: bounded memory however many conversations there are; a shared stripe only costs a short wait.
    private readonly SemaphoreSlim[] _stripes = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];
    private TurnPipeline? _pipeline;

    public async Task RunAsync(Activity activity, IReplySink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        _pipeline ??= new TurnPipeline(services.GetServices<Protocol.Turns.IMiddleware>(), services.GetRequiredService<IBot>());
        var key = activity.Conversation?.Id ?? "";
        var stripe = _stripes[(int)((uint)StringComparer.Ordinal.GetHashCode(key) % (uint)_stripes.Length)];
        await stripe.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _pipeline.RunAsync(activity, sink, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            stripe.Release();
        }
    }

    public void Dispose()
    {
        foreach (var stripe in _stripes)
        {
            stripe.Dispose();
        }
    }
}
