using Bouwmarkt.Bot.Protocol.State;

namespace Bouwmarkt.Bot.Tests.Bot.Storage;

/// <summary>What every <see cref="IStorage"/> must do; xunit runs these facts once per subclass.</summary>
public abstract class StorageContract
{
    /// <summary>A fresh, empty store for one test.</summary>
    protected abstract IStorage CreateStorage();

    protected static Task<IReadOnlyDictionary<string, string>> WriteAsync(IStorage storage, string key, string json, string? etag) =>
        storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new StoreItem(json, etag) }, CancellationToken.None);

    protected static Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IStorage storage, params string[] keys) =>
        storage.ReadAsync(keys, CancellationToken.None);

    [Fact]
    public async Task ReadAsync_MissingKey_IsAbsentFromResult()
    {
        var storage = CreateStorage();

        var result = await ReadAsync(storage, "test/conversations/none");

        Assert.Empty(result);
    }

    [Fact]
    public async Task WriteAsync_ThenRead_ReturnsJsonAndNewETag()
    {
        var storage = CreateStorage();

        var etags = await WriteAsync(storage, "test/conversations/c1", """{"step":2}""", null);
        var result = await ReadAsync(storage, "test/conversations/c1");

        Assert.Equal("""{"step":2}""", result["test/conversations/c1"].Json);
        Assert.Equal(etags["test/conversations/c1"], result["test/conversations/c1"].ETag);
    }

    [Fact]
    public async Task WriteAsync_StaleETag_ThrowsConflictAndKeepsStoredValue()
    {
        var storage = CreateStorage();
        var first = await WriteAsync(storage, "k", "1", null);
        await WriteAsync(storage, "k", "2", first["k"]);

        var ex = await Assert.ThrowsAsync<StorageConflictException>(() => WriteAsync(storage, "k", "3", first["k"]));

        Assert.Equal("k", ex.Key);
        Assert.Equal("2", (await ReadAsync(storage, "k"))["k"].Json);
    }

    [Fact]
    public async Task WriteAsync_MatchingETag_WritesAndChangesETag()
    {
        var storage = CreateStorage();
        var first = await WriteAsync(storage, "k", "1", null);

        var second = await WriteAsync(storage, "k", "2", first["k"]);

        Assert.NotEqual(first["k"], second["k"]);
        Assert.Equal("2", (await ReadAsync(storage, "k"))["k"].Json);
    }

    [Fact]
    public async Task WriteAsync_StarETag_OverwritesWhateverIsStored()
    {
        var storage = CreateStorage();
        await WriteAsync(storage, "k", "1", null);

        await WriteAsync(storage, "k", "2", StoreItem.AnyETag);

        Assert.Equal("2", (await ReadAsync(storage, "k"))["k"].Json);
    }

    [Fact]
    public async Task WriteAsync_StarETag_CreatesMissingKey()
    {
        var storage = CreateStorage();

        await WriteAsync(storage, "k", "1", StoreItem.AnyETag);

        Assert.Equal("1", (await ReadAsync(storage, "k"))["k"].Json);
    }

    [Fact]
    public async Task WriteAsync_NullETagOnExistingKey_ThrowsConflict()
    {
        var storage = CreateStorage();
        await WriteAsync(storage, "k", "1", null);

        await Assert.ThrowsAsync<StorageConflictException>(() => WriteAsync(storage, "k", "2", null));

        Assert.Equal("1", (await ReadAsync(storage, "k"))["k"].Json);
    }

    [Fact]
    public async Task WriteAsync_OneConflictInMultiKeyWrite_WritesNothing()
    {
        var storage = CreateStorage();
        var existing = await WriteAsync(storage, "b", "b1", null);
        await WriteAsync(storage, "b", "b2", existing["b"]);
        var changes = new Dictionary<string, StoreItem>
        {
            ["a"] = new("a1", null),
            ["b"] = new("b3", existing["b"]),
            ["c"] = new("c1", StoreItem.AnyETag),
        };

        await Assert.ThrowsAsync<StorageConflictException>(() => storage.WriteAsync(changes, CancellationToken.None));

        var result = await ReadAsync(storage, "a", "b", "c");
        Assert.Equal(["b"], result.Keys);
        Assert.Equal("b2", result["b"].Json);
    }

    [Fact]
    public async Task WriteAsync_MultiKeyWithoutConflict_WritesAll()
    {
        var storage = CreateStorage();
        var changes = new Dictionary<string, StoreItem> { ["a"] = new("1", null), ["b"] = new("2", null) };

        var etags = await storage.WriteAsync(changes, CancellationToken.None);

        var result = await ReadAsync(storage, "a", "b");
        Assert.Equal(2, result.Count);
        Assert.Equal(etags["a"], result["a"].ETag);
        Assert.Equal(etags["b"], result["b"].ETag);
    }

    [Fact]
    public async Task DeleteAsync_RemovesKeyAndIgnoresMissing()
    {
        var storage = CreateStorage();
        await WriteAsync(storage, "a", "1", null);
        await WriteAsync(storage, "b", "2", null);

        await storage.DeleteAsync(["a", "missing"], CancellationToken.None);

        var result = await ReadAsync(storage, "a", "b");
        Assert.Equal(["b"], result.Keys);
    }

    [Fact]
    public async Task WriteAsync_ManyConcurrentWritersWithETagRetry_NeverLoseAnIncrement()
    {
        var storage = CreateStorage();
        await WriteAsync(storage, "counter", "0", null);
        const int writers = 8;
        const int incrementsEach = 25;

        async Task IncrementAsync()
        {
            for (var i = 0; i < incrementsEach; i++)
            {
                while (true)
                {
                    var item = (await ReadAsync(storage, "counter"))["counter"];
                    var next = (int.Parse(item.Json, System.Globalization.CultureInfo.InvariantCulture) + 1)
                        .ToString(System.Globalization.CultureInfo.InvariantCulture);
                    try
                    {
                        await WriteAsync(storage, "counter", next, item.ETag);
                        break;
                    }
                    catch (StorageConflictException)
                    {
                        // Somebody else wrote first: read again and retry.
                    }
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(IncrementAsync)));

        Assert.Equal((writers * incrementsEach).ToString(System.Globalization.CultureInfo.InvariantCulture), (await ReadAsync(storage, "counter"))["counter"].Json);
    }
}
