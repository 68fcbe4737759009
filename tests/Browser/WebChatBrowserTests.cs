using Bouwmarkt.Bot.Tests.Bot.Channels.DirectLine;
using OpenQA.Selenium;

namespace Bouwmarkt.Bot.Tests.Browser;

/// <summary>The official Web Chat in a real headless Chromium, talking to our Direct Line over a WebSocket.</summary>
public sealed class WebChatBrowserTests
{
    [Fact]
    public async Task WebChat_TypeAMessageThenClickASuggestedAction_ShowsBothAnswers()
    {
        Assert.True(HeadlessChromium.IsInstalled, "Install Debian's chromium and chromium-driver (.ci/run does).");
        await using var host = await DirectLineTestServer.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Site:MunicipalityName"] = "Gemeente Dommelstad",
        });
        using var browser = HeadlessChromium.Start();
        var typed = $"Ik zoek hulp {Random.Shared.Next(1000, 9999)}";

        browser.Driver.Navigate().GoToUrl(host.BaseAddress);
        browser.WaitForText(SuggestingBot.Welcome);
        var input = browser.WaitFor(d => d.FindElement(By.CssSelector("[data-id='webchat-sendbox-input']")), "the send box");
        input.SendKeys(typed + Keys.Enter);
        browser.WaitForText(SuggestingBot.Answer(typed));
        browser.WaitFor(d => d.FindElement(By.XPath("//button[contains(., 'Nog een vraag')]")), "the suggested action").Click();
        browser.WaitForText(SuggestingBot.Answer("Nog een vraag"));
        browser.SaveScreenshot("webchat.png");

        var page = browser.Driver.PageSource;
        Assert.Contains("Gemeente Dommelstad", page, StringComparison.Ordinal);
        // Web Chat marks a message sent only when our echo came back with its clientActivityID.
        Assert.Contains("Verzonden om", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Verzenden mislukt", page, StringComparison.Ordinal);
        Assert.DoesNotContain(browser.ConsoleMessages(), m => m.Contains("Content Security Policy", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WebChat_PollingInsteadOfWebSocket_StillShowsTheAnswer()
    {
        Assert.True(HeadlessChromium.IsInstalled, "Install Debian's chromium and chromium-driver (.ci/run does).");
        await using var host = await DirectLineTestServer.StartAsync();
        using var browser = HeadlessChromium.Start();
        var typed = $"Via polling {Random.Shared.Next(1000, 9999)}";

        browser.Driver.Navigate().GoToUrl(new Uri(host.BaseAddress, "/?transport=polling"));
        browser.WaitForText(SuggestingBot.Welcome);
        browser.WaitFor(d => d.FindElement(By.CssSelector("[data-id='webchat-sendbox-input']")), "the send box").SendKeys(typed + Keys.Enter);
        browser.WaitForText(SuggestingBot.Answer(typed));

        Assert.Contains("Verzonden om", browser.Driver.PageSource, StringComparison.Ordinal);
    }
}
