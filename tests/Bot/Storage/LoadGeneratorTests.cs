using Bouwmarkt.Bot.Load;
using Bouwmarkt.Bot.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Bouwmarkt.Bot.Tests.Bot.Storage;

/// <summary>The load generator's core loop against a real host on loopback, briefly, so CI proves it works.</summary>
public sealed class LoadGeneratorTests
{
    [Fact]
    public async Task LoadRun_FiveConversationsForTwoSeconds_RunsTurnsWithoutErrors()
    {
        await using var host = await TestHost.StartAsync(configure: b => b.Services.AddSingleton<IStartupFilter, LoadTestTurnEndpoint>());
        var options = new LoadOptions { Url = host.BaseAddress, Conversations = 5, Seconds = 2, MessagesPerConversation = 4 };

        var report = await LoadRun.RunAsync(host.Client, options, CancellationToken.None);

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
}
