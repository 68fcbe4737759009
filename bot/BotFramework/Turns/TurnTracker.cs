namespace Bouwmarkt.Bot.BotFramework.Turns;

/// <summary>Counts turns in flight so that shutdown can wait for them to finish.</summary>
/// <remarks>Thread-safe. Channels that run turns in the background get this for free through <see cref="TurnRunner"/>.</remarks>
public sealed class TurnTracker
{
    private readonly Lock _gate = new();
    private int _running;
    private TaskCompletionSource? _idle;

    /// <summary>Turns running right now.</summary>
    public int Running => Volatile.Read(ref _running);

    /// <summary>Marks a turn as started; dispose the result when it ends.</summary>
    public Scope Begin()
    {
        lock (_gate)
        {
            _running++;
        }

        return new Scope(this);
    }

    /// <summary>Completes when no turn runs, or throws when <paramref name="cancellationToken"/> fires first.</summary>
    public Task WhenIdleAsync(CancellationToken cancellationToken)
    {
        Task idle;
        lock (_gate)
        {
            if (_running == 0)
            {
                return Task.CompletedTask;
            }

            _idle ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            idle = _idle.Task;
        }

        return idle.WaitAsync(cancellationToken);
    }

    private void End()
    {
        TaskCompletionSource? idle = null;
        lock (_gate)
        {
            if (--_running == 0)
            {
                idle = _idle;
                _idle = null;
            }
        }

        idle?.TrySetResult();
    }

    /// <summary>One running turn.</summary>
    public readonly struct Scope : IDisposable
    {
        private readonly TurnTracker? _owner;

        internal Scope(TurnTracker owner) => _owner = owner;

        public void Dispose() => _owner?.End();
    }
}
