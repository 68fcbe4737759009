using Bouwmarkt.Bot.Knowledge.Recognition;
using Bouwmarkt.Bot.Knowledge.Recognition.Crisis;
using Bouwmarkt.Bot.Knowledge.Recognition.Learned;
using Bouwmarkt.Bot.Knowledge.Recognition.Local;
using Bouwmarkt.Bot.Knowledge.Recognition.Quality;
using Bouwmarkt.Bot.Knowledge.Taxonomy;

namespace Bouwmarkt.Bot.Tests.Knowledge.Recognition.Learned;

/// <summary>The learned model's file and its answers, on small hand-made models whose right answer is known.</summary>
public sealed class LearnedModelTests : IDisposable
{
    private static readonly HelpTaxonomy Taxonomy = TaxonomyLoader.LoadFile(TaxonomyLoader.DefaultPath);
    private readonly string _folder = Directory.CreateTempSubdirectory("learned-model-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>A model that knows made-up words: 'flurp' means geld, 'zwerk' psyche and a crisis, 'brr' some chance of one
    /// (about 18 %), 'plof' a message that names no need.</summary>
    // knownFeatures: features the model has learned (weight 0, so they change no probability).
    internal static LearnedModel Handmade(double urgentBias = -6, IEnumerable<string>? knownFeatures = null) => new(new LearnedModelFile(
        ["hand-made"],
        new LearnedModelTrainerOptions(),
        [.. Taxonomy.Needs.Select(n => n.Id), LearnedModel.UrgentLabel, LearnedModel.NoNeedsLabel],
        [.. Taxonomy.Needs.Select(_ => -6.0), urgentBias, -6.0],
        new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal)
        {
            ["geld"] = new(StringComparer.Ordinal) { ["w:flurp"] = 12 },
            ["psyche"] = new(StringComparer.Ordinal) { ["w:zwerk"] = 12 },
            [LearnedModel.UrgentLabel] = new(StringComparer.Ordinal) { ["w:zwerk"] = 12, ["w:brr"] = 4.5 },
            [LearnedModel.NoNeedsLabel] = new(StringComparer.Ordinal) { ["w:plof"] = 12 },
            ["werk"] = (knownFeatures ?? []).ToDictionary(f => f, _ => 0.0, StringComparer.Ordinal),
        }));

    // The recognizer with a hand-made model that has learned every word of the text (so it may take a pattern back) and
    // finds a crisis as likely as the urgent bias says.
    private static Bouwmarkt.Bot.Knowledge.Recognition.Recognition RecognizeWithEveryWordKnown(string text, double urgentBias, LocalRecognizerOptions? options = null)
    {
        using var recognizer = new LocalRecognizer(Taxonomy, new CrisisDetector(), options, Handmade(urgentBias, WordFeatures(text)));
        return recognizer.Recognize(text);
    }

    // The word features of a text, as the recognizer builds them (stems, so a test need not guess the stemmer).
    private static string[] WordFeatures(string text)
    {
        using var lexicon = new LocalRecognizer(Taxonomy, new CrisisDetector());
        return [.. lexicon.Features(text, lexicon.Evidence(text)).Values.Keys.Where(k => k.StartsWith(MessageFeatures.WordPrefix, StringComparison.Ordinal))];
    }

    [Fact]
    public void Predict_KnownWord_GivesItsNeedAHighProbability()
    {
        using var recognizer = new LocalRecognizer(Taxonomy, new CrisisDetector(), null, Handmade());

        var recognition = recognizer.Recognize("ik heb een flurp");

        var need = Assert.Single(recognition.Needs);
        Assert.Equal("geld", need.Id);
        Assert.True(need.Score > 0.99, need.Score.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Recognize_NothingTheModelKnows_ReturnsNoNeeds()
    {
        using var recognizer = new LocalRecognizer(Taxonomy, new CrisisDetector(), null, Handmade());

        var recognition = recognizer.Recognize("ik heb schulden");

        Assert.True(recognition.IsVague);
    }

    [Fact]
    public void Recognize_ModelFindsTheMessageNamesNoNeed_ReturnsNoNeedsThoughANeedScoresHigh()
    {
        using var recognizer = new LocalRecognizer(Taxonomy, new CrisisDetector(), null, Handmade());

        var recognition = recognizer.Recognize("een plof over flurp");

        Assert.True(recognition.IsVague);
    }

    [Fact]
    public void Predict_ModelWithoutTheNoNeedsLabel_NeverSaysAMessageNamesNoNeed()
    {
        var file = Handmade().File;
        var withoutNoNeeds = new LearnedModel(file with
        {
            Labels = [.. file.Labels.SkipLast(1)],
            Bias = [.. file.Bias.SkipLast(1)],
            Weights = file.Weights.Where(w => w.Key != LearnedModel.NoNeedsLabel).ToDictionary(StringComparer.Ordinal),
        });
        using var recognizer = new LocalRecognizer(Taxonomy, new CrisisDetector(), null, withoutNoNeeds);

        var recognition = recognizer.Recognize("een plof over flurp");

        Assert.Equal("geld", Assert.Single(recognition.Needs).Id);
    }

    [Fact]
    public void Recognize_ModelFindsACrisisWithoutAPattern_IsUrgentWithTheKindOfItsNeed()
    {
        using var recognizer = new LocalRecognizer(Taxonomy, new CrisisDetector(), null, Handmade());

        var recognition = recognizer.Recognize("er is een zwerk");

        Assert.True(recognition.Urgency.Urgent);
        Assert.Equal([CrisisKind.Suicide], recognition.Urgency.Kinds);
    }

    [Fact]
    public void Recognize_ModelSeesSomeChanceOfACrisis_IsPossiblyUrgentButNotUrgent()
    {
        using var recognizer = new LocalRecognizer(Taxonomy, new CrisisDetector(), null, Handmade());

        var urgency = recognizer.Recognize("ik heb een flurp, brr").Urgency;

        Assert.False(urgency.Urgent);
        Assert.True(urgency.Possible);
    }

    [Fact]
    public void Recognize_ModelSeesNoChanceOfACrisis_IsNotPossiblyUrgent()
    {
        using var recognizer = new LocalRecognizer(Taxonomy, new CrisisDetector(), null, Handmade());

        var urgency = recognizer.Recognize("ik heb een flurp").Urgency;

        Assert.False(urgency.Possible);
    }

    [Fact]
    public void Recognize_PatternFindsACrisisTheModelFindsUnlikely_StaysUrgent()
    {
        // Bias -2: the model gives about 12 %, well above the 5 % at which it may take a pattern's match back.
        using var recognizer = new LocalRecognizer(Taxonomy, new CrisisDetector(), null, Handmade(urgentBias: -2));

        var recognition = recognizer.Recognize("ik wil niet meer leven");

        Assert.True(recognition.Urgency.Urgent);
        Assert.Contains(CrisisKind.Suicide, recognition.Urgency.Kinds);
    }

    [Fact]
    public void Recognize_PatternFindsACrisisTheModelIsNearlySureIsNot_IsTakenBack()
    {
        var recognition = RecognizeWithEveryWordKnown("ik wil niet meer leven", urgentBias: -30);

        Assert.False(recognition.Urgency.Urgent);
    }

    [Fact]
    public void Recognize_SuicidePatternTheModelFindsUnlikelyButNotNearlySureIsNot_StaysUrgent()
    {
        // Bias -3.5: about 3 %, under the 5 % at which the model may take back other kinds, above the 2 % for suicide.
        var recognition = RecognizeWithEveryWordKnown("ik wil niet meer leven", urgentBias: -3.5);

        Assert.True(recognition.Urgency.Urgent);
    }

    [Fact]
    public void Recognize_ViolencePatternAtTheSameChance_IsTakenBack()
    {
        var recognition = RecognizeWithEveryWordKnown("hij slaat me nu", urgentBias: -3.5);

        Assert.False(recognition.Urgency.Urgent);
        Assert.True(recognition.Urgency.Possible);
    }

    [Theory]
    [InlineData("mijn vrouw is zeven maanden zwanger en bloedt nu heel erg", CrisisKind.MedicalEmergency)]
    [InlineData("ik heb mijn slaappillen opgespaard en nu heb ik er genoeg", CrisisKind.Suicide)]
    [InlineData("my friend say he no want live anymore", CrisisKind.Suicide)]
    public void Recognize_NarrowSignNeverSaidCalmly_IsNotTakenBackEvenWhenTheModelIsNearlySure(string text, CrisisKind kind)
    {
        var recognition = RecognizeWithEveryWordKnown(text, urgentBias: -30);

        Assert.True(recognition.Urgency.Urgent);
        Assert.Contains(kind, recognition.Urgency.Kinds);
    }

    [Fact]
    public void Recognize_PatternMatchTakenBack_StaysPossiblyUrgentSoTheDialogAsks()
    {
        var recognition = RecognizeWithEveryWordKnown("ik wil niet meer leven", urgentBias: -30);

        Assert.True(recognition.Urgency.Possible);
    }

    [Fact]
    public void Recognize_PatternMatchInWordsTheModelNeverLearned_IsNotTakenBack()
    {
        const string text = "ik wil niet meer leven";
        var known = WordFeatures(text).Take(3); // 3 of 5 words: under the 70 % the model must know to take it back
        using var recognizer = new LocalRecognizer(Taxonomy, new CrisisDetector(), null, Handmade(urgentBias: -30, known));

        var recognition = recognizer.Recognize(text);

        Assert.True(recognition.Urgency.Urgent);
    }

    [Fact]
    public void Predict_KnownWords_IsTheShareOfTheMessagesWordsTheModelHasLearned()
    {
        using var recognizer = new LocalRecognizer(Taxonomy, new CrisisDetector(), null, Handmade());
        var model = Handmade();

        var probabilities = model.Predict(recognizer.Features("de flurp en de zwerk", recognizer.Evidence("de flurp en de zwerk")));

        Assert.Equal(2.0 / 4, probabilities.KnownWords, 3); // de, flurp, en, zwerk: 'de' once as a feature
    }

    [Fact]
    public void Recognize_CalmScoreZero_NeverTakesAPatternBack()
    {
        var options = new LocalRecognizerOptions { LearnedCalmScore = 0 };

        var recognition = RecognizeWithEveryWordKnown("ik wil niet meer leven", urgentBias: -30, options);

        Assert.True(recognition.Urgency.Urgent);
    }

    [Fact]
    public void Detect_WithAModel_IsTheRecognizersUrgency()
    {
        using var recognizer = new LocalRecognizer(Taxonomy, new CrisisDetector(), null, Handmade());

        ICrisisCheck check = recognizer;

        Assert.True(check.Detect("er is een zwerk").Urgent);
        Assert.False(check.Detect("ik heb een flurp").Urgent);
    }

    [Fact]
    public void SaveThenLoad_GivesTheSameAnswers()
    {
        var path = Path.Combine(_folder, "model.json");
        Handmade().Save(path);

        using var recognizer = new LocalRecognizer(Taxonomy, new CrisisDetector(), null, LearnedModel.Load(path));

        Assert.Equal("geld", Assert.Single(recognizer.Recognize("flurp!").Needs).Id);
    }

    [Fact]
    public void SaveThenLoad_WithAHiddenLayer_GivesTheSameProbabilities()
    {
        using var lexicon = new LocalRecognizer(Taxonomy, new CrisisDetector());
        var trained = new LearnedModelTrainer(lexicon).Train(TwoWordMessages(), ["made-up"], Taxonomy.Needs.Select(n => n.Id));
        var path = Path.Combine(_folder, "network.json");
        trained.Save(path);

        var loaded = LearnedModel.Load(path);

        var text = "flurp en zwerk";
        var features = lexicon.Features(text, lexicon.Evidence(text));
        Assert.NotNull(loaded.File.Network);
        Assert.Equal(trained.Predict(features).Needs, loaded.Predict(features).Needs);
        Assert.Equal(trained.Predict(features).Urgent, loaded.Predict(features).Urgent);
    }

    [Fact]
    public void SaveThenLoad_BinaryForm_KeepsEveryWeightAndGivesTheSameProbabilities()
    {
        using var lexicon = new LocalRecognizer(Taxonomy, new CrisisDetector());
        var trained = new LearnedModelTrainer(lexicon).Train(TwoWordMessages(), ["made-up"], Taxonomy.Needs.Select(n => n.Id));
        var path = Path.Combine(_folder, "network.bin");
        trained.Save(path);

        var loaded = LearnedModel.Load(path);

        var text = "flurp en zwerk";
        var features = lexicon.Features(text, lexicon.Evidence(text));
        Assert.Equal(trained.Predict(features).Needs, loaded.Predict(features).Needs);
        Assert.Equal(trained.Predict(features).Urgent, loaded.Predict(features).Urgent);
        Assert.Equal(trained.File.TrainedOn, loaded.File.TrainedOn);
        Assert.Equal(trained.File.Settings, loaded.File.Settings);
        Assert.Equal(trained.File.Weights.Keys.Order(StringComparer.Ordinal), loaded.File.Weights.Keys.Order(StringComparer.Ordinal));
        Assert.All(trained.File.Weights, label => Assert.Equal(label.Value.OrderBy(w => w.Key, StringComparer.Ordinal), loaded.File.Weights[label.Key].OrderBy(w => w.Key, StringComparer.Ordinal)));
        Assert.Equal(trained.File.Network!.Features, loaded.File.Network!.Features);
        Assert.Equal(trained.File.Network.InputWeights, loaded.File.Network.InputWeights);
        Assert.Equal(trained.File.Network.OutputWeights, loaded.File.Network.OutputWeights);
    }

    [Fact]
    public void Save_JsonPath_WritesTheReadableForm()
    {
        var path = Path.Combine(_folder, "model.json");

        Handmade().Save(path);

        Assert.StartsWith("{", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BinaryFormCutShort_SaysWhichFileAndWhy()
    {
        var path = Path.Combine(_folder, "cut.bin");
        Handmade().Save(path);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

        var error = Assert.Throws<InvalidDataException>(() => LearnedModel.Load(path));

        Assert.Contains("cut.bin is not a learned model: it is cut short or damaged", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BinaryFormWithADamagedCountOfHiddenRows_IsRefusedAsDamaged()
    {
        var path = Path.Combine(_folder, "rows.bin");
        Handmade().Save(path);
        var bytes = File.ReadAllBytes(path);
        // The section table follows the JSON header at the next multiple of 8; the scalars are its fourth section, and
        // the count of hidden rows is their last four bytes.
        var table = (12 + BitConverter.ToInt32(bytes, 8) + 7) & ~7;
        var scalars = BitConverter.ToInt32(bytes, table + 8 + (3 * 8));
        BitConverter.GetBytes(int.MaxValue).CopyTo(bytes, scalars + 12);
        File.WriteAllBytes(path, bytes);

        var error = Assert.Throws<InvalidDataException>(() => LearnedModel.Load(path));

        Assert.Contains("rows.bin is not a learned model: it is cut short or damaged", error.Message, StringComparison.Ordinal);
    }

    private static List<LabelledMessage> TwoWordMessages() => [.. Enumerable.Range(0, 20).SelectMany(i => new[]
    {
        new LabelledMessage($"mijn flurp is op {i}", ["geld"], [], false),
        new LabelledMessage($"de zwerk is er weer {i}", ["psyche"], [], true),
    })];

    [Fact]
    public void Load_HiddenLayerThatDoesNotFitTheFeatures_IsRefused()
    {
        var file = Handmade().File with { Network = new LearnedNetworkFile(0.5, 2, ["w:flurp"], new byte[3], [1f], [0f, 0f], new float[38], new float[19]) };

        var error = Assert.Throws<InvalidDataException>(() => new LearnedModel(file));

        Assert.Contains("hidden layer does not fit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NotAModel_SaysWhichFileAndWhy()
    {
        var path = Path.Combine(_folder, "broken.json");
        File.WriteAllText(path, "{\"labels\": [\"geld\"");

        var error = Assert.Throws<InvalidDataException>(() => LearnedModel.Load(path));

        Assert.Contains("broken.json is not a learned model", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WeightForAnUnknownLabel_IsRefused()
    {
        var file = Handmade().File with
        {
            Weights = new Dictionary<string, Dictionary<string, double>> { ["ruimtevaart"] = new() { ["w:flurp"] = 1 } },
        };

        var error = Assert.Throws<InvalidDataException>(() => new LearnedModel(file));

        Assert.Contains("ruimtevaart", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WithoutTheUrgentLabel_IsRefused()
    {
        var file = Handmade().File with { Labels = ["geld"], Bias = [0.0], Weights = new Dictionary<string, Dictionary<string, double>>() };

        var error = Assert.Throws<InvalidDataException>(() => new LearnedModel(file));

        Assert.Contains("'urgent'", error.Message, StringComparison.Ordinal);
    }
}
