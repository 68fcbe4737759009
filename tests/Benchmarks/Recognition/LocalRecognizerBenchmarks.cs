using BenchmarkDotNet.Attributes;
using Bouwmarkt.Bot.Knowledge.Recognition.Crisis;
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
    }

    [Benchmark]
    public Knowledge.Recognition.Recognition Recognize() => _recognizer.Recognize(Text);

    [Benchmark]
    public int Build()
    {
        using var recognizer = new LocalRecognizer(_taxonomy, new CrisisDetector());
        return recognizer.PhraseCount;
    }

    public void Dispose()
    {
        _recognizer?.Dispose();
        GC.SuppressFinalize(this);
    }
}
