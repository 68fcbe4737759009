using System.Text.Json;

namespace Bouwmarkt.Bot.Knowledge.Recognition.Learned;

/// <summary>
/// One logistic regression per need, one for "urgent" and one for "no need named", over <see cref="MessageFeatures"/>,
/// optionally blended with a hidden layer over the same features (<see cref="LearnedNetwork"/>): learned from the labelled
/// message sets by <see cref="LearnedModelTrainer"/>, read at start-up from its file (<see cref="LearnedModelBinary"/>).
/// </summary>
/// <remarks>
/// Weights are given per label (readable: what counts for 'geld'?) and kept per feature in memory (a feature weighs in
/// for a few labels only, <see cref="LearnedWeights"/>), so a message costs one look-up per feature and no allocation
/// beyond the answer. The file names the sets it learned from, so a test can retrain and check nobody edited it by hand.
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
    private readonly LearnedWeights _weights;
    private readonly LearnedNetwork? _network;
    private readonly int _urgent;
    private readonly int _noNeeds;
    private readonly Lazy<LearnedModelFile> _file;

    public LearnedModel(LearnedModelFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        (_labels, _bias, _urgent, _noNeeds) = CheckLabels(file.Labels, file.Bias);
        _network = file.Network is { } network ? new LearnedNetwork(network, _labels.Length) : null;
        _weights = LearnedWeights.From(file.Weights, _labels, file.Network?.Features ?? []);
        _file = new Lazy<LearnedModelFile>(file);
    }

    /// <summary>A model read from <see cref="LearnedModelBinary"/>: its weights already by feature, its file's form built
    /// only when asked for.</summary>
    internal LearnedModel(LearnedModelHeader header, LearnedWeights weights, LearnedNetworkFile? network)
    {
        (_labels, _bias, _urgent, _noNeeds) = CheckLabels(header.Labels, header.Bias);
        _network = network is null ? null : new LearnedNetwork(network, _labels.Length);
        _weights = weights;
        _file = new Lazy<LearnedModelFile>(() => new LearnedModelFile(header.TrainedOn, header.Settings, header.Labels, header.Bias, weights.ByLabel(_labels), network));
    }

    /// <summary>What the model was saved as: labels, sets learned from, weights.</summary>
    public LearnedModelFile File => _file.Value;

    /// <summary>The weights by feature, as <see cref="Predict"/> reads them.</summary>
    internal LearnedWeights Weights => _weights;

    /// <summary>The shipped model beside the binaries (the host's default <c>Recognition:LearnedModel</c>).</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "knowledge", "Recognition", "Learned", "need-model.bin");

    /// <summary>Reads a model written by <see cref="Save"/>, in either form.</summary>
    /// <exception cref="InvalidDataException">The file is not a model; the message says what is wrong.</exception>
    public static LearnedModel Load(string path)
    {
        LearnedModelFile? file;
        try
        {
            // A large buffer: the file is read once, front to back, mostly in bulk copies of megabytes.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
            if (LearnedModelBinary.IsBinary(stream))
            {
                return LearnedModelBinary.Read(stream);
            }

            file = JsonSerializer.Deserialize(stream, LearnedModelJsonContext.Default.LearnedModelFile);
        }
        catch (Exception e) when (e is JsonException or InvalidDataException)
        {
            throw new InvalidDataException($"{path} is not a learned model: {e.Message}", e);
        }

        return new LearnedModel(file ?? throw new InvalidDataException($"{path} is empty."));
    }

    /// <summary>Writes the model: as JSON to a <c>.json</c> path (to read or compare by eye), else in the binary form
    /// the host reads fastest (<see cref="LearnedModelBinary"/>).</summary>
    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var stream = System.IO.File.Create(path);
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            JsonSerializer.Serialize(stream, File, LearnedModelJsonContext.Default.LearnedModelFile);
        }
        else
        {
            LearnedModelBinary.Write(this, stream);
        }
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
            if (_weights.TryFind(name, out var id))
            {
                known += word ? 1 : 0;
                for (var at = _weights.Start[id]; at < _weights.Start[id + 1]; at++)
                {
                    p[_weights.Label[at]] += _weights.Value[at] * value;
                }

                if (_weights.Row[id] >= 0)
                {
                    _network!.Add(_weights.Row[id], value, hidden);
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

    private static (string[] Labels, double[] Bias, int Urgent, int NoNeeds) CheckLabels(IReadOnlyList<string> labels, IReadOnlyList<double> bias)
    {
        if (labels.Count == 0 || labels.Count != bias.Count)
        {
            throw new InvalidDataException($"The model has {labels.Count} labels and {bias.Count} biases; both must be the same, and not zero.");
        }

        string[] names = [.. labels];
        var urgent = Array.IndexOf(names, UrgentLabel);
        return urgent < 0
            ? throw new InvalidDataException($"The model has no '{UrgentLabel}' label.")
            : (names, [.. bias], urgent, Array.IndexOf(names, NoNeedsLabel));
    }
}
