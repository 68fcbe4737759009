namespace Bouwmarkt.Bot.Dialogs.Engine;

/// <summary>The persisted dialog stack; index 0 is the top (the active dialog), as in Bot Builder.</summary>
public sealed class DialogState
{
    public List<DialogInstance> DialogStack { get; init; } = [];
}
