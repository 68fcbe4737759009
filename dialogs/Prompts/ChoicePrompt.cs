using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bouwmarkt.Bot.Dialogs.Engine;

namespace Bouwmarkt.Bot.Dialogs.Prompts;

/// <summary>Picks one of <see cref="PromptOptions.Choices"/> by number, ordinal, title, synonym or a close spelling.</summary>
public sealed class ChoicePrompt(string id, PromptSettings settings, PromptValidator<FoundChoice>? validator = null)
    : Prompt<FoundChoice>(id, settings, validator)
{
    protected override IReadOnlyList<Choice>? ChoicesFor(PromptOptions options) => options?.Choices;

    protected override PromptRecognizerResult<FoundChoice> Recognize(string? text, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var found = Find(text, options.Choices ?? []);
        return found is null ? PromptRecognizerResult<FoundChoice>.Failed : new(true, found);
    }

    protected override JsonNode ToNode(FoundChoice value) => JsonSerializer.SerializeToNode(value, DialogsJsonContext.Default.FoundChoice)!;

    /// <summary>Reads a choice from a step result.</summary>
    public static FoundChoice? FromResult(JsonNode? result) => result?.Deserialize(DialogsJsonContext.Default.FoundChoice);

    /// <summary>The choice <paramref name="text"/> names exactly: its title or a synonym, its number, or a copied
    /// numbered line such as '1. Sla over'; null otherwise. For prompts whose free answers must not be read as a choice.</summary>
    public static FoundChoice? FindExact(string? text, IReadOnlyList<Choice>? choices)
    {
        var n = DutchInput.Normalize(text);
        if (choices is null || n.Length == 0 || choices.Count == 0)
        {
            return null;
        }

        for (var i = 0; i < choices.Count; i++)
        {
            if (Words(choices[i]).Any(w => w == n))
            {
                return new FoundChoice(choices[i].Value, i);
            }
        }

        // '2' or '2 sla over' (the console's '2. Sla over' copied, its dot gone in normalizing).
        var space = n.IndexOf(' ', StringComparison.Ordinal);
        var head = space < 0 ? n : n[..space];
        if (int.TryParse(head, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= choices.Count
            && (space < 0 || Words(choices[number - 1]).Any(w => w == n[(space + 1)..])))
        {
            return new FoundChoice(choices[number - 1].Value, number - 1);
        }

        return null;
    }

    /// <summary>Finds the choice <paramref name="text"/> means, or null.</summary>
    public static FoundChoice? Find(string? text, IReadOnlyList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var n = DutchInput.Normalize(text);
        if (n.Length == 0 || choices.Count == 0)
        {
            return null;
        }

        // 1. The title, a synonym, the number shown before it (alone or with its line).
        if (FindExact(text, choices) is { } exact)
        {
            return exact;
        }

        // 2. An ordinal ('de tweede', 'laatste').
        if (DutchInput.ReadOrdinal(n) is { } ordinal)
        {
            var index = ordinal == -1 ? choices.Count - 1 : ordinal - 1;
            if (index >= 0 && index < choices.Count)
            {
                return new FoundChoice(choices[index].Value, index);
            }
        }

        // 3. A close spelling, or the answer contains exactly one choice's words.
        FoundChoice? best = null;
        var bestDistance = int.MaxValue;
        var ambiguous = false;
        for (var i = 0; i < choices.Count; i++)
        {
            foreach (var word in Words(choices[i]))
            {
                var allowed = word.Length <= 4 ? 1 : word.Length <= 8 ? 2 : 3;
                var distance = DutchInput.Distance(n, word);
                if (distance <= allowed || (word.Length >= 4 && ContainsWords(n, word)))
                {
                    var d = distance <= allowed ? distance : allowed + 1;
                    if (d < bestDistance)
                    {
                        best = new FoundChoice(choices[i].Value, i);
                        bestDistance = d;
                        ambiguous = false;
                    }
                    else if (d == bestDistance && best is not null && best.Index != i)
                    {
                        ambiguous = true;
                    }
                }
            }
        }

        return ambiguous ? null : best;
    }

    private static IEnumerable<string> Words(Choice choice)
    {
        yield return DutchInput.Normalize(choice.Value);
        foreach (var synonym in choice.Synonyms ?? [])
        {
            yield return DutchInput.Normalize(synonym);
        }
    }

    private static bool ContainsWords(string text, string words) =>
        (" " + text + " ").Contains(" " + words + " ", StringComparison.Ordinal);
}
