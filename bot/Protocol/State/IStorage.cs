namespace Bouwmarkt.Bot.Protocol.State;

/// <summary>Key-value storage of JSON documents with optimistic concurrency, as Bot Builder's <c>IStorage</c>.</summary>
/// <remarks>
/// Narrow on purpose: a LiteDB file today, a shared server store (PostgreSQL) later, behind the same three calls.
/// ETag rules on write: <c>"*"</c> writes unconditionally; <c>null</c> writes only if the key does not exist yet;
/// any other value writes only if it equals the stored ETag. A failed condition throws <see cref="StorageConflictException"/>
/// and writes none of the changes of that call.
/// </remarks>
public interface IStorage
{
    /// <summary>Reads the given keys; missing keys are absent from the result.</summary>
    Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>Writes the changes and returns each key's new ETag.</summary>
    Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken);

    /// <summary>Deletes the keys; missing keys are ignored.</summary>
    Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);
}
