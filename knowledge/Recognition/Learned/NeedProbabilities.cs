namespace Bouwmarkt.Bot.Knowledge.Recognition.Learned;

/// <summary>The learned model's answer for one message: per need the probability it applies, the probability of a
/// crisis, and the probability that the message names no need at all.</summary>
public sealed record NeedProbabilities(IReadOnlyDictionary<string, double> Needs, double Urgent, double NoNeeds = 0);
