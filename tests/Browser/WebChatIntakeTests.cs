using Bouwmarkt.Bot.Tests.Bot.Channels.DirectLine;
using Bouwmarkt.Bot.Tests.Support;
using OpenQA.Selenium;

namespace Bouwmarkt.Bot.Tests.Browser;

/// <summary>The web page as a resident uses it: the real host, the real intake, Web Chat in headless Chromium.</summary>
public sealed class WebChatIntakeTests
{
    [Fact]
    public async Task Resident_TellsTheNeedThenClicksTheSuggestedAnswer_GetsTheNextQuestion()
    {
        Assert.True(HeadlessChromium.IsInstalled, "Install Debian's chromium and chromium-driver (.ci/run does).");
        await using var host = await TestHost.StartAsync(new Dictionary<string, string?> { ["DirectLine:Secret"] = DirectLineTestServer.Secret });
        var texts = DialogIntakeHarness.Texts;
        using var browser = HeadlessChromium.Start();

        browser.Driver.Navigate().GoToUrl(host.BaseAddress);
        browser.WaitForText(texts["intake.ask_need"]);
        browser.WaitFor(d => d.FindElement(By.CssSelector("[data-id='webchat-sendbox-input']")), "the send box")
            .SendKeys("ik heb schulden en er komt een deurwaarder" + Keys.Enter);
        browser.WaitForText("geld en schulden");
        browser.WaitFor(d => d.FindElement(By.XPath("//button[contains(., 'Ja, dat klopt')]")), "the suggested action").Click();
        browser.WaitForText(texts["intake.for_whom"]);
        browser.SaveScreenshot("webchat-intake.png");

        var page = browser.Driver.PageSource;
        Assert.Contains("Voor mezelf", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Verzenden mislukt", page, StringComparison.Ordinal);
    }
}
