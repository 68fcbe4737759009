namespace Bouwmarkt.Bot.Dialogs.Intake;

/// <summary>What a resident can say at any question.</summary>
public enum Interruption
{
    None,
    Help,
    Stop,
    Restart,
    Back,
    Human,
    Forget,
}
