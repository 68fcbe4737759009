using System.Globalization;
using Bouwmarkt.Bot.Protocol.State;
using LiteDB;

namespace Bouwmarkt.Bot.Storage;

/// <summary><see cref="IStorage"/> in one LiteDB file: each key a document holding the JSON, its ETag and when it changed.</summary>
/// <remarks>
/// The database is opened once and shared by all turns (LiteDB's direct mode is thread-safe within one process).
/// Reads run in parallel. Writes are serialised by one lock, because the ETag check and the write must be atomic and
/// LiteDB does not lock a document between a read and a write in a transaction; a single file has one writer anyway.
/// A multi-key write runs in one LiteDB transaction, so it lands completely or not at all.
/// </remarks>
public sealed class LiteDbStorage : IStorage, IDisposable
{
    internal const string CollectionName = "state";
    internal const string JsonField = "json";
    internal const string ETagField = "etag";
    internal const string ModifiedField = "modified";

    private readonly LiteDatabase _database;
    private readonly ILiteCollection<BsonDocument> _items;
    private readonly Lock _writeGate = new();
    private readonly string _path;
    private long _version;

    /// <summary>Opens (or creates) the file at <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">The file exists but is not a readable LiteDB database.</exception>
    public LiteDbStorage(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        _path = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(_path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        try
        {
            _database = new LiteDatabase(new ConnectionString { Filename = _path, Connection = ConnectionType.Direct });
            _items = _database.GetCollection(CollectionName, BsonAutoId.ObjectId);
            // Touch the file now so a damaged one fails at start-up, not in the middle of a conversation.
            _ = _items.FindById(new BsonValue(string.Empty));
        }
        catch (Exception ex) when (ex is LiteException or IOException or InvalidCastException or IndexOutOfRangeException or ArgumentException)
        {
            throw new InvalidDataException($"The state file '{_path}' is not a readable LiteDB database: {ex.Message}", ex);
        }

        // ETags only need to differ from any earlier one: a start value from the clock plus a counter does that across restarts.
        _version = DateTime.UtcNow.Ticks;
    }

    /// <summary>Opens the file named by <paramref name="options"/>.</summary>
    public LiteDbStorage(StorageOptions options)
        : this((options ?? throw new ArgumentNullException(nameof(options))).ResolvePath())
    {
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        cancellationToken.ThrowIfCancellationRequested();
        var found = new Dictionary<string, StoreItem>(keys.Count, StringComparer.Ordinal);
        foreach (var key in keys)
        {
            ArgumentException.ThrowIfNullOrEmpty(key);
            var document = _items.FindById(new BsonValue(key));
            if (document is not null)
            {
                found[key] = ToItem(key, document);
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, StoreItem>>(found);
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        cancellationToken.ThrowIfCancellationRequested();
        var etags = new Dictionary<string, string>(changes.Count, StringComparer.Ordinal);
        if (changes.Count == 0)
        {
            return Task.FromResult<IReadOnlyDictionary<string, string>>(etags);
        }

        lock (_writeGate)
        {
            // Check every condition before writing anything: a conflict leaves the file untouched.
            foreach (var (key, change) in changes)
            {
                ArgumentException.ThrowIfNullOrEmpty(key);
                ArgumentNullException.ThrowIfNull(change);
                if (change.ETag == StoreItem.AnyETag)
                {
                    continue;
                }

                var stored = _items.FindById(new BsonValue(key));
                var ok = change.ETag is null ? stored is null : stored is not null && StoredETag(key, stored) == change.ETag;
                if (!ok)
                {
                    throw new StorageConflictException(key);
                }
            }

            var now = DateTime.UtcNow;
            var single = changes.Count == 1;
            if (!single && !_database.BeginTrans())
            {
                throw new InvalidOperationException("A LiteDB transaction is already open on this thread.");
            }

            try
            {
                foreach (var (key, change) in changes)
                {
                    var etag = (++_version).ToString(CultureInfo.InvariantCulture);
                    _items.Upsert(new BsonDocument
                    {
                        ["_id"] = key,
                        [JsonField] = change.Json ?? throw new ArgumentException($"The JSON of '{key}' is null.", nameof(changes)),
                        [ETagField] = etag,
                        [ModifiedField] = now,
                    });
                    etags[key] = etag;
                }

                if (!single)
                {
                    _database.Commit();
                }
            }
            catch
            {
                if (!single)
                {
                    _database.Rollback();
                }

                throw;
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, string>>(etags);
    }

    /// <inheritdoc />
    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_writeGate)
        {
            foreach (var key in keys)
            {
                ArgumentException.ThrowIfNullOrEmpty(key);
                _items.Delete(new BsonValue(key));
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Closes the file cleanly (a checkpoint moves the log into the data pages).</summary>
    public void Dispose() => _database.Dispose();

    private StoreItem ToItem(string key, BsonDocument document)
    {
        var json = document[JsonField];
        if (!json.IsString)
        {
            throw new InvalidDataException($"The stored state '{key}' in '{_path}' has no JSON text; the file holds unexpected content.");
        }

        return new StoreItem(json.AsString, StoredETag(key, document));
    }

    private string StoredETag(string key, BsonDocument document)
    {
        var etag = document[ETagField];
        return etag.IsString
            ? etag.AsString
            : throw new InvalidDataException($"The stored state '{key}' in '{_path}' has no ETag; the file holds unexpected content.");
    }
}
