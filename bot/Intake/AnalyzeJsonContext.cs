using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;

namespace Bouwmarkt.Bot.Intake;

/// <summary>Source-generated JSON for the analyze endpoint (camelCase, enums as strings).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(AnalyzeRequest))]
[JsonSerializable(typeof(AnalyzeResponse))]
[JsonSerializable(typeof(ProblemDetails))]
public sealed partial class AnalyzeJsonContext : JsonSerializerContext;
