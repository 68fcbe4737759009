using System.Text.Json;

namespace Bouwmarkt.Bot.Protocol.Schema;

/// <summary>A card or file attached to an activity.</summary>
public sealed record Attachment(string ContentType)
{
    public string? ContentUrl { get; init; }
    public JsonElement? Content { get; init; }
    public string? Name { get; init; }
    public string? ThumbnailUrl { get; init; }
}
