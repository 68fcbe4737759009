using System.Text.Json.Nodes;

namespace Bouwmarkt.Bot.Dialogs.Prompts;

/// <summary>Reads a whole number (digits or a Dutch word), within <see cref="PromptOptions.Min"/> and <see cref="PromptOptions.Max"/>.</summary>
public sealed class NumberPrompt(string id, PromptSettings settings, PromptValidator<int>? validator = null)
    : Prompt<int>(id, settings, validator)
{
    protected override PromptRecognizerResult<int> Recognize(string? text, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return DutchInput.ReadNumber(text) is { } n && n >= (options.Min ?? int.MinValue) && n <= (options.Max ?? int.MaxValue)
            ? new(true, n)
            : PromptRecognizerResult<int>.Failed;
    }

    protected override JsonNode ToNode(int value) => JsonValue.Create(value);
}
