using Bouwmarkt.Bot.Dialogs.Texts;

namespace Bouwmarkt.Bot.Dialogs.Prompts;

/// <summary>What every prompt shares: the texts and how many failed tries before the way out.</summary>
public sealed record PromptSettings(TextCatalog Texts, int MaxAttempts = 3);
