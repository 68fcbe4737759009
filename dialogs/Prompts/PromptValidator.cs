namespace Bouwmarkt.Bot.Dialogs.Prompts;

/// <summary>Decides whether a recognized value is acceptable; may send its own retry message.</summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> promptContext, CancellationToken cancellationToken);
