namespace Bouwmarkt.Bot.Dialogs.Intake;

/// <summary>What goes to the wijkteam after the resident agreed and read it back.</summary>
public sealed record HandoffRequest(
    string Summary,
    IReadOnlyList<string> Needs,
    string? ForWhom,
    string? Postcode,
    bool Urgent,
    string Contact,
    string ChannelId,
    DateTimeOffset CreatedAt)
{
    /// <summary>The place the resident named instead of a postcode.</summary>
    public string? Gemeente { get; init; }
}
