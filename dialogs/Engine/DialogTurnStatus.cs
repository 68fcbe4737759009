namespace Bouwmarkt.Bot.Dialogs.Engine;

/// <summary>Where the dialog stack stands after a call, as Bot Builder names it.</summary>
public enum DialogTurnStatus
{
    /// <summary>The stack is empty.</summary>
    Empty,

    /// <summary>The active dialog waits for the user.</summary>
    Waiting,

    /// <summary>The last dialog ended with a result.</summary>
    Complete,

    /// <summary>The dialogs were cancelled.</summary>
    Cancelled,

    /// <summary>The dialog completed and waits for the next turn.</summary>
    CompleteAndWait,
}
