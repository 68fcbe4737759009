using Bouwmarkt.Bot.Protocol.State;
using Bouwmarkt.Bot.Tests.Support;

namespace Bouwmarkt.Bot.Tests.Bot.Storage;

/// <summary>The storage contract on the in-memory store the unit tests use.</summary>
public sealed class MemoryStorageTests : StorageContract
{
    protected override IStorage CreateStorage() => new MemoryStorage();
}
