using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace Bouwmarkt.Bot.Tests.Browser;

/// <summary>Debian's Chromium driven by its own chromedriver: nothing is downloaded, each run gets a fresh profile.</summary>
internal sealed class HeadlessChromium : IDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string DriverPath = "/usr/bin/chromedriver";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly string _profile;

    private HeadlessChromium(ChromeDriver driver, string profile)
    {
        Driver = driver;
        _profile = profile;
    }

    public ChromeDriver Driver { get; }

    /// <summary>True when both Debian packages are installed (.ci/run installs them).</summary>
    public static bool IsInstalled => File.Exists(ChromiumPath) && File.Exists(DriverPath);

    public static HeadlessChromium Start()
    {
        var profile = Directory.CreateTempSubdirectory("bouwmarkt-chromium-").FullName;
        var options = new ChromeOptions { BinaryLocation = ChromiumPath };
        options.SetLoggingPreference(LogType.Browser, LogLevel.All);
        options.AddArguments(
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", "--window-size=1000,900", "--lang=nl-NL", $"--user-data-dir={profile}");
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(DriverPath)!, Path.GetFileName(DriverPath));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        return new HeadlessChromium(new ChromeDriver(service, options, Patience), profile);
    }

    /// <summary>Polls until <paramref name="find"/> returns an element; fails with <paramref name="what"/> after a while.</summary>
    public IWebElement WaitFor(Func<ISearchContext, IWebElement?> find, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            try
            {
                if (find(Driver) is { Displayed: true } element)
                {
                    return element;
                }
            }
            catch (Exception e) when (e is NoSuchElementException or StaleElementReferenceException)
            {
                // Web Chat re-renders while it receives activities; ask again.
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The page did not show {what} within {Patience.TotalSeconds} s.");
            }

            Thread.Sleep(100);
        }
    }

    /// <summary>Waits until some element's text contains <paramref name="text"/>.</summary>
    public IWebElement WaitForText(string text) =>
        WaitFor(d => d.FindElements(By.XPath($"//*[contains(text(), {XPathLiteral(text)})]")).FirstOrDefault(e => e.Displayed), $"\"{text}\"");

    /// <summary>What the page wrote to the browser console (errors, CSP violations) since the last call.</summary>
    public IReadOnlyList<string> ConsoleMessages() =>
        [.. Driver.Manage().Logs.GetLog(LogType.Browser).Select(entry => $"{entry.Level}: {entry.Message}")];

    /// <summary>Saves a screenshot beside the test binaries, under artifacts/, and returns its path.</summary>
    public string SaveScreenshot(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        Driver.GetScreenshot().SaveAsFile(path);
        return path;
    }

    public void Dispose()
    {
        Driver.Quit();
        Driver.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still be closing its profile; the temp folder is cleaned by the OS.
        }
    }

    private static string XPathLiteral(string text) => text.Contains('\'', StringComparison.Ordinal) ? $"\"{text}\"" : $"'{text}'";
}
