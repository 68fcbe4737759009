namespace Bouwmarkt.Bot.Knowledge.Recognition.Learned;

/// <summary>The learned model's answer for one message: per need the probability it applies, the probability of a
/// crisis, the probability that the message names no need at all, and the share of the message's words the model has
/// learned anything about (1 when it has no words).</summary>
/// <remarks>A message in a language the model never learned (German, Frisian) gets confident-looking probabilities
/// from the few words it knows; <see cref="KnownWords"/> says how little those rest on.</remarks>
public sealed record NeedProbabilities(IReadOnlyDictionary<string, double> Needs, double Urgent, double NoNeeds = 0, double KnownWords = 1);
