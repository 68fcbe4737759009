using System.Text.Json.Serialization;

namespace Bouwmarkt.Bot.Knowledge.Recognition.Learned;

/// <summary>The learned model as stored: labels with their bias, and per label the weights of the features that count for it.</summary>
/// <param name="TrainedOn">The message sets it learned from (file names), so it can be retrained and checked.</param>
/// <param name="Settings">The training settings, for the same reason.</param>
/// <param name="Weights">Per label, per feature (<see cref="MessageFeatures"/>) its weight; features left out weigh 0.</param>
/// <param name="Network">The hidden layer blended in, if any; a file without one is the logistic regression alone.</param>
public sealed record LearnedModelFile(
    IReadOnlyList<string> TrainedOn,
    LearnedModelTrainerOptions Settings,
    IReadOnlyList<string> Labels,
    IReadOnlyList<double> Bias,
    IReadOnlyDictionary<string, Dictionary<string, double>> Weights,
    LearnedNetworkFile? Network = null);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(LearnedModelFile))]
internal sealed partial class LearnedModelJsonContext : JsonSerializerContext;
