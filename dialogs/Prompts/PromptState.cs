namespace Bouwmarkt.Bot.Dialogs.Prompts;

/// <summary>A prompt instance's persisted state.</summary>
public sealed class PromptState
{
    public required PromptOptions Options { get; init; }

    public int AttemptCount { get; set; }
}
