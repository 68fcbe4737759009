using System.Globalization;

namespace Bouwmarkt.Bot.Knowledge.Matching;

/// <summary>The small set of B1 sentences that tell a resident why an offer fits: the need, then the answer.</summary>
public static class ReasonTemplates
{
    public const string Need = "Je zoekt hulp bij: {0}.";
    public const string Local = "Het is in {0}.";
    public const string NearYou = "Het is bij jou in de buurt.";
    public const string National = "Het is voor heel Nederland.";
    public const string Age = "Het past bij je leeftijd.";
    public const string ForOther = "Het is ook voor wie zich zorgen maakt om een ander.";
    public const string Helper = "Hier kun je zelf helpen.";
    public const string Urgent = "Het kan snel, want het is dringend.";

    public static string Format(string template, string value) => string.Format(CultureInfo.InvariantCulture, template, value);
}
