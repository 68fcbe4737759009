using System.Text.Json.Nodes;

namespace Bouwmarkt.Bot.Dialogs.Engine;

/// <summary>A waterfall instance's persisted state.</summary>
public sealed class WaterfallState
{
    public JsonNode? Options { get; set; }

    /// <summary>Values shared by all steps.</summary>
    public JsonObject Values { get; set; } = [];

    public int StepIndex { get; set; }

    /// <summary>The steps that asked a question, oldest first: the path 'terug' walks back.</summary>
    public List<int> Asked { get; set; } = [];

    /// <summary>The result each step was given, by step index, so a step can run again.</summary>
    public JsonObject Inputs { get; set; } = [];
}
