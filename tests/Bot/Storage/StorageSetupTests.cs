using Bouwmarkt.Bot.Protocol.State;
using Bouwmarkt.Bot.Storage;
using Bouwmarkt.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Bouwmarkt.Bot.Tests.Bot.Storage;

/// <summary>The host keeps state in the LiteDB file named by configuration, across a restart.</summary>
public sealed class StorageSetupTests
{
    [Fact]
    public async Task Host_RegistersLiteDbStorageAndStateSingletons()
    {
        await using var host = await TestHost.StartAsync();

        Assert.IsType<LiteDbStorage>(host.Services.GetRequiredService<IStorage>());
        Assert.Same(host.Services.GetRequiredService<ConversationState>(), host.Services.GetRequiredService<ConversationState>());
        Assert.NotNull(host.Services.GetRequiredService<UserState>());
        Assert.True(File.Exists(Path.Combine(host.DataDirectory, "bot.db")));
    }

    [Fact]
    public async Task Host_Restarted_ReadsStateWrittenBeforeShutdown()
    {
        string folder;
        await using (var first = await TestHost.StartAsync(dataDirectory: Directory.CreateTempSubdirectory("bouwmarkt-restart-").FullName))
        {
            folder = first.DataDirectory;
            await first.Services.GetRequiredService<IStorage>().WriteAsync(
                new Dictionary<string, StoreItem> { ["test/conversations/c1"] = new("""{"step":3}""", null) }, CancellationToken.None);
        }

        await using var second = await TestHost.StartAsync(dataDirectory: folder);
        var result = await second.Services.GetRequiredService<IStorage>().ReadAsync(["test/conversations/c1"], CancellationToken.None);

        Assert.Equal("""{"step":3}""", result["test/conversations/c1"].Json);
        Directory.Delete(folder, recursive: true);
    }
}
