using Bouwmarkt.Bot.Protocol.State;
using Bouwmarkt.Bot.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bouwmarkt.Bot.Tests.Bot.Storage;

/// <summary>The storage contract again with <see cref="StorageWriteMode.Committed"/>: every write waits for its commit.</summary>
public sealed class LiteDbStorageCommittedTests : StorageContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("bouwmarkt-storage-").FullName;
    private readonly List<LiteDbStorage> _opened = [];

    protected override IStorage CreateStorage()
    {
        var storage = new LiteDbStorage(
            new StorageOptions { LiteDbPath = Path.Combine(_folder, $"{_opened.Count}.db"), WriteMode = StorageWriteMode.Committed },
            NullLogger<LiteDbStorage>.Instance);
        _opened.Add(storage);
        return storage;
    }

    [Fact]
    public async Task WriteAsync_Committed_ReturnsOnlyAfterTheCommitHoldingIt()
    {
        var storage = (LiteDbStorage)CreateStorage();

        await WriteAsync(storage, "k", "1", null);

        Assert.Equal(1, storage.Written.Documents);
    }

    // The background scan of stored keys reads the state collection while the first write creates it; LiteDB 5 can
    // break its engine on that race ('page type must be collection page'), after which every write fails.
    [Fact]
    public async Task WriteAsync_RightAfterOpeningAFreshFile_CommitsBesideTheKeyScan()
    {
        for (var attempt = 0; attempt < 40; attempt++)
        {
            var storage = (LiteDbStorage)CreateStorage();

            await WriteAsync(storage, $"k{attempt}", "1", null);

            Assert.Equal(1, storage.Written.Documents);
        }
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
