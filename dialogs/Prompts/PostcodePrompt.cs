using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Bouwmarkt.Bot.Dialogs.Prompts;

/// <summary>A Dutch postcode: '1234 AB', '1234ab' or only the four digits; the result is '1234 AB' or '1234'.</summary>
/// <remarks>The four digits are enough to find local offers; we never need a house number.</remarks>
public sealed partial class PostcodePrompt(string id, PromptSettings settings, PromptValidator<string>? validator = null)
    : Prompt<string>(id, settings, validator)
{
    private static readonly System.Collections.Frozen.FrozenSet<string> SkipWords = System.Collections.Frozen.FrozenSet.Create(
        StringComparer.Ordinal, "sla over", "overslaan", "weet ik niet", "weet niet", "geen idee", "geen", "liever niet", "skip");

    /// <summary>Shows the options' choices (such as 'Sla over').</summary>
    protected override IReadOnlyList<Choice>? ChoicesFor(PromptOptions options) => options?.Choices;

    /// <summary>A postcode gives its normalized form; a skip word gives an empty string.</summary>
    protected override PromptRecognizerResult<string> Recognize(string? text, PromptOptions options)
    {
        if (Parse(text) is { } postcode)
        {
            return new(true, postcode);
        }

        return IsSkip(text, options?.Choices)
            ? new(true, "")
            : PromptRecognizerResult<string>.Failed;
    }

    protected override JsonNode ToNode(string value) => JsonValue.Create(value);

    /// <summary>True when <paramref name="text"/> skips the question: a skip word, or one of the shown choices (such as 'Sla over').</summary>
    internal static bool IsSkip(string? text, IReadOnlyList<Choice>? choices) =>
        SkipWords.Contains(DutchInput.Normalize(text)) || ChoicePrompt.FindExact(text, choices) is not null;

    /// <summary>The normalized postcode in <paramref name="text"/>, or null.</summary>
    public static string? Parse(string? text) => Parse(text, PostcodeRegex());

    /// <summary>
    /// A code below 1000 ('0991' or '0991 AB'): no real Dutch postcode, but the areas a sociale kaart may use for
    /// test or demo data. Only accept it where the offers list that area.
    /// </summary>
    public static string? ParseBelow1000(string? text) => Parse(text, Below1000Regex());

    private static string? Parse(string? text, Regex regex)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var match = regex.Match(text);
        if (!match.Success)
        {
            return null;
        }

        var digits = match.Groups["digits"].Value;
        var letters = match.Groups["letters"].Value.ToUpperInvariant();
        // SA, SD and SS are not used as Dutch postcode letters.
        if (letters is "SA" or "SD" or "SS")
        {
            return null;
        }

        return letters.Length == 0 ? digits : digits + " " + letters;
    }

    [GeneratedRegex(@"(?<![0-9A-Za-z])(?<digits>[1-9][0-9]{3})\s?(?<letters>[A-Za-z]{2})?(?![0-9A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex PostcodeRegex();

    [GeneratedRegex(@"(?<![0-9A-Za-z])(?<digits>0[0-9]{3})\s?(?<letters>[A-Za-z]{2})?(?![0-9A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex Below1000Regex();
}
