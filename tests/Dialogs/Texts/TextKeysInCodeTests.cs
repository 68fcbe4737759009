using System.Text.RegularExpressions;
using Bouwmarkt.Bot.Tests.Support;

namespace Bouwmarkt.Bot.Tests.Dialogs.Texts;

/// <summary>Every text key the dialogs use exists in texts.nl.yaml, so editing the file cannot silently break a path.</summary>
public sealed partial class TextKeysInCodeTests
{
    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Bouwmarkt.Bot.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }

    [Fact]
    public void EveryKeyUsedInTheDialogs_IsInTheTextFile()
    {
        var sources = Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "dialogs"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        // Dialog ids such as "intake.main" are constants; text keys are used inline.
        var keys = sources.SelectMany(File.ReadLines)
            .Where(line => !line.Contains("const string", StringComparison.Ordinal))
            .SelectMany(line => KeyRegex().Matches(line).Select(m => m.Groups["key"].Value))
            .ToHashSet();

        var missing = keys.Where(k => !DialogIntakeHarness.Texts.Contains(k) && !k.StartsWith("results.route.", StringComparison.Ordinal)).ToList();

        Assert.True(keys.Count > 40, $"only {keys.Count} keys found; the pattern may be wrong");
        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("basis")]
    [InlineData("netwerk")]
    [InlineData("initiatief")]
    [InlineData("maatwerk")]
    public void EveryRoute_HasAHeading(string route)
    {
        Assert.True(DialogIntakeHarness.Texts.Contains("results.route." + route));
    }

    // T("key"), Texts["key"], Format("key", ...), Say(dc, "key", ...) and ternaries of keys.
    [GeneratedRegex("\"(?<key>(?:prompt|welcome|intake|results|handoff|feedback|crisis|interrupt|worry|helping|professional)\\.[a-z_.]+)\"")]
    private static partial Regex KeyRegex();
}
