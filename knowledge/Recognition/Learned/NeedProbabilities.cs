namespace Bouwmarkt.Bot.Knowledge.Recognition.Learned;

/// <summary>The learned model's answer for one message: per need the probability it applies, and the probability of a crisis.</summary>
public sealed record NeedProbabilities(IReadOnlyDictionary<string, double> Needs, double Urgent);
