namespace Bouwmarkt.Bot.BotFramework.Turns;

/// <summary>A keyed async lock: one turn at a time per conversation, in arrival order.</summary>
/// <remarks>
/// Thread-safe. An entry exists only while a turn holds or waits for it, so idle conversations cost nothing.
/// The queue per key is bounded: a flood on one conversation is refused instead of growing memory.
/// </remarks>
public sealed class ConversationLocks
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly int _maxWaiting;

    public ConversationLocks(int maxWaiting)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxWaiting);
        _maxWaiting = maxWaiting;
    }

    /// <summary>Keys with a running or waiting turn (for tests and diagnostics).</summary>
    public int ActiveKeys
    {
        get
        {
            lock (_entries)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>Waits for the lock of <paramref name="key"/>; dispose the result to release it.</summary>
    /// <exception cref="ConversationBusyException">More than the allowed number of turns already wait.</exception>
    public async ValueTask<Releaser> AcquireAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        Entry entry;
        lock (_entries)
        {
            if (!_entries.TryGetValue(key, out entry!))
            {
                entry = new Entry();
                _entries.Add(key, entry);
            }
            else if (entry.Users > _maxWaiting)
            {
                throw new ConversationBusyException();
            }

            entry.Users++;
        }

        try
        {
            await entry.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            Leave(key, entry);
            throw;
        }

        return new Releaser(this, key, entry);
    }

    private void Leave(string key, Entry entry)
    {
        lock (_entries)
        {
            if (--entry.Users == 0)
            {
                _entries.Remove(key);
            }
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        // Guarded by the dictionary's lock.
        public int Users { get; set; }
    }

    /// <summary>Releases the lock once.</summary>
    public readonly struct Releaser : IDisposable
    {
        private readonly ConversationLocks? _owner;
        private readonly string? _key;
        private readonly Entry? _entry;

        internal Releaser(ConversationLocks owner, string key, object entry)
        {
            _owner = owner;
            _key = key;
            _entry = (Entry)entry;
        }

        public void Dispose()
        {
            if (_owner is null)
            {
                return;
            }

            _entry!.Gate.Release();
            _owner.Leave(_key!, _entry);
        }
    }
}
