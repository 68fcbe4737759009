using System.Threading.Channels;
using Bouwmarkt.Bot.BotFramework.Turns;
using Microsoft.Extensions.Options;

namespace Bouwmarkt.Bot.Channels.WhatsApp;

/// <summary>Runs received messages as turns after the webhook has answered, so Meta gets its 200 at once.</summary>
/// <remarks>
/// <para>Messages go into one of <see cref="WhatsAppOptions.ConcurrentTurns"/> lanes chosen by user, each with one
/// worker: one user's messages run in arrival order, different users in parallel. A full lane refuses, the webhook
/// answers 503, and Meta delivers the notification again later.</para>
/// <para>On shutdown the lanes stop taking messages and the workers finish what is queued, until the host's shutdown
/// timeout cancels the turns still running. Thread-safe.</para>
/// </remarks>
internal sealed class WhatsAppTurnQueue : IHostedService, IDisposable
{
    private readonly Channel<WhatsAppInboundTurn>[] _lanes;
    private readonly TurnRunner _runner;
    private readonly WhatsAppMessageBuilder _builder;
    private readonly WhatsAppGraphClient _graph;
    private readonly WhatsAppServiceWindow _window;
    private readonly ILogger<WhatsAppTurnQueue> _logger;
    private readonly CancellationTokenSource _stopping = new();
    private readonly bool _enabled;
    private Task[] _workers = [];

    public WhatsAppTurnQueue(
        TurnRunner runner,
        WhatsAppMessageBuilder builder,
        WhatsAppGraphClient graph,
        WhatsAppServiceWindow window,
        IOptions<WhatsAppOptions> options,
        ILogger<WhatsAppTurnQueue> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        _lanes = [.. Enumerable.Range(0, settings.ConcurrentTurns).Select(_ => Channel.CreateBounded<WhatsAppInboundTurn>(
            new BoundedChannelOptions(settings.QueueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait }))];
        _runner = runner;
        _builder = builder;
        _graph = graph;
        _window = window;
        _logger = logger;
        _enabled = settings.IsConfigured;
    }

    /// <summary>Queues <paramref name="turn"/>; false when its lane is full or the host is stopping.</summary>
    public bool TryEnqueue(WhatsAppInboundTurn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        // string.GetHashCode is stable within the process, which is all a lane needs.
        var lane = (int)((uint)StringComparer.Ordinal.GetHashCode(turn.UserKey) % (uint)_lanes.Length);
        return _lanes[lane].Writer.TryWrite(turn);
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!_enabled)
        {
            // The channel is off: no endpoint can queue anything.
            return Task.CompletedTask;
        }

        _workers = [.. _lanes.Select(lane => Task.Run(() => WorkAsync(lane.Reader), CancellationToken.None))];
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        foreach (var lane in _lanes)
        {
            lane.Writer.TryComplete();
        }

        try
        {
            await Task.WhenAll(_workers).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            WhatsAppLog.StoppedWithWaiting(_logger, _lanes.Sum(l => l.Reader.Count));
            await _stopping.CancelAsync().ConfigureAwait(false);
        }
    }

    public void Dispose() => _stopping.Dispose();

    private async Task WorkAsync(ChannelReader<WhatsAppInboundTurn> reader)
    {
        await foreach (var turn in reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
        {
            await RunAsync(turn).ConfigureAwait(false);
        }
    }

    private async Task RunAsync(WhatsAppInboundTurn turn)
    {
        var sink = new WhatsAppReplySink(turn.Phone, turn.UserKey, _builder, _graph, _window, _logger);
        try
        {
            await _runner.RunAsync(turn.Activity, sink, _stopping.Token).ConfigureAwait(false);
        }
        catch (ConversationBusyException)
        {
            WhatsAppLog.Busy(_logger);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // The host stops; the turn was logged as canceled by the pipeline.
        }
#pragma warning disable CA1031 // One user's failed turn (storage, say) must not stop the lane for the others.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            WhatsAppLog.TurnFailed(_logger, exception.GetType().FullName);
        }
    }
}
