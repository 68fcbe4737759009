using Bouwmarkt.Bot.Dialogs.Testing;
using Bouwmarkt.Bot.Protocol.Schema;
using Bouwmarkt.Bot.Protocol.Turns;
using Bouwmarkt.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static Bouwmarkt.Bot.Tests.Support.BotTurns;
using static Bouwmarkt.Bot.Tests.Support.DialogIntakeHarness;

namespace Bouwmarkt.Bot.Tests.Bot.Conversation;

/// <summary>The intake on the host's real parts: LiteDB state, the real recognizer (no stand-ins).</summary>
public sealed class IntakeRealPartsTests
{
    [Fact]
    public async Task RealRecognizer_DebtStory_IsConfirmedAsMoney()
    {
        await using var host = await TestHost.StartAsync();
        var bot = host.Services.GetRequiredService<IBot>();

        var replies = await TurnAsync(bot, "Ik heb schulden en kan de rekeningen niet meer betalen");

        Assert.Contains("computerprogramma", replies[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("Ik begrijp dat het gaat over:", replies[^1].Text, StringComparison.Ordinal);
        Assert.Contains("geld", replies[^1].Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task RealRecognizer_CrisisMidIntake_Gives113AndKeepsTheQuestion()
    {
        await using var host = await TestHost.StartAsync();
        var bot = host.Services.GetRequiredService<IBot>();
        await TurnAsync(bot, "hallo");

        var replies = await TurnAsync(bot, "ik wil niet meer leven");

        Assert.Contains("113", replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(T("intake.ask_need"), replies[^1].Text);
    }

    [Fact]
    public async Task DemoPostcode_ListedByTheSeededOffers_IsAcceptedAtTheAreaQuestion()
    {
        await using var host = await TestHost.StartAsync();
        var bot = host.Services.GetRequiredService<IBot>();
        await TurnAsync(bot, "ik heb schulden");
        await TurnAsync(bot, "Ja, dat klopt");
        var area = await TurnAsync(bot, "Voor mezelf");

        var next = await TurnAsync(bot, "0991");

        Assert.StartsWith(T("intake.ask_postcode").Split('.')[0], area[^1].Text, StringComparison.Ordinal);
        Assert.StartsWith(T("intake.ask_deadline"), next[^1].Text, StringComparison.Ordinal);
    }
}
