namespace Bouwmarkt.Bot.Dialogs.Prompts;

/// <summary>The choice a user picked: its value and zero-based index.</summary>
public sealed record FoundChoice(string Value, int Index);
