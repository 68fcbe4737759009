using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Bouwmarkt.Bot.Dialogs.Prompts;

namespace Bouwmarkt.Bot.Dialogs.Engine;

/// <summary>Source-generated JSON for the dialog stack and the engine's own state records.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(DialogState))]
[JsonSerializable(typeof(WaterfallState))]
[JsonSerializable(typeof(PromptState))]
[JsonSerializable(typeof(PromptOptions))]
[JsonSerializable(typeof(FoundChoice))]
[JsonSerializable(typeof(Area))]
[JsonSerializable(typeof(JsonObject))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(List<string>))]
public sealed partial class DialogsJsonContext : JsonSerializerContext;
