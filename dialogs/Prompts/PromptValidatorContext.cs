using Bouwmarkt.Bot.Protocol.Turns;

namespace Bouwmarkt.Bot.Dialogs.Prompts;

/// <summary>What a validator sees.</summary>
public sealed record PromptValidatorContext<T>(ITurnContext Context, PromptRecognizerResult<T> Recognized, PromptOptions Options, int AttemptCount);
