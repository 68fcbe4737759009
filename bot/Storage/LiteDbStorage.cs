using System.Globalization;
using System.Threading.Channels;
using Bouwmarkt.Bot.Protocol.State;
using LiteDB;

namespace Bouwmarkt.Bot.Storage;

/// <summary><see cref="IStorage"/> in one LiteDB file: each key a document holding the JSON, its ETag and when it changed.</summary>
/// <remarks>
/// The database is opened once and shared by all turns (LiteDB's direct mode is thread-safe within one process).
/// Reads run in parallel. Writes and deletes go through one writer (group commit), because the ETag check and the
/// write must be atomic and LiteDB does not lock a document between a read and a write; a single file has one writer
/// anyway. A call's changes all land in the same committed transaction, so a multi-key write is all-or-nothing.
/// </remarks>
public sealed class LiteDbStorage : IStorage, IDisposable
{
    internal const string CollectionName = "state";
    internal const string JsonField = "json";
    internal const string ETagField = "etag";
    internal const string ModifiedField = "modified";

    private readonly LiteDatabase _database;
    private readonly ILiteCollection<BsonDocument> _items;
    private const int MaxBatch = 256;
    private static readonly IReadOnlyDictionary<string, string> EmptyETags = new Dictionary<string, string>();
    private readonly Channel<WriteRequest> _queue = Channel.CreateUnbounded<WriteRequest>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;
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
        _writer = Task.Run(WriteLoopAsync);
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
        if (changes.Count == 0)
        {
            return Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>(StringComparer.Ordinal));
        }

        // Validate here, so a bad call fails alone and never spoils the batch it would have joined.
        foreach (var (key, change) in changes)
        {
            ArgumentException.ThrowIfNullOrEmpty(key);
            ArgumentNullException.ThrowIfNull(change);
            if (change.Json is null)
            {
                throw new ArgumentException($"The JSON of '{key}' is null.", nameof(changes));
            }
        }

        var request = new WriteRequest(changes, null);
        Enqueue(request);
        return request.Done.Task;
    }

    /// <inheritdoc />
    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        cancellationToken.ThrowIfCancellationRequested();
        foreach (var key in keys)
        {
            ArgumentException.ThrowIfNullOrEmpty(key);
        }

        if (keys.Count == 0)
        {
            return Task.CompletedTask;
        }

        var request = new WriteRequest(null, keys);
        Enqueue(request);
        return request.Done.Task;
    }

    private void Enqueue(WriteRequest request)
    {
        if (!_queue.Writer.TryWrite(request))
        {
            throw new ObjectDisposedException(nameof(LiteDbStorage));
        }
    }

    // Group commit: one writer drains every waiting request into one LiteDB transaction. A commit costs the same for
    // one document or fifty, so under load this multiplies write throughput. Durability is unchanged: no caller's task
    // completes before the transaction holding its change is committed.
    private async Task WriteLoopAsync()
    {
        var batch = new List<WriteRequest>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var request))
            {
                batch.Add(request);
            }

            WriteBatch(batch);
            batch.Clear();
        }
    }

    private void WriteBatch(List<WriteRequest> batch)
    {
        // The ETag each key has after the requests before it in this batch (null: deleted).
        var written = new Dictionary<string, string?>(StringComparer.Ordinal);
        var results = new object?[batch.Count];
        try
        {
            if (!_database.BeginTrans())
            {
                throw new InvalidOperationException("A LiteDB transaction is already open on the writer thread.");
            }

            var now = DateTime.UtcNow;
            for (var i = 0; i < batch.Count; i++)
            {
                results[i] = batch[i].Changes is { } changes ? Apply(changes, written, now) : Delete(batch[i].Keys!, written);
            }

            _database.Commit();
        }
        catch (Exception ex)
        {
            TryRollback();
            foreach (var request in batch)
            {
                request.Done.TrySetException(ex);
            }

            return;
        }

        for (var i = 0; i < batch.Count; i++)
        {
            _ = results[i] switch
            {
                StorageConflictException conflict => batch[i].Done.TrySetException(conflict),
                IReadOnlyDictionary<string, string> etags => batch[i].Done.TrySetResult(etags),
                _ => batch[i].Done.TrySetResult(EmptyETags),
            };
        }
    }

    private object Apply(IReadOnlyDictionary<string, StoreItem> changes, Dictionary<string, string?> written, DateTime now)
    {
        // Check every condition before writing anything: a conflict leaves this request's keys untouched.
        foreach (var (key, change) in changes)
        {
            if (change.ETag == StoreItem.AnyETag)
            {
                continue;
            }

            var current = written.TryGetValue(key, out var etag)
                ? etag
                : _items.FindById(new BsonValue(key)) is { } stored ? StoredETag(key, stored) : null;
            var ok = change.ETag is null ? current is null : current == change.ETag;
            if (!ok)
            {
                return new StorageConflictException(key);
            }
        }

        var etags = new Dictionary<string, string>(changes.Count, StringComparer.Ordinal);
        foreach (var (key, change) in changes)
        {
            var etag = (++_version).ToString(CultureInfo.InvariantCulture);
            _items.Upsert(new BsonDocument
            {
                ["_id"] = key,
                [JsonField] = change.Json,
                [ETagField] = etag,
                [ModifiedField] = now,
            });
            etags[key] = etag;
            written[key] = etag;
        }

        return etags;
    }

    private object Delete(IReadOnlyCollection<string> keys, Dictionary<string, string?> written)
    {
        foreach (var key in keys)
        {
            _items.Delete(new BsonValue(key));
            written[key] = null;
        }

        return EmptyETags;
    }

    private void TryRollback()
    {
        try
        {
            _database.Rollback();
        }
        catch (LiteException)
        {
            // The original failure is what the callers need to see.
        }
    }

    /// <summary>Closes the file cleanly (a checkpoint moves the log into the data pages).</summary>
    public void Dispose()
    {
        if (_queue.Writer.TryComplete())
        {
            _writer.GetAwaiter().GetResult();
            _database.Dispose();
        }
    }

    private sealed record WriteRequest(IReadOnlyDictionary<string, StoreItem>? Changes, IReadOnlyCollection<string>? Keys)
    {
        public TaskCompletionSource<IReadOnlyDictionary<string, string>> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

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
