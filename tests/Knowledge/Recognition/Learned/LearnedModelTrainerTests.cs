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
    }
}
