namespace Bouwmarkt.Bot.Dialogs.Intake;

/// <summary>Settings of the resident intake, bound from section <see cref="Section"/>.</summary>
public sealed class IntakeOptions
{
    public const string Section = "Intake";

    /// <summary>The page that explains what happens with data; shown in the welcome.</summary>
    public string PrivacyUrl { get; set; } = "https://www.example.nl/privacy";

    /// <summary>Failed tries of one question before the way out is offered.</summary>
    public int MaxAttempts { get; set; } = 3;
}
