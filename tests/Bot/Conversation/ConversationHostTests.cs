using System.Text.Json;
using Bouwmarkt.Bot.Conversation;
using Bouwmarkt.Bot.Dialogs.Intake;
using Bouwmarkt.Bot.Dialogs.Testing;
using Bouwmarkt.Bot.Protocol.Schema;
using Bouwmarkt.Bot.Protocol.Turns;
using Bouwmarkt.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static Bouwmarkt.Bot.Tests.Support.DialogIntakeHarness;

namespace Bouwmarkt.Bot.Tests.Bot.Conversation;

/// <summary>The intake through the real host's services: the registered IBot, the webhook sender and the feedback store.</summary>
public sealed class ConversationHostTests
{
    private static Task<TestHost> StartAsync(Uri? webhook = null) => TestHost.StartAsync(
        webhook is null ? null : new Dictionary<string, string?> { ["Handoff:WebhookUrl"] = webhook.ToString() },
        DialogHostStandIns.Add);

    private static Task<IReadOnlyList<Activity>> TurnAsync(IBot bot, string text, string conversationId = "c1") =>
        BotTurns.TurnAsync(bot, text, conversationId, ChannelIds.Emulator);

    [Fact]
    public async Task Host_RegistersTheIntakeBotAsIBot()
    {
        await using var host = await StartAsync();

        Assert.IsType<IntakeBot>(host.Services.GetRequiredService<IBot>());
    }

    [Fact]
    public async Task Host_HandoffWithConsent_ArrivesAtTheWebhookAsJson()
    {
        await using var inbox = await DialogWebhookReceiver.StartAsync();
        await using var host = await StartAsync(inbox.Url);
        var bot = host.Services.GetRequiredService<IBot>();
        foreach (var text in new[] { "hallo", "ik voel me eenzaam", "ja", "voor mezelf", "1234 AB", "ja", "0612345678" })
        {
            await TurnAsync(bot, text);
        }

        var replies = await TurnAsync(bot, "ja");

        Assert.Equal(T("handoff.sent"), replies[0].Text);
        using var body = JsonDocument.Parse(Assert.Single(inbox.Bodies));
        Assert.Equal("0612345678", body.RootElement.GetProperty("contact").GetString());
        Assert.Equal("1234 AB", body.RootElement.GetProperty("postcode").GetString());
        Assert.Equal("eenzaamheid", body.RootElement.GetProperty("needs")[0].GetString());
    }

    [Fact]
    public async Task Host_InboxAnswersAnError_TheResidentIsToldAndNothingIsLost()
    {
        await using var inbox = await DialogWebhookReceiver.StartAsync();
        inbox.StatusCode = 500;
        await using var host = await StartAsync(inbox.Url);
        var sender = host.Services.GetRequiredService<IHandoffSender>();

        var sent = await sender.SendAsync(new HandoffRequest("s", ["geld"], null, "1234", false, "06", "test", DateTimeOffset.UtcNow), CancellationToken.None);

        Assert.False(sent);
        Assert.Single(inbox.Bodies);
    }

    [Fact]
    public async Task Host_NoWebhookConfigured_HandoffReportsFailure()
    {
        await using var host = await StartAsync();
        var sender = host.Services.GetRequiredService<IHandoffSender>();

        var sent = await sender.SendAsync(new HandoffRequest("s", ["geld"], null, null, false, "06", "test", DateTimeOffset.UtcNow), CancellationToken.None);

        Assert.False(sent);
    }

    [Fact]
    public async Task Host_Restart_TheConversationContinuesWhereItWas()
    {
        // Same data folder for both hosts; the stand-in storage (until the LiteDB store lands) is shared the same way.
        var data = Directory.CreateTempSubdirectory("bouwmarkt-dialogs-").FullName;
        var shared = new MemoryStorage();
        void Configure(Microsoft.AspNetCore.Builder.WebApplicationBuilder b)
        {
            Microsoft.Extensions.DependencyInjection.Extensions.ServiceCollectionDescriptorExtensions.TryAddSingleton<Protocol.State.IStorage>(b.Services, shared);
            DialogHostStandIns.Add(b);
        }

        try
        {
            await using (var first = await TestHost.StartAsync(null, Configure, data))
            {
                var bot = first.Services.GetRequiredService<IBot>();
                await TurnAsync(bot, "hallo", "restart-1");
                await TurnAsync(bot, "ik heb schulden", "restart-1");
                await first.StopAsync();
            }

            await using var second = await TestHost.StartAsync(null, Configure, data);
            var replies = await TurnAsync(second.Services.GetRequiredService<IBot>(), "ja", "restart-1");

            Assert.Equal(T("intake.for_whom"), replies[^1].Text);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
