using System.Text.Json.Nodes;

namespace Bouwmarkt.Bot.Dialogs.Prompts;

/// <summary>Accepts any non-empty text.</summary>
public sealed class TextPrompt(string id, PromptSettings settings, PromptValidator<string>? validator = null)
    : Prompt<string>(id, settings, validator)
{
    protected override PromptRecognizerResult<string> Recognize(string? text, PromptOptions options) =>
        string.IsNullOrWhiteSpace(text) ? PromptRecognizerResult<string>.Failed : new(true, text.Trim());

    protected override JsonNode ToNode(string value) => JsonValue.Create(value);
}
