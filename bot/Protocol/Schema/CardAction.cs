using System.Text.Json;

namespace Bouwmarkt.Bot.Protocol.Schema;

/// <summary>A button: in suggested actions or on a card.</summary>
public sealed record CardAction(string Type, string? Title = null, JsonElement? Value = null)
{
    public string? Text { get; init; }
    public string? DisplayText { get; init; }
    public string? Image { get; init; }
    public string? ImageAltText { get; init; }

    /// <summary>An imBack button that sends <paramref name="title"/> back as the user's message.</summary>
    public static CardAction ImBack(string title, string? value = null) =>
        new(ActionTypes.ImBack, title, JsonSerializer.SerializeToElement(value ?? title, ProtocolJsonContext.Default.String));

    /// <summary>A button that opens a web address.</summary>
    public static CardAction OpenUrl(string title, string url) =>
        new(ActionTypes.OpenUrl, title, JsonSerializer.SerializeToElement(url, ProtocolJsonContext.Default.String));

    /// <summary>A button that calls a phone number (<c>tel:</c>).</summary>
    public static CardAction Call(string title, string telUri) =>
        new(ActionTypes.Call, title, JsonSerializer.SerializeToElement(telUri, ProtocolJsonContext.Default.String));

    /// <summary>The value as a string, when it is one.</summary>
    public string? ValueString => Value is { ValueKind: JsonValueKind.String } v ? v.GetString() : null;
}
