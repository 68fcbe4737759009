namespace Bouwmarkt.Bot.Dialogs.Engine;

/// <summary>Names of the events a dialog context emits.</summary>
public static class DialogEvents
{
    public const string ActivityReceived = "activityReceived";
    public const string Error = "error";
}
