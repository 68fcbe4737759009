namespace Bouwmarkt.Bot.Knowledge.Recognition;

/// <summary>A taxonomy concept with a score from 0 to 1.</summary>
public sealed record ScoredConcept(string Id, string Label, double Score);
