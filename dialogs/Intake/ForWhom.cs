namespace Bouwmarkt.Bot.Dialogs.Intake;

/// <summary>Who the help is for; the values go to the matcher as <c>MatchAnswers.ForWhom</c>.</summary>
public static class ForWhom
{
    public const string Self = "zelf";
    public const string Other = "ander";
    public const string Helper = "helpen";
    public const string Carer = "mantelzorger";
    public const string Professional = "professional";
}
