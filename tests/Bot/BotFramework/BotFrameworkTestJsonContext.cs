using System.Text.Json.Serialization;

namespace Bouwmarkt.Bot.Tests.Bot.BotFramework;

/// <summary>Source-generated JSON for the state the test bots keep.</summary>
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(string))]
internal sealed partial class BotFrameworkTestJsonContext : JsonSerializerContext;
