using Bouwmarkt.Bot.Commands;
using Bouwmarkt.Bot.Knowledge.Recognition.Learned;

namespace Bouwmarkt.Bot.Tests.Bot.Commands;

public sealed class TrainRecognizerCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("train-recognizer-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Train_TwoSets_WritesAModelThatNamesThem()
    {
        var first = WriteSet("first.jsonl", "mijn plonker is op", "geld");
        var second = WriteSet("second.jsonl", "de bus rijdt niet", "mobiliteit");
        var model = Path.Combine(_folder, "model.json");
        var output = new StringWriter();

        var exit = await TrainRecognizerCommand.RunAsync([first, second, "--out", model], output, new StringWriter());

        Assert.Equal(0, exit);
        Assert.Equal(["first.jsonl", "second.jsonl"], LearnedModel.Load(model).File.TrainedOn);
        Assert.Contains("Learned from 80 messages in 2 sets", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_NetworkShareZero_WritesTheRegressionAlone()
    {
        var set = WriteSet("set.jsonl", "mijn plonker is op", "geld");
        var model = Path.Combine(_folder, "model.json");

        var exit = await TrainRecognizerCommand.RunAsync([set, "--out", model, "--network-share", "0"], new StringWriter(), new StringWriter());

        Assert.Equal(0, exit);
        Assert.Null(LearnedModel.Load(model).File.Network);
    }

    [Fact]
    public async Task Train_SameSeedTwice_WritesTheSameModelAndAnotherSeedAnotherOne()
    {
        var set = WriteSet("set.jsonl", "mijn plonker is op", "geld");
        var first = Path.Combine(_folder, "first.json");
        var again = Path.Combine(_folder, "again.json");
        var other = Path.Combine(_folder, "other.json");

        await TrainRecognizerCommand.RunAsync([set, "--out", first, "--seed", "7"], new StringWriter(), new StringWriter());
        await TrainRecognizerCommand.RunAsync([set, "--out", again, "--seed", "7"], new StringWriter(), new StringWriter());
        await TrainRecognizerCommand.RunAsync([set, "--out", other, "--seed", "8"], new StringWriter(), new StringWriter());

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(again));
        Assert.NotEqual(File.ReadAllBytes(first), File.ReadAllBytes(other));
    }

    [Fact]
    public async Task Evaluate_ScoresEachSetWithAModelLearnedFromTheOthers()
    {
        var first = WriteSet("first.jsonl", "mijn plonker is op", "geld");
        var second = WriteSet("second.jsonl", "mijn plonker is weer op", "geld");
        var output = new StringWriter();

        var exit = await TrainRecognizerCommand.RunAsync([first, second, "--evaluate"], output, new StringWriter());

        Assert.Equal(0, exit);
        Assert.Contains("first.jsonl, learned from the other sets: recall@3=1.000", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("second.jsonl, labels alone:", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_BrokenLine_SaysWhereAndWritesNothing()
    {
        var broken = Path.Combine(_folder, "broken.jsonl");
        File.WriteAllLines(broken, ["{\"text\": \"hallo\", \"needs\": [], \"urgent\": false}", "{\"text\": \"kapot\""]);
        var model = Path.Combine(_folder, "model.json");
        var error = new StringWriter();

        var exit = await TrainRecognizerCommand.RunAsync([broken, "--out", model], new StringWriter(), error);

        Assert.Equal(1, exit);
        Assert.Contains("broken.jsonl line 2", error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(model));
    }

    [Fact]
    public async Task Train_UnknownNeed_IsRefused()
    {
        var set = WriteSet("set.jsonl", "ik wil naar de maan", "ruimtevaart");
        var model = Path.Combine(_folder, "model.json");
        var error = new StringWriter();

        var exit = await TrainRecognizerCommand.RunAsync([set, "--out", model], new StringWriter(), error);

        Assert.Equal(1, exit);
        Assert.Contains("unknown need 'ruimtevaart'", error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(model));
    }

    // Twenty messages on one need and twenty vague ones, numbered so no two are alike.
    private string WriteSet(string name, string text, string need)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllLines(path, Enumerable.Range(0, 20).SelectMany(i => new[]
        {
            $"{{\"text\": \"{text} {i}\", \"needs\": [\"{need}\"], \"also_ok\": [], \"urgent\": false}}",
            $"{{\"text\": \"hallo {i}\", \"needs\": [], \"also_ok\": [], \"urgent\": false}}",
        }));
        return path;
    }
}
