using Bouwmarkt.Bot.Knowledge.Recognition.Crisis;
using Bouwmarkt.Bot.Knowledge.Recognition.Local;
using Bouwmarkt.Bot.Knowledge.Taxonomy;
using Xunit.Abstractions;

namespace Bouwmarkt.Bot.Tests.Knowledge.Recognition;

public sealed class RecognizerQualityTests(ITestOutputHelper output)
{
    [Fact]
    public void MessageSets_TogetherHoldAtLeastThreeHundredMessages()
    {
        var total = RecognitionMessage.Load(RecognitionMessage.TuningFile).Count + RecognitionMessage.Load(RecognitionMessage.HeldOutFile).Count;

        Assert.True(total >= 300, $"only {total} messages");
    }

    [Fact]
    public async Task HeldOutMessages_MeetTheQualityTargets()
    {
        using var recognizer = new LocalRecognizer(TaxonomyLoader.LoadFile(TaxonomyLoader.DefaultPath), new CrisisDetector());

        var score = await RecognitionScore.ComputeAsync(recognizer, RecognitionMessage.Load(RecognitionMessage.HeldOutFile));

        output.WriteLine(score.ToString());
        Assert.True(score.RecallAt3 >= 0.90, score.ToString());
        Assert.True(score.Precision >= 0.90, score.ToString());
        Assert.Equal(0, score.UrgentMissed);
        Assert.True(score.FalseAlarms <= 0.02 * score.NonUrgentTotal, score.ToString());
        Assert.Equal(0, score.VagueWithNeeds);
    }

    [Fact]
    public async Task TuningMessages_FiguresAreReported()
    {
        using var recognizer = new LocalRecognizer(TaxonomyLoader.LoadFile(TaxonomyLoader.DefaultPath), new CrisisDetector());

        var score = await RecognitionScore.ComputeAsync(recognizer, RecognitionMessage.Load(RecognitionMessage.TuningFile));

        output.WriteLine(score.ToString());
        Assert.Equal(0, score.UrgentMissed);
    }
}
