namespace Bouwmarkt.Bot.Protocol.Schema;

/// <summary>A user or bot on a channel.</summary>
public sealed record ChannelAccount(string? Id = null, string? Name = null)
{
    public string? AadObjectId { get; init; }
    public string? Role { get; init; }
}
