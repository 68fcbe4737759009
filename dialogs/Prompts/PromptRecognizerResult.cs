namespace Bouwmarkt.Bot.Dialogs.Prompts;

/// <summary>What a prompt made of the input.</summary>
public readonly record struct PromptRecognizerResult<T>(bool Succeeded, T? Value)
{
    public static PromptRecognizerResult<T> Failed => new(false, default);
}
