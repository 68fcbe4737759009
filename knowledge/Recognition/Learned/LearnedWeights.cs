namespace Bouwmarkt.Bot.Knowledge.Recognition.Learned;

/// <summary>The model's weights by feature, the way a message adds them up: one look-up per feature gives its weight for
/// each label of the regression and its row in the hidden layer.</summary>
/// <remarks>
/// Flat arrays (one row of weights per feature, rows back to back) instead of a list per feature: the shipped model's
/// 60,000 features and 200,000 weights are a handful of arrays rather than 120,000 objects, which the host builds or
/// reads from <see cref="LearnedModelBinary"/> in a few milliseconds at start-up. The file's form, weights per label
/// (what counts for 'geld'?), is rebuilt from here when someone asks for it.
/// </remarks>
internal sealed class LearnedWeights
{
    private readonly Dictionary<string, int> _ids;

    /// <summary>Checks that the arrays fit together and indexes the feature names.</summary>
    /// <param name="features">Feature names, by id.</param>
    /// <param name="start">Per id, the index of its first weight; one more entry closes the last row.</param>
    /// <param name="label">Per weight, the index of its label.</param>
    /// <param name="value">Per weight, its value.</param>
    /// <param name="row">Per id, its row in the hidden layer, or -1.</param>
    /// <param name="labels">How many labels the model has.</param>
    /// <param name="rows">How many rows the hidden layer has (0 without one).</param>
    public LearnedWeights(string[] features, int[] start, byte[] label, double[] value, int[] row, int labels, int rows)
    {
        if (start.Length != features.Length + 1 || row.Length != features.Length || label.Length != value.Length
            || start[0] != 0 || start[^1] != value.Length)
        {
            throw new InvalidDataException(
                $"The weights do not fit: {features.Length} features, {start.Length} row starts, {row.Length} hidden rows, "
                + $"{label.Length} labels and {value.Length} values.");
        }

        for (var id = 0; id < features.Length; id++)
        {
            if (start[id + 1] < start[id] || row[id] < -1 || row[id] >= rows)
            {
                throw new InvalidDataException($"The weights of feature '{features[id]}' do not fit.");
            }
        }

        if (label.AsSpan().IndexOfAnyInRange((byte)labels, byte.MaxValue) >= 0)
        {
            throw new InvalidDataException($"A weight names a label beyond the model's {labels}.");
        }

        _ids = new Dictionary<string, int>(features.Length, StringComparer.Ordinal);
        for (var id = 0; id < features.Length; id++)
        {
            if (!_ids.TryAdd(features[id], id))
            {
                throw new InvalidDataException($"Feature '{features[id]}' comes twice.");
            }
        }

        Features = features;
        Start = start;
        Label = label;
        Value = value;
        Row = row;
    }

    public string[] Features { get; }

    public int[] Start { get; }

    public byte[] Label { get; }

    public double[] Value { get; }

    public int[] Row { get; }

    /// <summary>The id of a feature the model knows.</summary>
    public bool TryFind(string feature, out int id) => _ids.TryGetValue(feature, out id);

    /// <summary>Gathers the file's weights per label, and the hidden layer's features, by feature.</summary>
    /// <exception cref="InvalidDataException">A weight names a label the model does not have.</exception>
    public static LearnedWeights From(IReadOnlyDictionary<string, Dictionary<string, double>> weights, string[] labels, IReadOnlyList<string> hiddenFeatures)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(hiddenFeatures);
        if (labels.Length > byte.MaxValue)
        {
            throw new InvalidDataException($"The model has {labels.Length} labels; at most {byte.MaxValue} fit.");
        }

        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        var counts = new List<int>();
        int IdOf(string feature)
        {
            if (!ids.TryGetValue(feature, out var id))
            {
                ids[feature] = id = names.Count;
                names.Add(feature);
                counts.Add(0);
            }

            return id;
        }

        var byLabel = new List<(byte Label, Dictionary<string, double> Weights)>(weights.Count);
        foreach (var (label, byFeature) in weights)
        {
            var index = Array.IndexOf(labels, label);
            if (index < 0)
            {
                throw new InvalidDataException($"The weights name an unknown label '{label}'.");
            }

            byLabel.Add(((byte)index, byFeature));
            foreach (var feature in byFeature.Keys)
            {
                counts[IdOf(feature)]++;
            }
        }

        foreach (var feature in hiddenFeatures)
        {
            IdOf(feature);
        }

        var start = new int[names.Count + 1];
        for (var id = 0; id < names.Count; id++)
        {
            start[id + 1] = start[id] + counts[id];
        }

        var next = start[..^1];
        var labelOf = new byte[start[^1]];
        var value = new double[start[^1]];
        foreach (var (label, byFeature) in byLabel)
        {
            foreach (var (feature, weight) in byFeature)
            {
                var at = next[ids[feature]]++;
                labelOf[at] = label;
                value[at] = weight;
            }
        }

        var row = new int[names.Count];
        Array.Fill(row, -1);
        for (var r = 0; r < hiddenFeatures.Count; r++)
        {
            var id = ids[hiddenFeatures[r]];
            if (row[id] >= 0)
            {
                throw new InvalidDataException($"The hidden layer reads feature '{hiddenFeatures[r]}' twice.");
            }

            row[id] = r;
        }

        return new LearnedWeights([.. names], start, labelOf, value, row, labels.Length, hiddenFeatures.Count);
    }

    /// <summary>The weights per label, per feature: the file's form.</summary>
    public Dictionary<string, Dictionary<string, double>> ByLabel(IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        // Every label, also one without weights, as the trainer writes them.
        var byLabel = labels.ToDictionary(label => label, _ => new Dictionary<string, double>(StringComparer.Ordinal), StringComparer.Ordinal);
        for (var id = 0; id < Features.Length; id++)
        {
            for (var at = Start[id]; at < Start[id + 1]; at++)
            {
                byLabel[labels[Label[at]]][Features[id]] = Value[at];
            }
        }

        return byLabel;
    }

    /// <summary>The hidden layer's features in the order of its rows.</summary>
    public string[] HiddenFeatures(int rows)
    {
        var features = new string[rows];
        var filled = 0;
        for (var id = 0; id < Row.Length; id++)
        {
            if (Row[id] >= 0)
            {
                features[Row[id]] = Features[id];
                filled++;
            }
        }

        // Rows are checked distinct where they are read, so as many filled as there are rows means every row has one.
        return filled == rows
            ? features
            : throw new InvalidDataException($"The hidden layer has {rows} rows, but {filled} features read into it.");
    }
}
