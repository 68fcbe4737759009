using System.Text.Json.Serialization;

namespace Bouwmarkt.Bot.Channels.WhatsApp;

/// <summary>Source-generated JSON for the Cloud API wire types: snake_case, nulls omitted.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(WhatsAppNotification))]
[JsonSerializable(typeof(WhatsAppOutgoingMessage))]
[JsonSerializable(typeof(WhatsAppSendResult))]
[JsonSerializable(typeof(WhatsAppGraphError))]
internal sealed partial class WhatsAppJsonContext : JsonSerializerContext;
