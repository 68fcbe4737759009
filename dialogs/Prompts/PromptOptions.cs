using System.Text.Json;
using System.Text.Json.Nodes;
using Bouwmarkt.Bot.Dialogs.Engine;

namespace Bouwmarkt.Bot.Dialogs.Prompts;

/// <summary>What a prompt asks and how; persisted with the prompt, so it holds texts, not activities.</summary>
public sealed record PromptOptions(string Prompt)
{
    /// <summary>Said after input that was not understood; defaults to the prompt.</summary>
    public string? RetryPrompt { get; init; }

    public IReadOnlyList<Choice>? Choices { get; init; }

    public ListStyle Style { get; init; } = ListStyle.Auto;

    /// <summary>Failed tries before the way out is offered; null uses the prompt's default.</summary>
    public int? MaxAttempts { get; init; }

    /// <summary>Bounds for number prompts.</summary>
    public int? Min { get; init; }

    public int? Max { get; init; }

    public JsonNode ToNode() => JsonSerializer.SerializeToNode(this, DialogsJsonContext.Default.PromptOptions)!;

    public static PromptOptions? FromNode(JsonNode? node) => node?.Deserialize(DialogsJsonContext.Default.PromptOptions);
}
