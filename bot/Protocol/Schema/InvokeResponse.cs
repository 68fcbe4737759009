using System.Text.Json;

namespace Bouwmarkt.Bot.Protocol.Schema;

/// <summary>The synchronous answer to an <c>invoke</c> activity.</summary>
public sealed record InvokeResponse(int Status, JsonElement? Body = null);
