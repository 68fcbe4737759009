using System.Collections.Concurrent;
using Bouwmarkt.Bot.Protocol.State;

namespace Bouwmarkt.Bot.Tests.Support;

/// <summary>In-memory <see cref="IStorage"/> for unit tests only; the host always uses LiteDB.</summary>
/// <remarks>Thread-safe; one lock keeps a multi-key write all-or-nothing, as the contract asks.</remarks>
public sealed class MemoryStorage : IStorage
{
    private readonly ConcurrentDictionary<string, StoreItem> _items = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _version;

    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (_items.TryGetValue(key, out var item))
            {
                found[key] = item;
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, StoreItem>>(found);
    }

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            foreach (var (key, change) in changes)
            {
                _items.TryGetValue(key, out var stored);
                var ok = change.ETag switch
                {
                    StoreItem.AnyETag => true,
                    null => stored is null,
                    var etag => stored?.ETag == etag,
                };
                if (!ok)
                {
                    throw new StorageConflictException(key);
                }
            }

            var etags = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (key, change) in changes)
            {
                var etag = (++_version).ToString(System.Globalization.CultureInfo.InvariantCulture);
                _items[key] = change with { ETag = etag };
                etags[key] = etag;
            }

            return Task.FromResult<IReadOnlyDictionary<string, string>>(etags);
        }
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            foreach (var key in keys)
            {
                _items.TryRemove(key, out _);
            }
        }

        return Task.CompletedTask;
    }
}
