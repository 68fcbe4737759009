using System.Text.Json;

namespace Bouwmarkt.Bot.Knowledge.Recognition.Learned;

/// <summary>
/// One logistic regression per need, one for "urgent" and one for "no need named", over <see cref="MessageFeatures"/>,
/// optionally blended with a hidden layer over the same features (<see cref="LearnedNetwork"/>): learned from the labelled
/// message sets by <see cref="LearnedModelTrainer"/>, read from a JSON file at start-up.
/// </summary>
/// <remarks>
/// Weights are stored per label (readable: what counts for 'geld'?) and kept per feature in memory (a feature weighs in
/// for a few labels only), so a message costs one look-up per feature and no allocation beyond the answer. The file
/// names the sets it learned from, so a test can retrain and check nobody edited it by hand.
/// </remarks>
public sealed class LearnedModel
{
    /// <summary>The label of the crisis model beside the needs.</summary>
    public const string UrgentLabel = "urgent";

    /// <summary>The label of the model for messages that name no need ('hallo', a school project, a question about the
    /// bot). Optional: a model without it never says so.</summary>
    public const string NoNeedsLabel = "none";

    private readonly string[] _labels;
    private readonly double[] _bias;
    private readonly Dictionary<string, FeatureWeights> _weights;
    private readonly LearnedNetwork? _network;
    private readonly int _urgent;
    private readonly int _noNeeds;

    public LearnedModel(LearnedModelFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Labels.Count == 0 || file.Labels.Count != file.Bias.Count)
        {
            throw new InvalidDataException($"The model has {file.Labels.Count} labels and {file.Bias.Count} biases; both must be the same, and not zero.");
        }

        _labels = [.. file.Labels];
        _urgent = Array.IndexOf(_labels, UrgentLabel);
        if (_urgent < 0)
        {
            throw new InvalidDataException($"The model has no '{UrgentLabel}' label.");
        }

        _noNeeds = Array.IndexOf(_labels, NoNeedsLabel);
        _bias = [.. file.Bias];
        var byFeature = new Dictionary<string, List<LabelWeight>>(StringComparer.Ordinal);
        foreach (var (label, weights) in file.Weights)
        {
            var index = Array.IndexOf(_labels, label);
            if (index < 0)
            {
                throw new InvalidDataException($"The weights name an unknown label '{label}'.");
            }

            foreach (var (feature, weight) in weights)
            {
                if (!byFeature.TryGetValue(feature, out var list))
                {
                    byFeature[feature] = list = new List<LabelWeight>(2);
                }

                list.Add(new LabelWeight(index, weight));
            }
        }

        // One entry per feature for both parts, so a message costs one look-up per feature. A plain dictionary:
        // freezing tens of thousands of keys costs more at start-up than its faster look-ups win back.
        _weights = new Dictionary<string, FeatureWeights>(byFeature.Count, StringComparer.Ordinal);
        foreach (var (feature, list) in byFeature)
        {
            _weights[feature] = new FeatureWeights([.. list], -1);
        }

        if (file.Network is { } network)
        {
            _network = new LearnedNetwork(network, _labels.Length);
            for (var row = 0; row < network.Features.Count; row++)
            {
                var feature = network.Features[row];
                _weights[feature] = new FeatureWeights(_weights.TryGetValue(feature, out var known) ? known.Labels : [], row);
            }
        }

        File = file;
    }

    /// <summary>What the model was saved as: labels, sets learned from, weights.</summary>
    public LearnedModelFile File { get; }

    /// <summary>The shipped model beside the binaries (the host's default <c>Recognition:LearnedModel</c>).</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "knowledge", "Recognition", "Learned", "need-model.json");

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not a model; the message says what is wrong.</exception>
    public static LearnedModel Load(string path)
    {
        LearnedModelFile? file;
        try
        {
            using var stream = System.IO.File.OpenRead(path);
            file = JsonSerializer.Deserialize(stream, LearnedModelJsonContext.Default.LearnedModelFile);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} is not a learned model: {e.Message}", e);
        }

        return new LearnedModel(file ?? throw new InvalidDataException($"{path} is empty."));
    }

    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var stream = System.IO.File.Create(path);
        JsonSerializer.Serialize(stream, File, LearnedModelJsonContext.Default.LearnedModelFile);
    }

    /// <summary>The probability of each need, of a crisis and of no need at all for one message.</summary>
    public NeedProbabilities Predict(MessageFeatures features)
    {
        ArgumentNullException.ThrowIfNull(features);
        Span<double> p = stackalloc double[_labels.Length];
        _bias.CopyTo(p);
        Span<float> hidden = stackalloc float[_network?.HiddenUnits ?? 0];
        _network?.Begin(hidden);
        int words = 0, known = 0;
        foreach (var (name, value) in features.Values)
        {
            var word = name.StartsWith(MessageFeatures.WordPrefix, StringComparison.Ordinal);
            words += word ? 1 : 0;
            if (_weights.TryGetValue(name, out var weights))
            {
                known += word ? 1 : 0;
                foreach (var w in weights.Labels)
                {
                    p[w.Label] += w.Weight * value;
                }

                if (weights.Row >= 0)
                {
                    _network!.Add(weights.Row, value, hidden);
                }
            }
        }

        for (var i = 0; i < p.Length; i++)
        {
            p[i] = Sigmoid(p[i]);
        }

        _network?.Blend(hidden, p);
        var needs = new Dictionary<string, double>(_labels.Length, StringComparer.Ordinal);
        for (var i = 0; i < _labels.Length; i++)
        {
            if (i != _urgent && i != _noNeeds)
            {
                needs[_labels[i]] = p[i];
            }
        }

        return new NeedProbabilities(needs, p[_urgent], _noNeeds < 0 ? 0 : p[_noNeeds], words == 0 ? 1 : (double)known / words);
    }

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

    private readonly record struct LabelWeight(int Label, double Weight);

    /// <summary>What one feature weighs: per label in the regression, and its row in the hidden layer (-1: none).</summary>
    private readonly record struct FeatureWeights(LabelWeight[] Labels, int Row);
}
