namespace Bouwmarkt.Bot.Intake;

/// <summary>Body of <c>POST /api/intake/analyze</c>.</summary>
public sealed record AnalyzeRequest(string? Text);
