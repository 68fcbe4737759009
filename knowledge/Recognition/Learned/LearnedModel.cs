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

    private readonly LearnedModelImage _image;
    private readonly string[] _labels;
    private readonly double[] _bias;
    private readonly LearnedWeights _weights;
    private readonly LearnedNetwork? _network;
    private readonly int _urgent;
    private readonly int _noNeeds;
    private readonly Lazy<LearnedModelFile> _file;

    /// <summary>A model from its file's form (trained, or read from JSON): laid out in memory as the binary form is, so
    /// that every model is read the same way.</summary>
    /// <exception cref="InvalidDataException">The parts do not fit together.</exception>
    public LearnedModel(LearnedModelFile file)
        : this(new LearnedModelImage(LearnedModelBinary.ToBytes(file ?? throw new ArgumentNullException(nameof(file)))), file)
    {
    }

    /// <summary>A model in its binary form (<see cref="LearnedModelBinary"/>); its file's form is built only when asked for.</summary>
    private LearnedModel(LearnedModelImage image, LearnedModelFile? file)
    {
        _image = image;
        var parts = LearnedModelBinary.Read(image);
        (_labels, _bias, _urgent, _noNeeds) = CheckLabels(parts.Labels, parts.Bias);
        _weights = parts.Weights;
        _network = parts.Network;
        _file = file is not null
            ? new Lazy<LearnedModelFile>(file)
            : new Lazy<LearnedModelFile>(() =>
            {
                var header = LearnedModelBinary.Header(image, parts.Header);
                return new LearnedModelFile(header.TrainedOn, header.Settings, _labels, _bias, _weights.ByLabel(_labels), _network?.ToFile(_weights));
            });
    }

    /// <summary>The labels of the model: the needs, <see cref="UrgentLabel"/> and maybe <see cref="NoNeedsLabel"/>.</summary>
    public IReadOnlyList<string> Labels => _labels;

    /// <summary>What the model was saved as: labels, sets learned from, weights.</summary>
    public LearnedModelFile File => _file.Value;

    /// <summary>The weights by feature, as <see cref="Predict"/> reads them.</summary>
    internal LearnedWeights Weights => _weights;

    /// <summary>The shipped model beside the binaries (the host's default <c>Recognition:LearnedModel</c>).</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "knowledge", "Recognition", "Learned", "need-model.bin");

    /// <summary>Reads a model written by <see cref="Save"/>, in either form: the binary form is mapped, not read
    /// (<see cref="LearnedModelImage"/>).</summary>
    /// <exception cref="InvalidDataException">The file is not a model; the message says what is wrong.</exception>
    public static LearnedModel Load(string path)
    {
        LearnedModelFile? file;
        try
        {
            using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16))
            {
                if (!LearnedModelBinary.IsBinary(stream))
                {
                    file = JsonSerializer.Deserialize(stream, LearnedModelJsonContext.Default.LearnedModelFile);
                    return new LearnedModel(file ?? throw new InvalidDataException("it is empty."));
                }
            }

            return new LearnedModel(LearnedModelImage.Map(path), file: null);
        }
        catch (Exception e) when (e is JsonException or InvalidDataException)
        {
            throw new InvalidDataException($"{path} is not a learned model: {e.Message}", e);
        }
    }

    /// <summary>Writes the model: as JSON to a <c>.json</c> path (to read or compare by eye), else in the binary form
    /// the host reads fastest (<see cref="LearnedModelBinary"/>).</summary>
    /// <remarks>Written beside the path and then moved over it: a host that has the old file mapped keeps reading the
    /// old file, never half of the new one.</remarks>
    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".tmp";
        using (var stream = System.IO.File.Create(temporary))
        {
            if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            {
                JsonSerializer.Serialize(stream, File, LearnedModelJsonContext.Default.LearnedModelFile);
            }
            else
            {
                stream.Write(_image.Bytes);
                GC.KeepAlive(_image);
            }
        }

        System.IO.File.Move(temporary, full, overwrite: true);
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
        var find = _weights.Find();
        var start = _weights.Start;
        var label = _weights.Label;
        var weight = _weights.Value;
        var row = _weights.Row;
        foreach (var (name, value) in features.Values)
        {
            var word = name.StartsWith(MessageFeatures.WordPrefix, StringComparison.Ordinal);
            words += word ? 1 : 0;
            if (find.TryFind(name, out var id))
            {
                known += word ? 1 : 0;
                for (var at = start[id]; at < start[id + 1]; at++)
                {
                    p[label[at]] += weight[at] * value;
                }

                if (row[id] >= 0)
                {
                    _network!.Add(row[id], value, hidden);
                }
            }
        }

        for (var i = 0; i < p.Length; i++)
        {
            p[i] = Sigmoid(p[i]);
        }

        _network?.Blend(hidden, p);
        // The spans above read the model's mapped file, which is unmapped once the model is unreachable.
        GC.KeepAlive(this);
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

    private static (string[] Labels, double[] Bias, int Urgent, int NoNeeds) CheckLabels(string[] labels, double[] bias)
    {
        if (labels.Length == 0 || labels.Length != bias.Length)
        {
            throw new InvalidDataException($"The model has {labels.Length} labels and {bias.Length} biases; both must be the same, and not zero.");
        }

        var urgent = Array.IndexOf(labels, UrgentLabel);
        return urgent < 0
            ? throw new InvalidDataException($"The model has no '{UrgentLabel}' label.")
            : (labels, bias, urgent, Array.IndexOf(labels, NoNeedsLabel));
    }
}
