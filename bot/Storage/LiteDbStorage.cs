using System.Globalization;
using System.Threading.Channels;
using Bouwmarkt.Bot.Protocol.State;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bouwmarkt.Bot.Storage;

/// <summary><see cref="IStorage"/> in one LiteDB file, with the keys in use kept in memory.</summary>
/// <remarks>
/// <para>LiteDB opens the file for this process alone, so what this store holds in memory is the truth: reads of a
/// cached key and every ETag check are a dictionary lookup under one short lock, and never wait for the disk. A key
/// that is not cached is read from the file once.</para>
/// <para>One writer takes all changed keys into one LiteDB transaction (group commit), each key with only its latest
/// value: a conversation that changed twice before the writer came round is written once. In
/// <see cref="StorageWriteMode.Committed"/> mode a write returns after that commit; in
/// <see cref="StorageWriteMode.Deferred"/> mode (the default) it returns at once and the writer commits within
/// <see cref="StorageOptions.FlushIntervalMilliseconds"/>. Disposing writes everything that is left.</para>
/// <para>A shared server store (several hosts behind one address) cannot keep such a cache; it would check ETags in
/// the database instead, behind the same <see cref="IStorage"/>.</para>
/// </remarks>
public sealed partial class LiteDbStorage : IStorage, IDisposable
{
    internal const string CollectionName = LiteDbStateFile.CollectionName;

    /// <summary>The key prefix of messages residents gave for learning; kept no longer than conversation state.</summary>
    public const string LearningKeyPrefix = "learning/";

    private static readonly IReadOnlyDictionary<string, string> NoETags = new Dictionary<string, string>();
    private static readonly TimeSpan RetryAfterFailure = TimeSpan.FromSeconds(1);

    private readonly LiteDbStateFile _file;
    private readonly StorageOptions _options;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly Dictionary<string, Entry> _cache = new(StringComparer.Ordinal);
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _writer;
    private readonly Task _keyScan;
    private TaskCompletionSource _nextCommit = NewCommit();
    private long _version;
    private long _evictions;
    private HashSet<string>? _storedKeys;
    private Dictionary<string, bool>? _changedDuringScan = new(StringComparer.Ordinal);
    private long _commits;
    private long _documents;
    private bool _disposed;

    /// <summary>Opens (or creates) the file at <paramref name="path"/> with default settings.</summary>
    /// <exception cref="InvalidDataException">The file exists but is not a readable LiteDB database.</exception>
    public LiteDbStorage(string path)
        : this(new StorageOptions { LiteDbPath = path }, NullLogger<LiteDbStorage>.Instance)
    {
    }

    /// <summary>Opens the file named by <paramref name="options"/>.</summary>
    /// <exception cref="InvalidDataException">The file exists but is not a readable LiteDB database.</exception>
    public LiteDbStorage(StorageOptions options, ILogger<LiteDbStorage> logger)
        : this(options, logger, TimeProvider.System)
    {
    }

    /// <summary>Opens the file named by <paramref name="options"/>, with <paramref name="time"/> for change times and retention.</summary>
    public LiteDbStorage(StorageOptions options, ILogger<LiteDbStorage> logger, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(time);
        options.Validate();
        _options = options;
        _logger = logger;
        _time = time;
        _file = new LiteDbStateFile(options.ResolvePath());
        // ETags only need to differ from any earlier one: a start value from the clock plus a counter does that across restarts.
        _version = DateTime.UtcNow.Ticks;
        _writer = Task.Run(WriteLoopAsync);
        _keyScan = Task.Run(LoadStoredKeys);
    }

    /// <summary>The full path of the file.</summary>
    public string FilePath => _file.Path;

    /// <summary>True once the list of stored keys is loaded, so new keys no longer cost a read of the file.</summary>
    public bool KnowsStoredKeys
    {
        get
        {
            lock (_gate)
            {
                return _storedKeys is not null;
            }
        }
    }

    /// <summary>Commits made and documents written so far: what the load figures and tests compare with turns.</summary>
    public (long Commits, long Documents) Written
    {
        get
        {
            lock (_gate)
            {
                return (_commits, _documents);
            }
        }
    }

    /// <summary>The keys that start with <paramref name="prefix"/>, ordered, with changes not yet in the file.</summary>
    /// <remarks>For exports, not for a turn's path: it reads the file.</remarks>
    public IReadOnlyList<string> KeysStartingWith(string prefix)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        var keys = _file.KeysStartingWith(prefix).ToHashSet(StringComparer.Ordinal);
        lock (_gate)
        {
            ThrowIfDisposed();
            foreach (var (key, entry) in _cache)
            {
                if (key.StartsWith(prefix, StringComparison.Ordinal))
                {
                    _ = entry.Json is null ? keys.Remove(key) : keys.Add(key);
                }
            }
        }

        return [.. keys.Order(StringComparer.Ordinal)];
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        cancellationToken.ThrowIfCancellationRequested();
        foreach (var key in keys)
        {
            ArgumentException.ThrowIfNullOrEmpty(key);
        }

        EnsureCached(keys);
        var found = new Dictionary<string, StoreItem>(keys.Count, StringComparer.Ordinal);
        lock (_gate)
        {
            foreach (var key in keys)
            {
                // Evicted between EnsureCached and here only if it was clean: the file has the same value then.
                var entry = _cache.TryGetValue(key, out var cached) ? cached : Load(key);
                if (entry.Json is not null)
                {
                    found[key] = new StoreItem(entry.Json, entry.ETag);
                }
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, StoreItem>>(found);
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        cancellationToken.ThrowIfCancellationRequested();
        foreach (var (key, change) in changes)
        {
            ArgumentException.ThrowIfNullOrEmpty(key);
            ArgumentNullException.ThrowIfNull(change);
            if (change.Json is null)
            {
                throw new ArgumentException($"The JSON of '{key}' is null.", nameof(changes));
            }
        }

        if (changes.Count == 0)
        {
            return Task.FromResult(NoETags);
        }

        EnsureCached([.. changes.Where(c => c.Value.ETag != StoreItem.AnyETag).Select(c => c.Key)]);
        var etags = new Dictionary<string, string>(changes.Count, StringComparer.Ordinal);
        Task committed;
        lock (_gate)
        {
            ThrowIfDisposed();
            // Check every condition before changing anything: a conflict leaves all of this call's keys as they were.
            foreach (var (key, change) in changes)
            {
                if (change.ETag == StoreItem.AnyETag)
                {
                    continue;
                }

                var current = (_cache.TryGetValue(key, out var entry) ? entry : Load(key)).ETag;
                if (change.ETag is null ? current is not null : current != change.ETag)
                {
                    throw new StorageConflictException(key);
                }
            }

            foreach (var (key, change) in changes)
            {
                var etag = (++_version).ToString(CultureInfo.InvariantCulture);
                Set(key, change.Json, etag);
                etags[key] = etag;
            }

            committed = _nextCommit.Task;
        }

        _wake.Writer.TryWrite(true);
        return _options.WriteMode == StorageWriteMode.Committed ? AfterCommitAsync(committed, etags) : Task.FromResult<IReadOnlyDictionary<string, string>>(etags);
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

        Task committed;
        lock (_gate)
        {
            ThrowIfDisposed();
            foreach (var key in keys)
            {
                Set(key, null, null);
            }

            committed = _nextCommit.Task;
        }

        _wake.Writer.TryWrite(true);
        return _options.WriteMode == StorageWriteMode.Committed ? committed : Task.CompletedTask;
    }

    /// <summary>Writes what is still pending, then closes the file cleanly.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
        }

        _stopping.Cancel();
        _wake.Writer.TryComplete();
        _writer.GetAwaiter().GetResult();
        _keyScan.GetAwaiter().GetResult();
        _file.Dispose();
        _stopping.Dispose();
    }

    private static async Task<IReadOnlyDictionary<string, string>> AfterCommitAsync(Task committed, Dictionary<string, string> etags)
    {
        await committed.ConfigureAwait(false);
        return etags;
    }

    private static TaskCompletionSource NewCommit() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    // Reads the keys that are not in memory from the file, outside the lock so other turns are not held up by the disk.
    private void EnsureCached(IReadOnlyCollection<string> keys)
    {
        List<string>? missing = null;
        long evictions;
        lock (_gate)
        {
            foreach (var key in keys)
            {
                if (_cache.ContainsKey(key))
                {
                    continue;
                }

                if (_storedKeys is { } stored && !stored.Contains(key))
                {
                    // A new conversation or user: known to be absent without asking the file.
                    _cache[key] = new Entry(null, null);
                    continue;
                }

                (missing ??= []).Add(key);
            }

            evictions = _evictions;
        }

        if (missing is null)
        {
            return;
        }

        var loaded = missing.Select(key => (Key: key, Stored: _file.Find(key))).ToList();
        lock (_gate)
        {
            // An eviction meanwhile may mean a newer value was written and dropped after we read: then read again later.
            if (evictions != _evictions)
            {
                return;
            }

            foreach (var (key, stored) in loaded)
            {
                _cache.TryAdd(key, new Entry(stored?.Json, stored?.ETag));
            }
        }
    }

    // Under the lock, for the rare key evicted after EnsureCached: reading the file here is correct, only slower.
    private Entry Load(string key)
    {
        var stored = _file.Find(key);
        var entry = new Entry(stored?.Json, stored?.ETag);
        _cache[key] = entry;
        return entry;
    }

    private void Set(string key, string? json, string? etag)
    {
        if (!_cache.TryGetValue(key, out var entry))
        {
            entry = new Entry(null, null);
            _cache[key] = entry;
        }

        entry.Json = json;
        entry.ETag = etag;
        entry.ChangedAt = _time.GetUtcNow().UtcDateTime;
        entry.Version++;
        entry.Dirty = true;
        _pending.Add(key);
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);

    private async Task WriteLoopAsync()
    {
        var delay = _options.WriteMode == StorageWriteMode.Deferred ? TimeSpan.FromMilliseconds(_options.FlushIntervalMilliseconds) : TimeSpan.Zero;
        while (await _wake.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            _wake.Reader.TryRead(out _);
            if (delay > TimeSpan.Zero && !_stopping.IsCancellationRequested)
            {
                await Task.Delay(delay, _stopping.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }

            if (!Flush())
            {
                await Task.Delay(RetryAfterFailure, _stopping.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                _wake.Writer.TryWrite(true);
            }
        }

        // Stopping: whatever is left goes to the file now, retried a few times before giving up loudly.
        for (var attempt = 0; attempt < 3 && !Flush(); attempt++)
        {
            Thread.Sleep(RetryAfterFailure);
        }
    }

    /// <summary>
    /// Deletes conversation and user state and Direct Line logs untouched for <see cref="StorageOptions.RetentionDays"/>
    /// (privacy: keep no more than needed). Returns how many keys it deleted.
    /// </summary>
    /// <remarks>The file knows when each key last changed; a key changed since in memory is kept.</remarks>
    public int DeleteExpired()
    {
        if (_options.RetentionDays == 0)
        {
            return 0;
        }

        var cutoff = _time.GetUtcNow().UtcDateTime.AddDays(-_options.RetentionDays);
        var candidates = _file.KeysChangedBefore(cutoff).Where(IsPersonalConversationData).ToList();
        var deleted = 0;
        lock (_gate)
        {
            ThrowIfDisposed();
            foreach (var key in candidates)
            {
                if (_cache.TryGetValue(key, out var entry) && (entry.Dirty || entry.ChangedAt >= cutoff))
                {
                    continue;
                }

                Set(key, null, null);
                deleted++;
            }
        }

        if (deleted > 0)
        {
            _wake.Writer.TryWrite(true);
            LogExpired(_logger, deleted, _options.RetentionDays);
        }

        return deleted;
    }

    // What a conversation leaves is kept under ".../conversations/..." (its state, a channel's log) or ".../users/...".
    // Messages residents gave for learning ("learning/...") are what they wrote, so they go after the same time unless
    // staff exported them first. Feedback is anonymous and stays; the store's own keys (such as the Direct Line secret)
    // are not conversation data.
    private static bool IsPersonalConversationData(string key) =>
        key.Contains("/conversations/", StringComparison.Ordinal) || key.Contains("/users/", StringComparison.Ordinal)
        || key.StartsWith(LearningKeyPrefix, StringComparison.Ordinal);

    // Knowing every stored key lets a new conversation's first read skip the file, the costliest read there is.
    // Loaded in the background so start-up does not wait for it; until then, misses are read from the file.
    private void LoadStoredKeys()
    {
        try
        {
            var keys = _file.AllKeys();
            lock (_gate)
            {
                foreach (var (key, exists) in _changedDuringScan!)
                {
                    _ = exists ? keys.Add(key) : keys.Remove(key);
                }

                _changedDuringScan = null;
                _storedKeys = keys;
            }
        }
#pragma warning disable CA1031 // Without the key list the store still works, reading misses from the file.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogKeyScanFailed(_logger, ex.GetType().FullName);
        }
    }

    // One group commit of every pending key; false when the file refused it.
    private bool Flush()
    {
        List<PendingChange> batch;
        TaskCompletionSource commit;
        lock (_gate)
        {
            commit = _nextCommit;
            _nextCommit = NewCommit();
            batch = new List<PendingChange>(_pending.Count);
            foreach (var key in _pending)
            {
                var entry = _cache[key];
                batch.Add(new PendingChange(key, entry.Json, entry.ETag, entry.Version));
            }

            _pending.Clear();
        }

        if (batch.Count == 0)
        {
            commit.TrySetResult();
            return true;
        }

        try
        {
            _file.Write(batch, _time.GetUtcNow().UtcDateTime);
        }
#pragma warning disable CA1031 // The writer must outlive a failing disk; callers learn of it through their task or the log.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogFlushFailed(_logger, batch.Count, ex.GetType().FullName);
            lock (_gate)
            {
                foreach (var change in batch)
                {
                    if (_options.WriteMode == StorageWriteMode.Committed && _cache[change.Key].Version == change.Version)
                    {
                        // The caller is told it failed, so the file's value is the truth again.
                        _cache.Remove(change.Key);
                        _evictions++;
                    }
                    else
                    {
                        _pending.Add(change.Key);
                    }
                }
            }

            commit.TrySetException(new StorageUnavailableException(FilePath, ex));
            return false;
        }

        lock (_gate)
        {
            foreach (var change in batch)
            {
                var entry = _cache[change.Key];
                if (entry.Version == change.Version)
                {
                    entry.Dirty = false;
                }

                if (_storedKeys is { } stored)
                {
                    _ = change.Json is null ? stored.Remove(change.Key) : stored.Add(change.Key);
                }
                else if (_changedDuringScan is { } changed)
                {
                    changed[change.Key] = change.Json is not null;
                }
            }

            _commits++;
            _documents += batch.Count;
            Trim();
        }

        commit.TrySetResult();
        return true;
    }

    // Keeps memory bounded: written (clean) keys can go, their value is in the file.
    private void Trim()
    {
        if (_cache.Count <= _options.MaxCachedItems)
        {
            return;
        }

        var target = _options.MaxCachedItems * 3 / 4;
        foreach (var (key, entry) in _cache)
        {
            if (_cache.Count <= target)
            {
                break;
            }

            if (!entry.Dirty)
            {
                _cache.Remove(key);
            }
        }

        _evictions++;
    }

    [LoggerMessage(EventId = 4101, Level = LogLevel.Error, Message = "Writing {Count} state keys to the LiteDB file failed ({ExceptionType}); the writer retries.")]
    private static partial void LogFlushFailed(ILogger logger, int count, string? exceptionType);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Information, Message = "Deleted {Count} conversation keys untouched for {Days} days.")]
    private static partial void LogExpired(ILogger logger, int count, int days);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Listing the stored state keys failed ({ExceptionType}); new conversations are looked up in the file instead.")]
    private static partial void LogKeyScanFailed(ILogger logger, string? exceptionType);

    private sealed class Entry(string? json, string? etag)
    {
        public string? Json { get; set; } = json;

        public string? ETag { get; set; } = etag;

        public long Version { get; set; }

        public bool Dirty { get; set; }

        /// <summary>When this process last changed the key (null: only read from the file).</summary>
        public DateTime? ChangedAt { get; set; }
    }
}
