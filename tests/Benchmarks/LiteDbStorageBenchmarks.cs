using BenchmarkDotNet.Attributes;
using Bouwmarkt.Bot.Protocol.State;
using Bouwmarkt.Bot.Storage;

namespace Bouwmarkt.Bot.Benchmarks;

/// <summary>One turn's storage work on a real temp file: read a conversation's state, write it back ETag-checked.</summary>
[MemoryDiagnoser]
public class LiteDbStorageBenchmarks
{
    private const int Conversations = 50;
    private string _folder = "";
    private LiteDbStorage _storage = null!;
    private string[] _keys = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("bouwmarkt-bench-").FullName;
        _storage = new LiteDbStorage(Path.Combine(_folder, "bot.db"));
        _keys = [.. Enumerable.Range(0, Conversations).Select(i => ConversationState.KeyFor("emulator", $"c{i}"))];
        foreach (var key in _keys)
        {
            _storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(StateJson, null) }, CancellationToken.None).GetAwaiter().GetResult();
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _storage.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark]
    public async Task ReadThenWrite()
    {
        var key = _keys[_next++ % _keys.Length];
        var item = (await _storage.ReadAsync([key], CancellationToken.None).ConfigureAwait(false))[key];
        await _storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = item }, CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>All 50 conversations read and write at once, as under load: group commit puts the writes in one transaction.</summary>
    [Benchmark(OperationsPerInvoke = Conversations)]
    public Task ReadThenWrite50Concurrent() => Task.WhenAll(_keys.Select(async key =>
    {
        await Task.Yield();
        var item = (await _storage.ReadAsync([key], CancellationToken.None).ConfigureAwait(false))[key];
        await _storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = item }, CancellationToken.None).ConfigureAwait(false);
    }));

    [Benchmark]
    public async Task Read()
    {
        var key = _keys[_next++ % _keys.Length];
        await _storage.ReadAsync([key], CancellationToken.None).ConfigureAwait(false);
    }

    internal const string StateJson = """{"DialogState":{"stack":[{"id":"intake","state":{"step":3,"needs":["N05","N11"],"forWhom":"ander","age":82,"gemeente":"Utrecht"}}]},"turns":3}""";
}
