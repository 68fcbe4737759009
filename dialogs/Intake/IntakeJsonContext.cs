using System.Text.Json.Serialization;

namespace Bouwmarkt.Bot.Dialogs.Intake;

/// <summary>Source-generated JSON for the intake's own state and messages.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(IntakeProfile))]
[JsonSerializable(typeof(HandoffRequest))]
[JsonSerializable(typeof(FeedbackEntry))]
[JsonSerializable(typeof(LearningEntry))]
public sealed partial class IntakeJsonContext : JsonSerializerContext;
