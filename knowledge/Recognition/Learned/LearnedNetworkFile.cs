namespace Bouwmarkt.Bot.Knowledge.Recognition.Learned;

/// <summary>The learned model's hidden layer as stored (see <see cref="LearnedNetwork"/>).</summary>
/// <param name="Share">Its share in each probability; the logistic regression has the rest.</param>
/// <param name="Features">The features it reads (<see cref="MessageFeatures"/>), in the order of the rows of <paramref name="InputWeights"/>.</param>
/// <param name="InputWeights">One row per feature, one signed byte per hidden unit: a quarter of the file of single
/// precision, and the same answers on the held-out sets.</param>
/// <param name="RowScales">Per row, what one step of its bytes is worth.</param>
/// <param name="OutputWeights">Per hidden unit, one weight per label of the model.</param>
public sealed record LearnedNetworkFile(
    double Share,
    int HiddenUnits,
    IReadOnlyList<string> Features,
    byte[] InputWeights,
    IReadOnlyList<float> RowScales,
    IReadOnlyList<float> HiddenBias,
    IReadOnlyList<float> OutputWeights,
    IReadOnlyList<float> OutputBias);
