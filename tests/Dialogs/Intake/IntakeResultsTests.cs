using Bouwmarkt.Bot.Knowledge.Matching;
using Bouwmarkt.Bot.Protocol.Schema;
using Bouwmarkt.Bot.Tests.Support;
using static Bouwmarkt.Bot.Tests.Support.DialogIntakeHarness;

namespace Bouwmarkt.Bot.Tests.Dialogs.Intake;

public sealed class IntakeResultsTests
{
    private static async Task<IReadOnlyList<Activity>> RunToResultsAsync(DialogIntakeHarness h, string need, string postcode = "1234")
    {
        await h.SayAsync("hallo");
        await h.SayAsync(need);
        await h.SayAsync("ja");
        await h.SayAsync("voor mezelf");
        var afterPostcode = await h.SayAsync(postcode);
        return afterPostcode[^1].Text!.StartsWith(T("intake.ask_handoff"), StringComparison.Ordinal) ? afterPostcode : await h.SayAsync("nee");
    }

    [Fact]
    public async Task Results_OneNeed_AreGroupedByRouteLightestFirst()
    {
        var h = new DialogIntakeHarness();

        var replies = await RunToResultsAsync(h, "ik voel me eenzaam");

        var headings = replies.Where(r => r.Attachments is { Count: > 0 }).Select(r => r.Text).ToList();
        Assert.Equal(
            [T("results.route.basis"), T("results.route.netwerk"), T("results.route.initiatief"), T("results.route.maatwerk")],
            headings);
    }

    [Fact]
    public async Task Results_ManyOffers_ShowAtMostThreePerRoute()
    {
        var h = new DialogIntakeHarness(matcher: new DialogFixedMatcher(Route.Basis) { OffersPerNeed = 5 });

        var replies = await RunToResultsAsync(h, "ik voel me eenzaam");

        var basis = Assert.Single(replies, r => r.Text == T("results.route.basis"));
        Assert.Equal(3, basis.Attachments!.Count);
    }

    [Fact]
    public async Task Results_OfferCard_HasNameWhatContactAndWhy()
    {
        var h = new DialogIntakeHarness(matcher: new DialogFixedMatcher(Route.Basis));

        var replies = await RunToResultsAsync(h, "ik voel me eenzaam");

        var card = Assert.Single(replies, r => r.Text == T("results.route.basis")).Attachments![0];
        Assert.Equal(HeroCard.ContentType, card.ContentType);
        var json = card.Content!.Value.GetRawText();
        Assert.Contains("Basis hulp eenzaamheid 1", json, StringComparison.Ordinal);
        Assert.Contains("Helpt bij eenzaamheid.", json, StringComparison.Ordinal);
        Assert.Contains("tel:0301234567", json, StringComparison.Ordinal);
        Assert.Contains("ma-vr 9-17", json, StringComparison.Ordinal);
        Assert.Contains("Past bij je vraag", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Results_ConsoleChannel_AreTextWithContactDetailsAndNoCards()
    {
        var h = new DialogIntakeHarness(channelId: ChannelIds.Console, matcher: new DialogFixedMatcher(Route.Basis));

        var replies = await RunToResultsAsync(h, "ik voel me eenzaam");

        var basis = Assert.Single(replies, r => r.Text!.StartsWith(T("results.route.basis"), StringComparison.Ordinal));
        Assert.Null(basis.Attachments);
        Assert.Contains("Bel: 030-1234567", basis.Text, StringComparison.Ordinal);
        Assert.Contains("Kijk op: https://example.nl/eenzaamheid", basis.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Results_DebtAndHousing_PutTheWijkteamFirstAndSayWhy()
    {
        var h = new DialogIntakeHarness();

        var replies = await RunToResultsAsync(h, "ik heb schulden en ik moet mijn huis uit");

        Assert.Contains(replies, r => r.Text == T("results.hard_combination"));
        var headings = replies.Where(r => r.Attachments is { Count: > 0 }).Select(r => r.Text).ToList();
        Assert.Equal(T("results.route.maatwerk"), headings[0]);
    }

    [Fact]
    public async Task Results_RentArrears_CountAsDebtWithHousing()
    {
        var h = new DialogIntakeHarness();

        var replies = await RunToResultsAsync(h, "ik heb een huurachterstand");

        Assert.Contains(replies, r => r.Text == T("results.hard_combination"));
    }

    [Fact]
    public async Task Results_SeveralNeeds_PutTheWijkteamFirst()
    {
        var h = new DialogIntakeHarness();

        var replies = await RunToResultsAsync(h, "ik ben eenzaam en vaak ziek");

        Assert.Contains(replies, r => r.Text == T("results.wijkteam_first"));
        Assert.Equal(T("results.route.maatwerk"), replies.First(r => r.Attachments is { Count: > 0 }).Text);
    }

    [Fact]
    public async Task Results_NothingMatches_SayHowToReachTheWijkteam()
    {
        var h = new DialogIntakeHarness(matcher: new DialogFixedMatcher(Route.Basis) { OffersPerNeed = 0 });

        var replies = await RunToResultsAsync(h, "ik voel me eenzaam");

        Assert.Contains(replies, r => r.Text == T("results.none"));
    }
}
