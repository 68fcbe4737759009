using BenchmarkDotNet.Attributes;
using Bouwmarkt.Bot.Knowledge.Recognition.Crisis;
using Bouwmarkt.Bot.Knowledge.Recognition.Learned;
using Bouwmarkt.Bot.Knowledge.Recognition.Local;
using Bouwmarkt.Bot.Knowledge.Taxonomy;

namespace Bouwmarkt.Bot.Benchmarks.Recognition;

/// <summary>Time per message of the embedded recognizer (target: under 1 ms median) and its start-up build.</summary>
[MemoryDiagnoser]
[MedianColumn]
[ShortRunJob]
public class LocalRecognizerBenchmarks : IDisposable
{
    private LocalRecognizer _recognizer = null!;
    private LocalRecognizer _learned = null!;
    private HelpTaxonomy _taxonomy = null!;

    [Params(
        "hallo",
        "k heb schulden en mn huur is nie betaald, de deurwaader komt morgen",
        "Sinds mijn vrouw dementie heeft zorg ik dag en nacht voor haar, ik ben op en zoek mantelzorgondersteuning en iemand om mee te praten")]
    public string Text { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _taxonomy = TaxonomyLoader.LoadFile(TaxonomyLoader.DefaultPath);
        _recognizer = new LocalRecognizer(_taxonomy, new CrisisDetector());
        _learned = new LocalRecognizer(_taxonomy, new CrisisDetector(), null, LearnedModel.Load(LearnedModel.DefaultPath));
    }

    /// <summary>The labels and patterns alone.</summary>
    [Benchmark]
    public Knowledge.Recognition.Recognition Recognize() => _recognizer.Recognize(Text);

    /// <summary>As the host runs it: labels and patterns, then the learned model.</summary>
    [Benchmark]
    public Knowledge.Recognition.Recognition RecognizeLearned() => _learned.Recognize(Text);

    /// <summary>Reading the learned model's file, once at start-up.</summary>
    [Benchmark]
    public int LoadModel() => LearnedModel.Load(LearnedModel.DefaultPath).Labels.Count;

    [Benchmark]
    public int Build()
    {
        using var recognizer = new LocalRecognizer(_taxonomy, new CrisisDetector());
        return recognizer.PhraseCount;
    }

    public void Dispose()
    {
        _recognizer?.Dispose();
        _learned?.Dispose();
        GC.SuppressFinalize(this);
    }
}
