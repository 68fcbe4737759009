using System.Diagnostics;
using Bouwmarkt.Bot.Knowledge.Recognition.Crisis;
using Bouwmarkt.Bot.Knowledge.Recognition.Local;
using Bouwmarkt.Bot.Knowledge.Taxonomy;
using Xunit.Abstractions;

namespace Bouwmarkt.Bot.Tests.Knowledge.Recognition;

public sealed class RecognizerQualityTests(ITestOutputHelper output) : IDisposable
{
    private readonly LocalRecognizer _recognizer = new(TaxonomyLoader.LoadFile(TaxonomyLoader.DefaultPath), new CrisisDetector());

    public void Dispose() => _recognizer.Dispose();

    [Fact]
    public void MessageSets_TogetherHoldAtLeastThreeHundredMessages()
    {
        var total = RecognitionMessage.AllFiles.Sum(f => RecognitionMessage.Load(f).Count);

        Assert.True(total >= 300, $"only {total} messages");
    }

    // The targets, on the set nobody tuned for. Not met (29 Nov 2026: recall@3 0.729, precision 0.823, 24 of 45
    // urgent messages caught, 9 of 255 false alarms), so issue 5 stays open; remove the Skip when they are. The floors
    // below keep what was reached from getting worse.
    [Fact(Skip = "Issue 5 targets not reached on unseen messages: see README, Understanding residents, Quality.")]
    public async Task UnseenMessages_MeetTheQualityTargets()
    {
        var score = await ScoreAsync(RecognitionMessage.Blind6File);

        Assert.True(score.RecallAt3 >= 0.90, score.ToString());
        Assert.True(score.Precision >= 0.90, score.ToString());
        Assert.Equal(0, score.UrgentMissed);
        Assert.True(score.FalseAlarms <= 0.02 * score.NonUrgentTotal, score.ToString());
        Assert.Equal(0, score.VagueWithNeeds);
    }

    [Fact]
    public async Task UnseenMessages_StayAboveTheMeasuredFloor()
    {
        var score = await ScoreAsync(RecognitionMessage.Blind6File);

        Assert.True(score.RecallAt3 >= 0.70, score.ToString());
        Assert.True(score.Precision >= 0.80, score.ToString());
        Assert.True(score.UrgentMissed <= 21, score.ToString());
        Assert.True(score.FalseAlarms <= 9, score.ToString());
        Assert.Equal(0, score.VagueWithNeeds);
    }

    [Fact]
    public async Task HeldOutMessages_StayAboveTheMeasuredFloor()
    {
        var score = await ScoreAsync(RecognitionMessage.HeldOutFile);

        Assert.True(score.RecallAt3 >= 0.90, score.ToString());
        Assert.True(score.Precision >= 0.95, score.ToString());
        Assert.Equal(0, score.UrgentMissed);
        Assert.Equal(0, score.FalseAlarms);
        Assert.Equal(0, score.VagueWithNeeds);
    }

    // Every set we tuned on: every urgent message caught, at most 2 % false alarms, and the figures printed.
    [Theory]
    [InlineData(RecognitionMessage.TuningFile)]
    [InlineData(RecognitionMessage.BlindFile)]
    [InlineData(RecognitionMessage.SituationsFile)]
    [InlineData(RecognitionMessage.CrisisFile)]
    [InlineData(RecognitionMessage.Blind2File)]
    [InlineData(RecognitionMessage.Blind3File)]
    [InlineData(RecognitionMessage.Blind4File)]
    [InlineData(RecognitionMessage.Blind5File)]
    public async Task TuningMessages_CatchEveryUrgentMessageWithFewFalseAlarms(string file)
    {
        var score = await ScoreAsync(file);

        Assert.Equal(0, score.UrgentMissed);
        Assert.True(score.FalseAlarms <= 0.02 * score.NonUrgentTotal, score.ToString());
    }

    [Fact]
    public void Recognize_EveryMessageOfEverySet_TakesWellUnderOneMillisecondAtTheMedian()
    {
        var texts = RecognitionMessage.AllFiles
            .SelectMany(RecognitionMessage.Load).Select(m => m.Text).ToList();
        foreach (var text in texts.Take(50))
        {
            _recognizer.Recognize(text); // warm-up: the first calls compile the code
        }

        var times = new List<double>(texts.Count);
        foreach (var text in texts)
        {
            var started = Stopwatch.GetTimestamp();
            _recognizer.Recognize(text);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        times.Sort();
        var median = times[times.Count / 2];
        output.WriteLine($"{texts.Count} messages: median {median * 1000:F1} µs, p99 {times[(int)(times.Count * 0.99)] * 1000:F1} µs");
        Assert.True(median < 1.0, $"median {median:F3} ms");
    }

    private async Task<RecognitionScore> ScoreAsync(string file)
    {
        var score = await RecognitionScore.ComputeAsync(_recognizer, RecognitionMessage.Load(file));
        output.WriteLine($"{file}: {score}");
        return score;
    }
}
