using Bouwmarkt.Bot.Knowledge.Offers;
using LiteDB;

namespace Bouwmarkt.Bot.Knowledge.Store;

/// <summary>The offers in their own LiteDB file, one document per offer holding its HSDS 3.0 service JSON.</summary>
/// <remarks>
/// Opened in shared mode so the host and the <c>kb</c> command can use the same file. Every write is one LiteDB
/// transaction: it lands whole or not at all.
/// </remarks>
public sealed class OfferStore : IDisposable
{
    private const string Collection = "offers";
    private const string Meta = "meta";
    private const string ChangeMarkerId = "changed";
    private readonly LiteDatabase _db;

    public OfferStore(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        _db = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Shared });
    }

    public int Count() => _db.GetCollection(Collection).Count();

    public IReadOnlyList<Offer> LoadAll()
    {
        var offers = new List<Offer>();
        foreach (var doc in _db.GetCollection(Collection).FindAll())
        {
            var (read, _) = HsdsReader.Read(doc["hsds"].AsBinary, $"store:{doc["_id"].AsString}");
            offers.AddRange(read);
        }

        return offers;
    }

    /// <summary>Adds or replaces the given offers in one transaction.</summary>
    public void Upsert(IReadOnlyCollection<Offer> offers)
    {
        ArgumentNullException.ThrowIfNull(offers);
        var docs = offers.Select(o => new BsonDocument
        {
            ["_id"] = o.Id,
            ["hsds"] = HsdsWriter.ServiceToBytes(o),
        }).ToList();
        _db.GetCollection(Collection).Upsert(docs);
        // A new marker after every change tells a running host (KnowledgeReloader) to rebuild its index.
        _db.GetCollection(Meta).Upsert(new BsonDocument { ["_id"] = ChangeMarkerId, ["marker"] = Guid.NewGuid().ToString("N") });
    }

    /// <summary>A value that changes whenever offers are written (null before the first write).</summary>
    public string? ChangeMarker() =>
        _db.GetCollection(Meta).FindById(ChangeMarkerId) is { } doc && doc["marker"].IsString ? doc["marker"].AsString : null;

    public void Dispose() => _db.Dispose();
}
