using System.Text.Json.Nodes;

namespace Bouwmarkt.Bot.Dialogs.Engine;

/// <summary>The outcome of a dialog call: the status and, when complete, the result as JSON.</summary>
public sealed record DialogTurnResult(DialogTurnStatus Status, JsonNode? Result = null)
{
    /// <summary>True when a parent dialog ended as a side effect of this call.</summary>
    public bool ParentEnded { get; init; }
}
