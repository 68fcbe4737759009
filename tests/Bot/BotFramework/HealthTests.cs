using System.Net;
using System.Text.Json;
using Bouwmarkt.Bot.Protocol.State;
using Bouwmarkt.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Bouwmarkt.Bot.Tests.Bot.BotFramework;

public sealed class HealthTests
{
    [Fact]
    public async Task Healthz_StorageAnswers_200WithJson()
    {
        await using var host = await TestHost.StartAsync();

        using var response = await host.Client.GetAsync(new Uri("healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("healthy", body.GetProperty("status").GetString());
        Assert.Equal("ok", body.GetProperty("storage").GetString());
    }

    [Fact]
    public async Task Healthz_StorageFails_503WithJson_AndTheHostKeepsServing()
    {
        await using var host = await TestHost.StartAsync(configure: b => b.Services.AddSingleton<IStorage>(new FailingStorage()));

        using var response = await host.Client.GetAsync(new Uri("healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("unhealthy", body.GetProperty("status").GetString());
        using var again = await host.Client.GetAsync(new Uri("healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, again.StatusCode);
    }

    /// <summary>A store whose disk is gone.</summary>
    private sealed class FailingStorage : IStorage
    {
        public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
            throw new IOException("disk gone");

        public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken) =>
            throw new IOException("disk gone");

        public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) => throw new IOException("disk gone");
    }
}
