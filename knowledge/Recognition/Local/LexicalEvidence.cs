namespace Bouwmarkt.Bot.Knowledge.Recognition.Local;

/// <summary>What the taxonomy's labels and the crisis patterns find in one message, before any cut-off.</summary>
/// <param name="NeedScores">Per need: the noisy-OR of its matched labels (0–1), context words dropped when a specific word is there.</param>
/// <param name="ConceptScores">Per narrower concept of those needs, scored the same way.</param>
/// <param name="Urgency">What the crisis check decided; only its signals' kinds count in <paramref name="NeedScores"/>.</param>
public sealed record LexicalEvidence(
    IReadOnlyDictionary<string, double> NeedScores,
    IReadOnlyDictionary<string, double> ConceptScores,
    Urgency Urgency);
