namespace Bouwmarkt.Bot.Dialogs.Prompts;

/// <summary>One option of a choice prompt: the value returned, and other words that select it.</summary>
public sealed record Choice(string Value)
{
    public IReadOnlyList<string>? Synonyms { get; init; }
}
