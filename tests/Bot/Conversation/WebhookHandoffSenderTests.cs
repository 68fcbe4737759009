using Bouwmarkt.Bot.Conversation;
using Bouwmarkt.Bot.Dialogs.Intake;
using Bouwmarkt.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bouwmarkt.Bot.Tests.Bot.Conversation;

public sealed class WebhookHandoffSenderTests
{
    [Fact]
    public async Task SendAsync_WithoutWebhookUrl_FailsAndWarnsOnlyTheFirstTime()
    {
        using var logs = new CapturingLoggerProvider();
        using var services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
        var sender = new WebhookHandoffSender(
            services.GetRequiredService<IHttpClientFactory>(), Options.Create(new HandoffOptions()), factory.CreateLogger<WebhookHandoffSender>());
        var request = new HandoffRequest("samenvatting", ["geld"], null, null, false, "06", "test", DateTimeOffset.UnixEpoch);

        var results = new[] { await sender.SendAsync(request, CancellationToken.None), await sender.SendAsync(request, CancellationToken.None), await sender.SendAsync(request, CancellationToken.None) };

        Assert.All(results, Assert.False);
        Assert.Single(logs.Entries, e => e.Level == LogLevel.Warning);
        Assert.Equal(2, logs.Entries.Count(e => e.Level == LogLevel.Debug));
    }
}
