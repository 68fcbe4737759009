using System.Text.RegularExpressions;

namespace Bouwmarkt.Bot.Tests.Dialogs.Texts;

/// <summary>Flesch-Douma readability for Dutch: 206.84 − 0.77 × syllables per 100 words − 0.93 × words per sentence.</summary>
/// <remarks>Syllables are vowel groups; ij, ie, oe, ou, ui, ei, eu, aa, ee, oo, uu count as one (a run of vowels is one group).</remarks>
internal static partial class FleschDouma
{
    public static double Score(string text)
    {
        var sentences = Sentences(text);
        var words = sentences.SelectMany(s => s).ToList();
        if (words.Count == 0)
        {
            return 100;
        }

        var syllables = words.Sum(Syllables);
        return 206.84 - (0.77 * 100.0 * syllables / words.Count) - (0.93 * words.Count / sentences.Count);
    }

    /// <summary>Sentences as word lists; a line break ends a sentence too (lists, choices).</summary>
    public static List<List<string>> Sentences(string text) =>
        [.. SentenceEnd().Split(text)
            .Select(s => WordRegex().Matches(s).Select(m => m.Value).ToList())
            .Where(s => s.Count > 0)];

    public static string WithoutPlaceholders(string text) => Placeholder().Replace(text, "");

    public static int Syllables(string word)
    {
        // 'ij' acts as a vowel in Dutch; a run of vowels (aa, ie, oe, ui, eeu...) is one syllable.
        var w = word.ToLowerInvariant().Replace("ij", "i", StringComparison.Ordinal);
        var groups = VowelGroup().Matches(w).Count;
        return Math.Max(1, groups);
    }

    [GeneratedRegex(@"\{\w+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"[.!?:]+(\s|$)|\n+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'\-@./]*")]
    private static partial Regex WordRegex();

    [GeneratedRegex("[aeiouyàáâäèéêëìíîïòóôöùúûü]+")]
    private static partial Regex VowelGroup();
}
