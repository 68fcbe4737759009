namespace Bouwmarkt.Bot.Protocol.Schema;

/// <summary>The conversation an activity belongs to.</summary>
public sealed record ConversationAccount(string? Id = null, string? Name = null)
{
    public bool? IsGroup { get; init; }
    public string? ConversationType { get; init; }
    public string? TenantId { get; init; }
    public string? AadObjectId { get; init; }
    public string? Role { get; init; }
}
