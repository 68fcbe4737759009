using System.Collections.Concurrent;

namespace Bouwmarkt.Bot.Channels.WhatsApp;

/// <summary>A time per key, forgotten once it is older than <paramref name="keep"/>: what both the duplicate check and the service window remember.</summary>
/// <remarks>In memory and thread-safe; old keys are pruned every so many additions, so memory follows recent traffic.</remarks>
internal sealed class RecentTimes(TimeProvider time, TimeSpan keep)
{
    private const int PruneEvery = 1024;

    private readonly ConcurrentDictionary<string, DateTimeOffset> _times = new(StringComparer.Ordinal);
    private int _added;

    /// <summary>True when <paramref name="at"/> is less than the kept span ago.</summary>
    public bool IsRecent(DateTimeOffset at) => time.GetUtcNow() - at < keep;

    /// <summary>Adds <paramref name="key"/> at <paramref name="at"/>; false when it is already there.</summary>
    public bool TryAdd(string key, DateTimeOffset at)
    {
        if (!_times.TryAdd(key, at))
        {
            return false;
        }

        Added();
        return true;
    }

    /// <summary>Sets <paramref name="key"/> to <paramref name="at"/> unless it already holds a later time.</summary>
    public void Raise(string key, DateTimeOffset at)
    {
        _times.AddOrUpdate(key, at, (_, known) => known > at ? known : at);
        Added();
    }

    public bool TryGet(string key, out DateTimeOffset at) => _times.TryGetValue(key, out at);

    public void Remove(string key) => _times.TryRemove(key, out _);

    private void Added()
    {
        if (Interlocked.Increment(ref _added) % PruneEvery == 0)
        {
            foreach (var (key, at) in _times)
            {
                if (!IsRecent(at))
                {
                    _times.TryRemove(KeyValuePair.Create(key, at));
                }
            }
        }
    }
}
