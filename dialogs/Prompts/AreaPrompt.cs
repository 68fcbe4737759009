using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Bouwmarkt.Bot.Dialogs.Engine;

namespace Bouwmarkt.Bot.Dialogs.Prompts;

/// <summary>Asks where help should be: a Dutch postcode or a place name (gemeente), or 'sla over'.</summary>
/// <remarks>Never a street or house number: the area is enough to find local offers.</remarks>
/// <param name="id">The dialog id.</param>
/// <param name="settings">Texts and retry limits.</param>
/// <param name="validator">An extra check of the recognized area.</param>
/// <param name="listedArea">Whether the offers list a four-digit area below 1000 (demo data); null accepts none.</param>
public sealed partial class AreaPrompt(string id, PromptSettings settings, PromptValidator<Area>? validator = null, Func<int, bool>? listedArea = null)
    : Prompt<Area>(id, settings, validator)
{
    protected override IReadOnlyList<Choice>? ChoicesFor(PromptOptions options) => options?.Choices;

    protected override PromptRecognizerResult<Area> Recognize(string? text, PromptOptions options)
    {
        if (PostcodePrompt.Parse(text) is { } postcode)
        {
            return new(true, new Area(postcode, null));
        }

        if (listedArea is not null && PostcodePrompt.ParseBelow1000(text) is { } low
            && listedArea(int.Parse(low.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture)))
        {
            return new(true, new Area(low, null));
        }

        if (PostcodePrompt.IsSkip(text, options?.Choices))
        {
            return new(true, Area.Skipped);
        }

        var trimmed = text?.Trim() ?? "";
        return PlaceRegex().IsMatch(trimmed) && DutchInput.ReadYesNo(trimmed) is null
            ? new(true, new Area(null, ToPlaceName(trimmed)))
            : PromptRecognizerResult<Area>.Failed;
    }

    protected override JsonNode ToNode(Area value) => JsonSerializer.SerializeToNode(value, DialogsJsonContext.Default.Area)!;

    /// <summary>Reads an area from a step result.</summary>
    public static Area? FromResult(JsonNode? result) => result is JsonObject ? result.Deserialize(DialogsJsonContext.Default.Area) : null;

    // 'den haag' → 'Den Haag', 'alphen aan den rijn' → 'Alphen aan den Rijn': particles stay small inside a name.
    private static string ToPlaceName(string text) =>
        string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select((w, i) => char.IsLower(w[0]) && (i == 0 || w is not ("aan" or "den" or "de" or "op" or "in" or "bij")) ? char.ToUpperInvariant(w[0]) + w[1..] : w));

    // One to three words of letters, such as 'Utrecht', 'Den Haag', "'s-Hertogenbosch", 'Alphen aan den Rijn'.
    [GeneratedRegex(@"^(?:'s-)?\p{L}[\p{L}'\-]{1,30}(?:\s\p{L}[\p{L}'\-]{0,30}){0,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceRegex();
}
