namespace Bouwmarkt.Bot.Knowledge.Matching;

/// <summary>One offer as a resident sees it: what it does, how to reach it and why it fits.</summary>
/// <param name="Contact">One line of contact details for the API (phone, web, address, hours).</param>
/// <param name="Reason">Why it fits, in B1 Dutch (the need and the answer that led to it).</param>
public sealed record MatchedOffer(string Id, string Name, string What, string Contact, string Reason)
{
    public string? Phone { get; init; }
    public string? Url { get; init; }
    public string? Email { get; init; }
    public string? Address { get; init; }
    public string? OpeningHours { get; init; }
    public bool IsNational { get; init; }
    public DateOnly? AssuredDate { get; init; }
}
