namespace Bouwmarkt.Bot.Dialogs.Intake;

/// <summary>What the intake learned in this conversation; only needs, a postcode area and answers, never names.</summary>
/// <remarks>Kept in conversation state while the intake runs and removed when it ends.</remarks>
public sealed class IntakeProfile
{
    public bool Welcomed { get; set; }

    public List<string> Needs { get; set; } = [];

    public List<string> Concepts { get; set; } = [];

    /// <summary>One of <see cref="ForWhom"/>'s values.</summary>
    public string? ForWhom { get; set; }

    /// <summary>'1234' or '1234 AB'; empty when skipped.</summary>
    public string? Postcode { get; set; }

    /// <summary>The place (gemeente) the resident named instead of a postcode.</summary>
    public string? Gemeente { get; set; }

    public bool Urgent { get; set; }

    /// <summary>The recognizer saw a possible crisis it could not be sure of: the dialog asks whether someone is in danger now.</summary>
    public bool PossibleDanger { get; set; }

    /// <summary>The answer that made it urgent, to explain why offers match.</summary>
    public string? UrgentReason { get; set; }

    /// <summary>For referrals: whether the person referred agreed.</summary>
    public bool? Consent { get; set; }

    /// <summary>A crisis was answered in this conversation: the resident is not asked to give a message for learning.</summary>
    public bool CrisisSeen { get; set; }

    /// <summary>Only when the host asks residents to give their message for learning: what would be kept, until the
    /// resident says yes or no at the end.</summary>
    public LearningCandidate? ToLearnFrom { get; set; }
}
