using System.Net;
using Bouwmarkt.Bot.Tests.Support;
using static Bouwmarkt.Bot.Tests.Support.DialogIntakeHarness;

namespace Bouwmarkt.Bot.Tests.Bot.Channels.WhatsApp;

/// <summary>The real intake over WhatsApp: welcome, reply buttons, a list, and taps that continue the dialog.</summary>
public sealed class WhatsAppIntakeTests
{
    [Fact]
    public async Task FirstMessage_GetsTheWelcomeAndTheOpenQuestion()
    {
        await using var server = await WhatsAppTestServer.StartAsync();

        using var response = await server.PostAsync(server.Text("hallo"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var calls = await server.Graph.WaitForAsync(1, c => c.Text == T("intake.ask_need"));
        Assert.StartsWith(T("welcome.bot"), server.Graph.Calls[0].Text, StringComparison.Ordinal);
        Assert.All(server.Graph.Calls, c => Assert.Equal(WhatsAppTestServer.User, c.To));
        Assert.Empty(server.Graph.Violations);
    }

    [Fact]
    public async Task ThreeChoices_BecomeReplyButtons_WithLongTitlesCutAndTheWholeChoiceAsId()
    {
        await using var server = await WhatsAppTestServer.StartAsync();

        await server.PostAsync(server.Text("ik heb schulden"));

        var confirm = (await server.Graph.WaitForAsync(1, c => c.InteractiveType == "button"))[0];
        Assert.StartsWith(T("intake.confirm_needs", ("needs", ""))[..20], confirm.Text, StringComparison.Ordinal);
        Assert.Equal([T("intake.confirm_yes"), T("intake.confirm_add"), T("intake.confirm_again")], confirm.Choices.Select(c => c.Id));
        Assert.All(confirm.Choices, c => Assert.InRange(c.Title.Length, 1, 20));
        Assert.EndsWith("…", confirm.Choices[2].Title, StringComparison.Ordinal);
        Assert.Empty(server.Graph.Violations);
    }

    [Fact]
    public async Task ButtonReply_ContinuesTheDialog_AndFiveChoicesBecomeAList()
    {
        await using var server = await WhatsAppTestServer.StartAsync();
        await server.PostAsync(server.Text("ik heb schulden"));
        var confirm = (await server.Graph.WaitForAsync(1, c => c.InteractiveType == "button"))[0];

        var yes = confirm.Choices[0];
        using var response = await server.PostAsync(server.Reply(yes.Id, yes.Title));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var forWhom = (await server.Graph.WaitForAsync(1, c => c.InteractiveType == "list"))[0];
        Assert.Equal(T("intake.for_whom"), forWhom.Text);
        Assert.Equal(5, forWhom.Choices.Count);
        Assert.Equal(T("intake.for_other"), forWhom.Choices[1].Id);
        Assert.All(forWhom.Choices, c => Assert.InRange(c.Title.Length, 1, 24));
        Assert.Empty(server.Graph.Violations);
    }

    [Fact]
    public async Task ListReply_ContinuesTheDialog()
    {
        await using var server = await WhatsAppTestServer.StartAsync();
        await server.PostAsync(server.Text("ik heb schulden"));
        var confirm = (await server.Graph.WaitForAsync(1, c => c.InteractiveType == "button"))[0];
        await server.PostAsync(server.Reply(confirm.Choices[0].Id, confirm.Choices[0].Title));
        var forWhom = (await server.Graph.WaitForAsync(1, c => c.InteractiveType == "list"))[0];

        await server.PostAsync(server.Reply(forWhom.Choices[0].Id, forWhom.Choices[0].Title, list: true));

        await server.Graph.WaitForAsync(1, c => c.Text == T("intake.ask_postcode"));
        Assert.Empty(server.Graph.Violations);
    }
}
