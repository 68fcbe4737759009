using System.Text.Json.Serialization;

namespace Bouwmarkt.Bot.Channels.DirectLine;

/// <summary>Source-generated JSON for the Direct Line wire types and stored records: camelCase, nulls omitted.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ActivitySet))]
[JsonSerializable(typeof(DirectLineConversation))]
[JsonSerializable(typeof(TokenParameters))]
[JsonSerializable(typeof(DirectLineTokenClaims))]
[JsonSerializable(typeof(ConversationRecord))]
[JsonSerializable(typeof(WebChatSettings))]
[JsonSerializable(typeof(WebChatSession))]
[JsonSerializable(typeof(string))]
internal sealed partial class DirectLineJsonContext : JsonSerializerContext;
