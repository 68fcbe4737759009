using Bouwmarkt.Bot.Tests.Bot.Channels.DirectLine;
using OpenQA.Selenium;
using OpenQA.Selenium.Interactions;

namespace Bouwmarkt.Bot.Tests.Browser;

/// <summary>The page used with the keyboard alone, as WCAG 2.1 AA asks.</summary>
public sealed class WebChatAccessibilityTests
{
    [Fact]
    public async Task Keyboard_TabToLargerTextAndPressSpace_EnlargesTheTextAndRemembersIt()
    {
        Assert.True(HeadlessChromium.IsInstalled, "Install Debian's chromium and chromium-driver (.ci/run does).");
        await using var host = await DirectLineTestServer.StartAsync();
        using var browser = HeadlessChromium.Start();
        browser.Driver.Navigate().GoToUrl(host.BaseAddress);
        browser.WaitForText(SuggestingBot.Welcome);

        Assert.Equal("Grotere letters", TabTo(browser, "larger-text").Text);
        new Actions(browser.Driver).SendKeys(Keys.Space).Perform();
        browser.Driver.Navigate().Refresh();
        browser.WaitForText(SuggestingBot.Welcome);

        Assert.Contains("larger-text", browser.Driver.FindElement(By.TagName("html")).GetAttribute("class") ?? "", StringComparison.Ordinal);
        Assert.Equal("true", browser.Driver.FindElement(By.Id("larger-text")).GetAttribute("aria-pressed"));
    }

    [Fact]
    public async Task Keyboard_TabIntoTheChat_ReachesALabelledSendBoxThatSends()
    {
        Assert.True(HeadlessChromium.IsInstalled, "Install Debian's chromium and chromium-driver (.ci/run does).");
        await using var host = await DirectLineTestServer.StartAsync();
        using var browser = HeadlessChromium.Start();
        browser.Driver.Navigate().GoToUrl(host.BaseAddress);
        browser.WaitForText(SuggestingBot.Welcome);
        browser.WaitFor(d => d.FindElement(By.CssSelector("[data-id='webchat-sendbox-input']")), "the send box");

        var input = TabToSelector(browser, "[data-id='webchat-sendbox-input']");
        new Actions(browser.Driver).SendKeys("met toetsenbord" + Keys.Enter).Perform();

        Assert.False(string.IsNullOrWhiteSpace(input.GetAttribute("aria-label")), "The send box needs an accessible name.");
        Assert.Equal("Typ je bericht", input.GetAttribute("placeholder"));
        browser.WaitForText(SuggestingBot.Answer("met toetsenbord"));
        Assert.Equal("Chat met de hulpwijzer", browser.Driver.FindElement(By.Id("webchat")).GetAttribute("aria-label"));
    }

    private static IWebElement TabTo(HeadlessChromium browser, string id) => TabToSelector(browser, "#" + id);

    /// <summary>Presses Tab until the element matching <paramref name="selector"/> has the focus.</summary>
    private static IWebElement TabToSelector(HeadlessChromium browser, string selector)
    {
        for (var presses = 0; presses < 40; presses++)
        {
            var active = browser.Driver.SwitchTo().ActiveElement();
            var target = browser.Driver.FindElement(By.CssSelector(selector));
            if (active.Equals(target))
            {
                return target;
            }

            new Actions(browser.Driver).SendKeys(Keys.Tab).Perform();
        }

        throw new InvalidOperationException($"Tab never reached {selector}.");
    }
}
