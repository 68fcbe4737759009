using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Bouwmarkt.Bot.Dialogs.Engine;

/// <summary>One entry of the persisted dialog stack: which dialog, and its own state as JSON.</summary>
/// <remarks>Each dialog reads and writes its state through its own source-generated type info, so no type names are stored.</remarks>
public sealed class DialogInstance
{
    public required string Id { get; init; }

    public JsonObject State { get; init; } = [];

    /// <summary>A component dialog's inner stack, stored beside <see cref="State"/> as typed data.</summary>
    /// <remarks>Typed rather than a node in <see cref="State"/>, so a turn does not convert it to JSON and back at every level.</remarks>
    [JsonPropertyName("inner")]
    public DialogState? Inner { get; set; }
}
