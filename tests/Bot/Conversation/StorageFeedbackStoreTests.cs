using System.Text.Json;
using Bouwmarkt.Bot.Conversation;
using Bouwmarkt.Bot.Dialogs.Intake;
using Bouwmarkt.Bot.Protocol.State;
using Bouwmarkt.Bot.Tests.Support;

namespace Bouwmarkt.Bot.Tests.Bot.Conversation;

public sealed class StorageFeedbackStoreTests
{
    [Fact]
    public async Task Save_WritesUnderAFeedbackKeyWithTheDateAndNoUserOrConversationId()
    {
        var storage = new KeyRecordingStorage(new MemoryStorage());
        var store = new StorageFeedbackStore(storage);

        await store.SaveAsync(new FeedbackEntry(true, "Fijn", ["geld"], "emulator", new DateOnly(2026, 11, 23)), CancellationToken.None);

        var key = Assert.Single(storage.Written);
        Assert.StartsWith("feedback/2026-11-23/", key, StringComparison.Ordinal);
        var json = (await storage.ReadAsync([key], CancellationToken.None))[key].Json;
        using var doc = JsonDocument.Parse(json);
        Assert.True(doc.RootElement.GetProperty("helpful").GetBoolean());
        Assert.Equal("Fijn", doc.RootElement.GetProperty("text").GetString());
        Assert.False(doc.RootElement.TryGetProperty("userId", out _));
    }

    [Fact]
    public async Task Save_TwoEntries_NeverOverwriteEachOther()
    {
        var storage = new KeyRecordingStorage(new MemoryStorage());
        var store = new StorageFeedbackStore(storage);
        var entry = new FeedbackEntry(false, null, [], "test", new DateOnly(2026, 11, 23));

        await store.SaveAsync(entry, CancellationToken.None);
        await store.SaveAsync(entry, CancellationToken.None);

        Assert.Equal(2, storage.Written.Distinct().Count());
    }

    private sealed class KeyRecordingStorage(IStorage inner) : IStorage
    {
        public List<string> Written { get; } = [];

        public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
            inner.ReadAsync(keys, cancellationToken);

        public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken)
        {
            Written.AddRange(changes.Keys);
            return inner.WriteAsync(changes, cancellationToken);
        }

        public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) => inner.DeleteAsync(keys, cancellationToken);
    }
}
