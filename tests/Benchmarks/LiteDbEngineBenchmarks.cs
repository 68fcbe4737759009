using BenchmarkDotNet.Attributes;
using LiteDB;

namespace Bouwmarkt.Bot.Benchmarks;

/// <summary>Where a write's time goes in LiteDB itself: one upsert per commit against fifty upserts in one commit.</summary>
[MemoryDiagnoser]
public class LiteDbEngineBenchmarks
{
    private const int Documents = 50;
    private string _folder = "";
    private LiteDatabase _database = null!;
    private ILiteCollection<BsonDocument> _items = null!;
    private long _version;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("bouwmarkt-bench-").FullName;
        _database = new LiteDatabase(new ConnectionString { Filename = Path.Combine(_folder, "bot.db"), Connection = ConnectionType.Direct });
        _items = _database.GetCollection("state", BsonAutoId.ObjectId);
        for (var i = 0; i < Documents; i++)
        {
            Upsert(i);
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _database.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark]
    public void UpsertOneCommitEach() => Upsert((int)(_version % Documents));

    [Benchmark(OperationsPerInvoke = Documents)]
    public void UpsertFiftyInOneCommit()
    {
        _database.BeginTrans();
        for (var i = 0; i < Documents; i++)
        {
            Upsert(i);
        }

        _database.Commit();
    }

    [Benchmark]
    public BsonDocument FindById() => _items.FindById(new BsonValue($"emulator/conversations/c{_version++ % Documents}"));

    private void Upsert(int i) => _items.Upsert(new BsonDocument
    {
        ["_id"] = $"emulator/conversations/c{i}",
        ["json"] = LiteDbStorageBenchmarks.StateJson,
        ["etag"] = (++_version).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["modified"] = DateTime.UtcNow,
    });
}
