using Bouwmarkt.Bot.Knowledge.Recognition.Crisis;
using Bouwmarkt.Bot.Knowledge.Recognition.Learned;
using Bouwmarkt.Bot.Knowledge.Recognition.Local;
using Bouwmarkt.Bot.Knowledge.Recognition.Quality;
using Bouwmarkt.Bot.Knowledge.Taxonomy;

namespace Bouwmarkt.Bot.Tests.Knowledge.Recognition.Learned;

public sealed class LearnedModelTrainerTests : IDisposable
{
    private static readonly HelpTaxonomy Taxonomy = TaxonomyLoader.LoadFile(TaxonomyLoader.DefaultPath);
    private readonly LocalRecognizer _lexicon = new(Taxonomy, new CrisisDetector());

    public void Dispose() => _lexicon.Dispose();

    [Fact]
    public void Train_AWordTheTaxonomyDoesNotKnow_IsLearnedFromTheLabels()
    {
        // 'plonker' is in no label; only the examples say it is about money.
        var messages = Enumerable.Range(0, 40).SelectMany(i => new[]
        {
            new LabelledMessage($"mijn plonker is op {i}", ["geld"], [], false),
            new LabelledMessage($"de bus rijdt niet {i}", ["mobiliteit"], [], false),
            new LabelledMessage($"hallo daar {i}", [], [], false),
        }).ToList();
        var trainer = new LearnedModelTrainer(_lexicon);

        var model = trainer.Train(messages, ["made-up"], Taxonomy.Needs.Select(n => n.Id));
        using var recognizer = new LocalRecognizer(Taxonomy, new CrisisDetector(), null, model);

        Assert.Equal("geld", recognizer.Recognize("is mijn plonker leeg?").Needs[0].Id);
        Assert.True(recognizer.Recognize("hallo daar").IsVague);
    }

    // 'rood' and 'vierkant' each point both ways; only together, or their opposites together, do they say which need.
    // Words stand apart, so no word pair gives it away: one weight per word cannot learn this, a hidden layer can.
    private static List<LabelledMessage> OnlyTogether() => [.. Enumerable.Range(0, 40).SelectMany(i => new[]
    {
        new LabelledMessage($"het is rood en ook erg vierkant {i}", ["geld"], [], false),
        new LabelledMessage($"het is blauw en ook erg rondje {i}", ["geld"], [], false),
        new LabelledMessage($"het is rood en ook erg rondje {i}", ["wonen"], [], false),
        new LabelledMessage($"het is blauw en ook erg vierkant {i}", ["wonen"], [], false),
    })];

    private static readonly string[] OnlyTogetherQuestions =
        ["rood, en ook vierkant?", "blauw, en ook rondje?", "rood, en ook rondje?", "blauw, en ook vierkant?"];

    private int OnlyTogetherRightAnswers(double networkShare)
    {
        var options = new LearnedModelTrainerOptions { NetworkShare = networkShare, Epochs = 30 };
        var model = new LearnedModelTrainer(_lexicon, options).Train(OnlyTogether(), ["made-up"], Taxonomy.Needs.Select(n => n.Id));
        using var recognizer = new LocalRecognizer(Taxonomy, new CrisisDetector(), null, model);
        string[] expected = ["geld", "geld", "wonen", "wonen"];
        return OnlyTogetherQuestions.Where((q, i) => recognizer.Recognize(q).Needs.FirstOrDefault()?.Id == expected[i]).Count();
    }

    [Fact]
    public void Train_WordsThatOnlyCountTogether_AreLearnedByTheHiddenLayer()
    {
        Assert.Equal(4, OnlyTogetherRightAnswers(networkShare: 1));
    }

    [Fact]
    public void Train_WordsThatOnlyCountTogether_AreBeyondTheRegressionAlone()
    {
        Assert.True(OnlyTogetherRightAnswers(networkShare: 0) < 4);
    }

    [Fact]
    public void Train_SameMessagesTwice_GivesTheSameHiddenLayer()
    {
        var trainer = new LearnedModelTrainer(_lexicon);

        var first = trainer.Train(OnlyTogether(), ["made-up"], Taxonomy.Needs.Select(n => n.Id)).File.Network!;
        var second = trainer.Train(OnlyTogether(), ["made-up"], Taxonomy.Needs.Select(n => n.Id)).File.Network!;

        Assert.Equal(first.InputWeights, second.InputWeights);
        Assert.Equal(first.OutputWeights, second.OutputWeights);
    }

    [Fact]
    public void Train_TwoHiddenLayers_AreStoredAsOneWithBothLayersUnits()
    {
        var trainer = new LearnedModelTrainer(_lexicon, new LearnedModelTrainerOptions { Networks = 2, HiddenUnits = 8 });

        var network = trainer.Train(OnlyTogether(), ["made-up"], Taxonomy.Needs.Select(n => n.Id)).File.Network!;

        Assert.Equal(16, network.HiddenUnits);
        Assert.Equal(network.Features.Count * 16, network.InputWeights.Length);
    }

    // Joined, two layers answer (before the sigmoid) with the average of what each answers alone; only the rounding
    // of the weights to bytes, one scale per row for both, may tell them apart.
    [Fact]
    public void Train_TwoHiddenLayers_AnswerWithTheAverageOfEachLayerAlone()
    {
        LearnedModel Model(int networks, int seed) => new LearnedModelTrainer(
            _lexicon, new LearnedModelTrainerOptions { NetworkShare = 1, Networks = networks, Seed = seed, HiddenUnits = 8, Epochs = 3 })
            .Train(OnlyTogether(), ["made-up"], Taxonomy.Needs.Select(n => n.Id));
        var (first, second, joined) = (Model(1, 1), Model(1, 2), Model(2, 1));
        static double Logit(double p) => Math.Log(p / (1 - p));

        foreach (var question in OnlyTogetherQuestions)
        {
            var features = _lexicon.Features(question, _lexicon.Evidence(question));
            var (a, b, both) = (first.Predict(features), second.Predict(features), joined.Predict(features));
            foreach (var need in new[] { "geld", "wonen", "werk" })
            {
                var average = (Logit(a.Needs[need]) + Logit(b.Needs[need])) / 2;
                Assert.InRange(Logit(both.Needs[need]), average - 0.05 - (0.02 * Math.Abs(average)), average + 0.05 + (0.02 * Math.Abs(average)));
            }
        }
    }

    [Fact]
    public void Train_NetworkShareZero_StoresNoHiddenLayer()
    {
        var trainer = new LearnedModelTrainer(_lexicon, new LearnedModelTrainerOptions { NetworkShare = 0 });

        var model = trainer.Train(OnlyTogether(), ["made-up"], Taxonomy.Needs.Select(n => n.Id));

        Assert.Null(model.File.Network);
    }

    [Fact]
    public void Train_NoMessages_IsRefused()
    {
        var trainer = new LearnedModelTrainer(_lexicon);

        Assert.Throws<ArgumentException>(() => trainer.Train([], [], Taxonomy.Needs.Select(n => n.Id)));
    }

    // The shipped file must be what the trainer makes of the sets it names: nobody edits weights by hand, and a change
    // to the features or the sets without retraining fails here.
    [Fact]
    public void ShippedModel_IsWhatTrainingOnItsSetsGives()
    {
        var shipped = LearnedModel.Load(LearnedModel.DefaultPath);
        var messages = shipped.File.TrainedOn.SelectMany(RecognitionMessage.Load).ToList();

        var retrained = new LearnedModelTrainer(_lexicon, shipped.File.Settings).Train(messages, shipped.File.TrainedOn, Taxonomy.Needs.Select(n => n.Id));

        Assert.Equal(shipped.File.Labels, retrained.File.Labels);
        Assert.Equal(shipped.File.Bias, retrained.File.Bias);
        foreach (var (label, weights) in retrained.File.Weights)
        {
            var expected = shipped.File.Weights[label];
            Assert.Equal(expected.Count, weights.Count);
            foreach (var (feature, weight) in weights)
            {
                Assert.True(expected.TryGetValue(feature, out var shippedWeight), $"{label}: {feature}");
                Assert.Equal(shippedWeight, weight, 3);
            }
        }

        var network = Assert.IsType<LearnedNetworkFile>(retrained.File.Network);
        var shippedNetwork = Assert.IsType<LearnedNetworkFile>(shipped.File.Network);
        Assert.Equal(shippedNetwork with { InputWeights = [] }, network with { InputWeights = [] }, NetworkComparer.Instance);
        Assert.Equal(shippedNetwork.InputWeights, network.InputWeights);
    }

    /// <summary>Compares the hidden layers' numbers as written to the file (floats round-trip exactly through JSON).</summary>
    private sealed class NetworkComparer : IEqualityComparer<LearnedNetworkFile>
    {
        public static readonly NetworkComparer Instance = new();

        public bool Equals(LearnedNetworkFile? x, LearnedNetworkFile? y) =>
            x is not null && y is not null && x.Share == y.Share && x.HiddenUnits == y.HiddenUnits
            && x.RowScales.SequenceEqual(y.RowScales) && x.HiddenBias.SequenceEqual(y.HiddenBias)
            && x.OutputWeights.SequenceEqual(y.OutputWeights) && x.OutputBias.SequenceEqual(y.OutputBias);

        public int GetHashCode(LearnedNetworkFile obj) => obj.HiddenUnits;
    }
}
