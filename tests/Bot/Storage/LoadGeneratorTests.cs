using System.Globalization;
using Bouwmarkt.Bot.Load;
using Bouwmarkt.Bot.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Bouwmarkt.Bot.Tests.Bot.Storage;

/// <summary>The load generator's core loop against a real host on loopback, briefly, so CI proves it works.</summary>
/// <remarks>
/// For an in-process measurement set BOUWMARKT_LOAD_CONVERSATIONS and BOUWMARKT_LOAD_SECONDS (for example 50 and 10)
/// and run this test in Release; the figures go to the test output.
/// </remarks>
public sealed class LoadGeneratorTests(ITestOutputHelper output)
{
    [Fact]
    public async Task LoadRun_ConversationsForTwoSeconds_RunsTurnsWithoutErrors()
    {
        await using var host = await TestHost.StartAsync(configure: b => b.Services.AddSingleton<IStartupFilter, LoadTestTurnEndpoint>());
        var options = new LoadOptions
        {
            Url = host.BaseAddress,
            Conversations = Setting("BOUWMARKT_LOAD_CONVERSATIONS", 5),
            Seconds = Setting("BOUWMARKT_LOAD_SECONDS", 2),
            MessagesPerConversation = 4,
        };
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Conversations, UseProxy = false };
        using var client = new HttpClient(handler);

        // Not counted, as in the generator's own warm-up: a fresh host's first turns compile the whole turn path, which
        // on two busy cores (the rest of the suite runs beside this test) can take most of the measured time.
        var warm = await LoadRun.RunAsync(client, options with { Seconds = 1 }, CancellationToken.None);
        var report = await LoadRun.RunAsync(client, options, CancellationToken.None);

        output.WriteLine($"warm-up: {warm}\n{report}");
        Assert.True(warm.Errors == 0, warm.FirstError);
        Assert.True(report.Errors == 0, report.FirstError);
        Assert.True(report.Turns > 10, report.ToString());
        Assert.True(report.P99Ms > 0);
    }

    [Fact]
    public void LoadOptions_NonLoopbackUrl_IsRefused()
    {
        var options = new LoadOptions { Url = new Uri("http://example.org:3978") };

        var ex = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Contains("loopback", ex.Message, StringComparison.Ordinal);
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
}
