namespace Bouwmarkt.Bot.Learning;

/// <summary>
/// Learning from real messages, bound from the <c>Learning</c> section: whether residents are asked at the end of the
/// intake to give the message their needs came from, and the key staff use to export what was given.
/// </summary>
/// <remarks>Off by default: a municipality turns it on once its privacy statement names the purpose, the reviewer and
/// how long messages are kept (<c>Storage:RetentionDays</c>).</remarks>
public sealed class LearningOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Learning";

    /// <summary>The shortest export key accepted: long enough that it cannot be guessed.</summary>
    public const int MinExportKeyLength = 24;

    /// <summary>Ask residents, after the feedback, whether their message may be kept (scrubbed) for learning.</summary>
    public bool AskResidents { get; set; }

    /// <summary>
    /// The bearer key of <c>GET /api/learning/messages</c>; empty means the endpoint does not exist. Keep it out of
    /// appsettings.json: set it as <c>Learning__ExportKey</c> in the environment or a secret store.
    /// </summary>
    public string? ExportKey { get; set; }

    /// <summary>True when no key is set (no export) or the key is long enough.</summary>
    public bool HasUsableExportKey => string.IsNullOrEmpty(ExportKey) || ExportKey.Length >= MinExportKeyLength;
}
