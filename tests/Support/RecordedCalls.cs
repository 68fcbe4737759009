using System.Collections.Concurrent;

namespace Bouwmarkt.Bot.Tests.Support;

/// <summary>What a loopback peer received, in arrival order, and a way to wait for it.</summary>
public sealed class RecordedCalls<T> : IDisposable
{
    private readonly ConcurrentQueue<T> _calls = new();
    private readonly SemaphoreSlim _arrived = new(0);

    /// <summary>Every call so far, in arrival order.</summary>
    public IReadOnlyList<T> All => [.. _calls];

    public void Add(T call)
    {
        _calls.Enqueue(call);
        _arrived.Release();
    }

    /// <summary>Wakes the waiters without a new call (something else they report on changed).</summary>
    public void Nudge() => _arrived.Release();

    /// <summary>Waits until at least <paramref name="count"/> calls match <paramref name="match"/>; returns them.</summary>
    /// <param name="count">How many matching calls to wait for.</param>
    /// <param name="match">Which calls count; null counts every call.</param>
    /// <param name="timeout">How long to wait.</param>
    /// <param name="timedOut">The message of the <see cref="TimeoutException"/>, given how many matched.</param>
    public async Task<IReadOnlyList<T>> WaitForAsync(int count, Func<T, bool>? match, TimeSpan timeout, Func<int, string> timedOut)
    {
        ArgumentNullException.ThrowIfNull(timedOut);
        match ??= _ => true;
        using var cts = new CancellationTokenSource(timeout);
        while (true)
        {
            var matching = _calls.Where(match).ToList();
            if (matching.Count >= count)
            {
                return matching;
            }

            try
            {
                await _arrived.WaitAsync(cts.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException(timedOut(matching.Count));
            }
        }
    }

    public void Dispose() => _arrived.Dispose();
}
