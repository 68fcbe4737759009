namespace Bouwmarkt.Bot.Protocol.State;

/// <summary>One stored JSON document and the ETag it was read with (or must match on write).</summary>
public sealed record StoreItem(string Json, string? ETag)
{
    /// <summary>The ETag that writes unconditionally.</summary>
    public const string AnyETag = "*";
}
