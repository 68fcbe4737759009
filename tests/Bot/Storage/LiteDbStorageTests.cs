using Bouwmarkt.Bot.Protocol.State;
using Bouwmarkt.Bot.Storage;
using LiteDB;

namespace Bouwmarkt.Bot.Tests.Bot.Storage;

/// <summary>The storage contract on a real LiteDB temp file, plus what only a file can do.</summary>
public sealed class LiteDbStorageTests : StorageContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("bouwmarkt-storage-").FullName;
    private readonly List<LiteDbStorage> _opened = [];

    private string DbPath => Path.Combine(_folder, "bot.db");

    protected override IStorage CreateStorage() => Open();

    private LiteDbStorage Open(StorageOptions? options = null)
    {
        options ??= new StorageOptions();
        options.LiteDbPath = DbPath;
        var storage = new LiteDbStorage(options, Microsoft.Extensions.Logging.Abstractions.NullLogger<LiteDbStorage>.Instance);
        _opened.Add(storage);
        return storage;
    }

    private LiteDbStorage OpenWithClock(TimeProvider clock)
    {
        var storage = new LiteDbStorage(new StorageOptions { LiteDbPath = DbPath, FlushIntervalMilliseconds = 0 }, Microsoft.Extensions.Logging.Abstractions.NullLogger<LiteDbStorage>.Instance, clock);
        _opened.Add(storage);
        return storage;
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }

        Assert.True(condition(), "The writer did not commit in time.");
    }

    [Fact]
    public async Task Data_SurvivesClosingAndReopeningTheFile()
    {
        var storage = Open();
        var etags = await WriteAsync(storage, "test/users/u1", """{"name":"x"}""", null);
        storage.Dispose();

        var reopened = Open();
        var result = await ReadAsync(reopened, "test/users/u1");

        Assert.Equal("""{"name":"x"}""", result["test/users/u1"].Json);
        Assert.Equal(etags["test/users/u1"], result["test/users/u1"].ETag);
    }

    [Fact]
    public async Task WriteAsync_AfterReopen_GivesETagsThatDifferFromEarlierOnes()
    {
        var storage = Open();
        var first = await WriteAsync(storage, "a", "1", null);
        storage.Dispose();

        var reopened = Open();
        var second = await WriteAsync(reopened, "b", "1", null);

        Assert.NotEqual(first["a"], second["b"]);
    }

    [Fact]
    public async Task WriteAsync_ConcurrentWritesWithOneConflict_OnlyTheConflictingCallFails()
    {
        var storage = Open();
        var stale = await WriteAsync(storage, "stale", "1", null);
        await WriteAsync(storage, "stale", "2", stale["stale"]);
        var writes = Enumerable.Range(0, 40)
            .Select(i => Task.Run(() => WriteAsync(storage, $"k{i}", "1", null)))
            .Append(Task.Run(() => WriteAsync(storage, "stale", "3", stale["stale"])))
            .ToArray();

        await Assert.ThrowsAnyAsync<Exception>(() => Task.WhenAll(writes));

        Assert.Equal(1, writes.Count(w => w.IsFaulted));
        Assert.IsType<StorageConflictException>(writes[^1].Exception!.InnerException);
        Assert.Equal(41, (await storage.ReadAsync([.. Enumerable.Range(0, 40).Select(i => $"k{i}"), "stale"], CancellationToken.None)).Count);
        Assert.Equal("2", (await ReadAsync(storage, "stale"))["stale"].Json);
    }

    [Fact]
    public async Task WriteAsync_Deferred_ReturnsBeforeTheCommitAndTheCommitFollows()
    {
        var storage = Open(new StorageOptions { FlushIntervalMilliseconds = 200 });

        await WriteAsync(storage, "k", "1", null);
        var atReturn = storage.Written.Documents;
        var read = await ReadAsync(storage, "k");
        await WaitUntilAsync(() => storage.Written.Documents == 1);

        Assert.Equal(0, atReturn);
        Assert.Equal("1", read["k"].Json);
    }

    [Fact]
    public async Task WriteAsync_SameKeyManyTimesWithinOneInterval_WritesItOnceWithTheLastValue()
    {
        var storage = Open(new StorageOptions { FlushIntervalMilliseconds = 300 });
        string? etag = null;
        for (var i = 1; i <= 50; i++)
        {
            etag = (await WriteAsync(storage, "k", i.ToString(System.Globalization.CultureInfo.InvariantCulture), etag))["k"];
        }

        storage.Dispose();
        var reopened = Open();

        Assert.Equal(1, storage.Written.Documents);
        Assert.Equal("50", (await ReadAsync(reopened, "k"))["k"].Json);
    }

    [Fact]
    public async Task Dispose_WritesEverythingStillPending()
    {
        var storage = Open(new StorageOptions { FlushIntervalMilliseconds = 10_000 });
        await WriteAsync(storage, "a", "1", null);
        await storage.DeleteAsync(["gone"], CancellationToken.None);

        storage.Dispose();
        var reopened = Open();

        Assert.Equal("1", (await ReadAsync(reopened, "a"))["a"].Json);
    }

    [Fact]
    public async Task ReadAsync_KeysBeyondTheCacheLimit_AreReadBackFromTheFile()
    {
        var storage = Open(new StorageOptions { FlushIntervalMilliseconds = 0, MaxCachedItems = 8 });
        var etags = new Dictionary<string, string>();
        for (var i = 0; i < 40; i++)
        {
            etags[$"k{i}"] = (await WriteAsync(storage, $"k{i}", $"{i}", null))[$"k{i}"];
        }

        await WaitUntilAsync(() => storage.Written.Documents == 40);
        var all = await storage.ReadAsync([.. etags.Keys], CancellationToken.None);

        Assert.All(etags, kv => Assert.Equal(kv.Value, all[kv.Key].ETag));
        await Assert.ThrowsAsync<StorageConflictException>(() => WriteAsync(storage, "k0", "x", "stale"));
        await Assert.ThrowsAsync<StorageConflictException>(() => WriteAsync(storage, "k1", "x", null));
    }

    [Fact]
    public async Task ReadAsync_AfterReopen_FindsKeysWrittenBeforeAndMissesOthers()
    {
        var storage = Open();
        await WriteAsync(storage, "old", "1", null);
        storage.Dispose();
        var reopened = Open();
        await WaitUntilAsync(() => reopened.KnowsStoredKeys);

        var result = await reopened.ReadAsync(["old", "new"], CancellationToken.None);

        Assert.Equal("1", result["old"].Json);
        Assert.False(result.ContainsKey("new"));
        await Assert.ThrowsAsync<StorageConflictException>(() => WriteAsync(reopened, "old", "2", null));
    }

    [Fact]
    public async Task DeleteExpired_DeletesOldConversationDataAndMessagesGivenForLearningAndKeepsTheRest()
    {
        var clock = new Bouwmarkt.Bot.Tests.Bot.Channels.DirectLine.ManualTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var storage = OpenWithClock(clock);
        foreach (var key in new[] { "emulator/conversations/old", "emulator/users/old", "directline-log/conversations/old", "learning/2026-01-01/x", "feedback/2026-01-01/x", "directline/secret", "emulator/conversations/resumed" })
        {
            await WriteAsync(storage, key, "{}", null);
        }

        await WaitUntilAsync(() => storage.Written.Documents == 7);
        clock.Advance(TimeSpan.FromDays(31));
        await WriteAsync(storage, "emulator/conversations/resumed", "{\"step\":2}", "*");
        await WriteAsync(storage, "emulator/conversations/new", "{}", null);

        var deleted = storage.DeleteExpired();
        storage.Dispose();
        var left = await Open().ReadAsync(
            ["emulator/conversations/old", "emulator/users/old", "directline-log/conversations/old", "learning/2026-01-01/x", "feedback/2026-01-01/x", "directline/secret", "emulator/conversations/resumed", "emulator/conversations/new"],
            CancellationToken.None);

        Assert.Equal(4, deleted);
        Assert.Equal(["directline/secret", "emulator/conversations/new", "emulator/conversations/resumed", "feedback/2026-01-01/x"], left.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task KeysStartingWith_SeesWritesAndDeletesBeforeAndAfterTheyReachTheFile()
    {
        var storage = Open();
        await WriteAsync(storage, "learning/2026-11-30/a", "{}", null);
        await WriteAsync(storage, "learning/2026-11-30/b", "{}", null);
        await WriteAsync(storage, "feedback/2026-11-30/c", "{}", null);
        await WaitUntilAsync(() => storage.Written.Documents == 3);
        await WriteAsync(storage, "learning/2026-11-30/d", "{}", null);
        await storage.DeleteAsync(["learning/2026-11-30/a"], CancellationToken.None);

        var keys = storage.KeysStartingWith("learning/");

        Assert.Equal(["learning/2026-11-30/b", "learning/2026-11-30/d"], keys);
    }

    [Fact]
    public void StorageOptions_NegativeFlushInterval_IsAClearError()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Open(new StorageOptions { FlushIntervalMilliseconds = -1 }));

        Assert.Contains("FlushIntervalMilliseconds", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_DocumentWithoutJson_ThrowsClearError()
    {
        using (var db = new LiteDatabase(DbPath))
        {
            db.GetCollection(LiteDbStorage.CollectionName).Insert(new BsonDocument { ["_id"] = "k", ["json"] = 42, ["etag"] = "1" });
        }

        var storage = Open();

        var ex = await Assert.ThrowsAsync<InvalidDataException>(() => ReadAsync(storage, "k"));
        Assert.Contains("'k'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_FileThatIsNotLiteDb_ThrowsClearError()
    {
        File.WriteAllBytes(DbPath, System.Text.Encoding.UTF8.GetBytes(new string('x', 20_000)));

        var ex = Assert.Throws<InvalidDataException>(() => new LiteDbStorage(DbPath));

        Assert.Contains(DbPath, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StorageOptions_EmptyPath_DefaultsToDataFolderNextToApp()
    {
        var options = new StorageOptions();

        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "data", "bot.db"), options.ResolvePath());
    }

    public void Dispose()
    {
        foreach (var storage in _opened)
        {
            storage.Dispose();
        }

        Directory.Delete(_folder, recursive: true);
    }
}
