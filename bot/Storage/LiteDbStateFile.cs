using LiteDB;

namespace Bouwmarkt.Bot.Storage;

/// <summary>The LiteDB file under <see cref="LiteDbStorage"/>: one document per key with its JSON, ETag and change time.</summary>
/// <remarks>
/// LiteDB's direct mode is thread-safe within one process and opens the file for this process alone, so reads of one
/// key may run beside the one writer. All of a batch's changes land in one transaction: all or nothing.
/// <para>Whole-collection scans (all keys at start-up, the retention query) take turns with the writer: on a fresh file
/// LiteDB 5 could break its engine when a scan read the collection while the first commit was creating it ('page type
/// must be collection page'), after which every write failed. The collection is also created when the file opens.</para>
/// </remarks>
internal sealed class LiteDbStateFile : IDisposable
{
    internal const string CollectionName = "state";
    internal const string JsonField = "json";
    internal const string ETagField = "etag";
    internal const string ModifiedField = "modified";

    private readonly LiteDatabase _database;
    private readonly ILiteCollection<BsonDocument> _items;
    private readonly Lock _scanOrWrite = new();

    /// <exception cref="InvalidDataException">The file exists but is not a readable LiteDB database.</exception>
    public LiteDbStateFile(string path)
    {
        Path = path;
        var folder = System.IO.Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        try
        {
            _database = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct });
            _items = _database.GetCollection(CollectionName, BsonAutoId.ObjectId);
            // Creates the collection (and the index the retention query uses) before any other thread touches it, and
            // touches the file now so a damaged one fails at start-up, not in the middle of a conversation.
            _items.EnsureIndex(ModifiedField);
            _ = _items.FindById(new BsonValue(string.Empty));
        }
        catch (Exception ex) when (ex is LiteException or IOException or InvalidCastException or IndexOutOfRangeException or ArgumentException)
        {
            throw new InvalidDataException($"The state file '{path}' is not a readable LiteDB database: {ex.Message}", ex);
        }
    }

    /// <summary>The full path of the file.</summary>
    public string Path { get; }

    /// <summary>The stored document for <paramref name="key"/>, or null.</summary>
    /// <exception cref="InvalidDataException">The document lacks its JSON text or ETag.</exception>
    public (string Json, string ETag)? Find(string key)
    {
        var document = _items.FindById(new BsonValue(key));
        if (document is null)
        {
            return null;
        }

        var json = document[JsonField];
        var etag = document[ETagField];
        if (!json.IsString || !etag.IsString)
        {
            throw new InvalidDataException(
                $"The stored state '{key}' in '{Path}' has no JSON text or ETag; the file holds unexpected content.");
        }

        return (json.AsString, etag.AsString);
    }

    /// <summary>Every key in the file (the ids only).</summary>
    public HashSet<string> AllKeys()
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        lock (_scanOrWrite)
        {
            using var reader = _database.Execute($"SELECT $._id FROM {CollectionName}");
            while (reader.Read())
            {
                if (reader.Current["_id"] is { IsString: true } id)
                {
                    keys.Add(id.AsString);
                }
            }
        }

        return keys;
    }

    /// <summary>The keys that start with <paramref name="prefix"/>.</summary>
    public List<string> KeysStartingWith(string prefix)
    {
        lock (_scanOrWrite)
        {
            return [.. _items.Find(Query.StartsWith("_id", prefix)).Select(d => d["_id"]).Where(id => id.IsString).Select(id => id.AsString)];
        }
    }

    /// <summary>The keys whose last change was before <paramref name="cutoff"/>.</summary>
    public List<string> KeysChangedBefore(DateTime cutoff)
    {
        lock (_scanOrWrite)
        {
            return [.. _items.Find(Query.LT(ModifiedField, new BsonValue(cutoff))).Select(d => d["_id"]).Where(id => id.IsString).Select(id => id.AsString)];
        }
    }

    /// <summary>Writes the changes in one transaction; a null JSON deletes the key.</summary>
    public void Write(IReadOnlyList<PendingChange> changes, DateTime now)
    {
        lock (_scanOrWrite)
        {
            WriteInTransaction(changes, now);
        }
    }

    private void WriteInTransaction(IReadOnlyList<PendingChange> changes, DateTime now)
    {
        if (!_database.BeginTrans())
        {
            throw new InvalidOperationException("A LiteDB transaction is already open on the writer thread.");
        }

        try
        {
            foreach (var change in changes)
            {
                if (change.Json is null)
                {
                    _items.Delete(new BsonValue(change.Key));
                    continue;
                }

                _items.Upsert(new BsonDocument
                {
                    ["_id"] = change.Key,
                    [JsonField] = change.Json,
                    [ETagField] = change.ETag,
                    [ModifiedField] = now,
                });
            }

            _database.Commit();
        }
        catch
        {
            TryRollback();
            throw;
        }
    }

    /// <summary>Closes the file cleanly (a checkpoint moves the log into the data pages).</summary>
    public void Dispose() => _database.Dispose();

    private void TryRollback()
    {
        try
        {
            _database.Rollback();
        }
        catch (LiteException)
        {
            // The original failure is what the caller needs to see.
        }
    }
}

/// <summary>One key's latest value waiting to be written (null JSON: delete), with the version it had when taken.</summary>
internal readonly record struct PendingChange(string Key, string? Json, string? ETag, long Version);
