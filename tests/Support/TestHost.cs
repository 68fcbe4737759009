using Bouwmarkt.Bot.Hosting;
using Bouwmarkt.Bot.Knowledge.Recognition.Learned;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bouwmarkt.Bot.Tests.Support;

/// <summary>The real host on Kestrel at a free loopback port, with its own LiteDB file in a temp folder.</summary>
/// <remarks>
/// Each test builds its own host, so tests never share state. Pass the same <see cref="DataDirectory"/> to a second
/// host to simulate a restart.
/// </remarks>
public sealed class TestHost : IAsyncDisposable
{
    private static readonly Lazy<LearnedModel> ShippedModel = new(() => LearnedModel.Load(LearnedModel.DefaultPath));

    private readonly WebApplication _app;
    private readonly bool _ownsDirectory;

    private TestHost(WebApplication app, string dataDirectory, bool ownsDirectory)
    {
        _app = app;
        DataDirectory = dataDirectory;
        _ownsDirectory = ownsDirectory;
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
        Client = new HttpClient { BaseAddress = BaseAddress };
    }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    /// <summary>The folder that holds this host's LiteDB file.</summary>
    public string DataDirectory { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>Starts a host. <paramref name="settings"/> override configuration; <paramref name="configure"/> may replace services.</summary>
    public static async Task<TestHost> StartAsync(
        IDictionary<string, string?>? settings = null,
        Action<WebApplicationBuilder>? configure = null,
        string? dataDirectory = null)
    {
        var ownsDirectory = dataDirectory is null;
        dataDirectory ??= Directory.CreateTempSubdirectory("bouwmarkt-test-").FullName;
        // The learned model comes from the container, loaded once for all test hosts ('Recognition:LearnedModel' left
        // empty so that no host loads its own): a stopped host's framework timers (rate limits, handler renewal) keep it
        // reachable for minutes, and while models were read into memory (100 MB each) the suite's process grew to 10 GB;
        // mapped, each would still hold its file open and mapped until collected.
        var app = BotHost.Build(["--urls", "http://127.0.0.1:0", "--environment", "Testing", "--Recognition:LearnedModel="], builder =>
        {
            builder.Services.AddSingleton(ShippedModel.Value);
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:LiteDbPath"] = Path.Combine(dataDirectory, "bot.db"),
                ["Knowledge:LiteDbPath"] = Path.Combine(dataDirectory, "knowledge.db"),
            });
            if (settings is not null)
            {
                builder.Configuration.AddInMemoryCollection(settings);
            }


            configure?.Invoke(builder);
        });
        await app.StartAsync().ConfigureAwait(false);
        return new TestHost(app, dataDirectory, ownsDirectory);
    }

    /// <summary>Stops the host gracefully, as a restart would, keeping the data folder.</summary>
    public async Task StopAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        if (_ownsDirectory)
        {
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A LiteDB file still closing; the temp folder is cleaned by the OS.
            }
        }
    }
}
