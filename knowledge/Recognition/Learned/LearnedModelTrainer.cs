using Bouwmarkt.Bot.Knowledge.Recognition.Local;
using Bouwmarkt.Bot.Knowledge.Recognition.Quality;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Bouwmarkt.Bot.Knowledge.Recognition.Learned;

/// <summary>Fits a <see cref="LearnedModel"/> on labelled messages: ML.NET's L-BFGS logistic regression, and beside it
/// <see cref="LearnedNetworkTrainer"/>'s hidden layer over the same features.</summary>
/// <remarks>
/// ML.NET only learns the weights; the features are ours (<see cref="MessageFeatures"/>) and so is the look-up at run
/// time, so the host neither loads ML.NET nor pays its start-up. One thread and a fixed seed make a run repeatable.
/// </remarks>
public sealed class LearnedModelTrainer(LocalRecognizer lexicon, LearnedModelTrainerOptions? options = null)
{
    private const double KeepWeight = 5e-5;
    private readonly LearnedModelTrainerOptions _options = options ?? new LearnedModelTrainerOptions();

    /// <summary>Learns from <paramref name="messages"/>; <paramref name="trainedOn"/> names their sets in the file.</summary>
    public LearnedModel Train(IReadOnlyList<LabelledMessage> messages, IReadOnlyList<string> trainedOn, IEnumerable<string> needs)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(needs);
        if (messages.Count == 0)
        {
            throw new ArgumentException("There are no messages to learn from.", nameof(messages));
        }

        var features = messages.Select(m => lexicon.Features(m.Text, lexicon.Evidence(m.Text)).Values).ToList();
        var seen = features.SelectMany(f => f.Keys)
            .GroupBy(k => k, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var vocabulary = seen.Where(f => f.Value >= _options.MinFeatureCount || MessageFeatures.IsLabelEvidence(f.Key))
            .Select(f => f.Key).Order(StringComparer.Ordinal).ToArray();
        var index = vocabulary.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i, StringComparer.Ordinal);
        var vectors = features.Select(f => Vector(f, index)).ToList();

        var labels = needs.Append(LearnedModel.UrgentLabel).Append(LearnedModel.NoNeedsLabel).ToList();
        var ml = new MLContext(seed: 1);
        var schema = SchemaDefinition.Create(typeof(Example));
        schema[nameof(Example.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, vocabulary.Length);
        var bias = new List<double>();
        var weights = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        foreach (var label in labels)
        {
            var examples = messages.Select((m, i) => Example.Of(m, label, vectors[i], _options)).ToList();
            var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = nameof(Example.Label),
                FeatureColumnName = nameof(Example.Features),
                ExampleWeightColumnName = nameof(Example.Weight),
                L2Regularization = (float)_options.L2,
                L1Regularization = (float)_options.L1,
                OptimizationTolerance = 1e-5f,
                NumberOfThreads = 1,
            });
            var fitted = trainer.Fit(ml.Data.LoadFromEnumerable(examples, schema)).Model.SubModel;
            bias.Add(Math.Round(fitted.Bias, 4));
            var kept = new Dictionary<string, double>(StringComparer.Ordinal);
            var w = 0;
            foreach (var value in fitted.Weights)
            {
                if (Math.Abs(value) >= KeepWeight)
                {
                    kept[vocabulary[w]] = Math.Round(value, 4);
                }

                w++;
            }

            weights[label] = kept;
        }

        var network = _options.NetworkShare > 0 ? TrainNetwork(messages, vectors, vocabulary, seen, labels) : null;
        return new LearnedModel(new LearnedModelFile(trainedOn, _options, labels, bias, weights, network));
    }

    private LearnedNetworkFile TrainNetwork(
        IReadOnlyList<LabelledMessage> messages, List<VBuffer<float>> vectors, string[] vocabulary, Dictionary<string, int> seen, List<string> labels)
    {
        // A row of hidden weights needs more examples than one regression weight does.
        var features = new List<string>();
        var rowOf = Array.ConvertAll(vocabulary, _ => -1);
        for (var i = 0; i < vocabulary.Length; i++)
        {
            if (seen[vocabulary[i]] >= _options.NetworkMinFeatureCount)
            {
                rowOf[i] = features.Count;
                features.Add(vocabulary[i]);
            }
        }

        var examples = messages.Select((m, i) =>
        {
            var read = vectors[i].GetIndices().ToArray().Zip(vectors[i].GetValues().ToArray()).Where(f => rowOf[f.First] >= 0).ToArray();
            return new LearnedNetworkTrainer.Example(
                [.. read.Select(f => rowOf[f.First])], [.. read.Select(f => f.Second)], [.. labels.Select(l => TrainingTarget.Of(m, l, _options))]);
        }).ToList();
        return new LearnedNetworkTrainer(_options).Train(examples, features, labels.Count);
    }

    private static VBuffer<float> Vector(IReadOnlyDictionary<string, float> values, Dictionary<string, int> index)
    {
        var known = values.Where(v => index.ContainsKey(v.Key)).Select(v => (Index: index[v.Key], v.Value)).OrderBy(v => v.Index).ToArray();
        return new VBuffer<float>(index.Count, known.Length, [.. known.Select(v => v.Value)], [.. known.Select(v => v.Index)]);
    }

    private sealed class Example
    {
        public bool Label { get; set; }

        public float Weight { get; set; }

        public VBuffer<float> Features { get; set; }

        public static Example Of(LabelledMessage message, string label, VBuffer<float> features, LearnedModelTrainerOptions options)
        {
            var target = TrainingTarget.Of(message, label, options);
            return new Example { Label = target.Applies, Weight = target.Weight, Features = features };
        }
    }
}
