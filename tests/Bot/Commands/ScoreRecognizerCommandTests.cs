using Bouwmarkt.Bot.Commands;

namespace Bouwmarkt.Bot.Tests.Bot.Commands;

public sealed class ScoreRecognizerCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("score-recognizer-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Score_TwoSets_GivesEachSetAndAllTogether()
    {
        var money = WriteSet("money.jsonl", Line("ik heb schulden en kom niet rond", "geld", urgent: false));
        var greeting = WriteSet("greeting.jsonl", Line("hallo", null, urgent: false));
        var output = new StringWriter();

        var exit = await ScoreRecognizerCommand.RunAsync([money, greeting], output, new StringWriter());

        Assert.Equal(0, exit);
        Assert.Contains("money.jsonl: recall@3=1.000 precision=1.000 urgent missed 0/0 false alarms 0/1 vague with needs 0", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("greeting.jsonl: recall@3=1.000", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("all 2 sets: recall@3=1.000", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("2 of 2 sets meet every target", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_Misses_ListsACrisisLabelledButNotFound()
    {
        var set = WriteSet("set.jsonl", Line("ik heb schulden en kom niet rond", "geld", urgent: true));
        var output = new StringWriter();

        await ScoreRecognizerCommand.RunAsync([set, "--misses"], output, new StringWriter());

        Assert.Contains("set.jsonl: recall@3=1.000 precision=1.000 urgent missed 1/1", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("(misses a target)", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("missed crisis\tset.jsonl\t", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_Misses_ListsAnAlarmOnAMessageLabelledCalm()
    {
        var set = WriteSet("set.jsonl", Line("ik wil niet meer leven, de pillen liggen al klaar", "psyche", urgent: false));
        var output = new StringWriter();

        await ScoreRecognizerCommand.RunAsync([set, "--misses"], output, new StringWriter());

        Assert.Contains("false alarm\tset.jsonl\tSuicide (pattern)\t", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_Misses_ListsNeedsThatDiffer()
    {
        var set = WriteSet("set.jsonl", Line("ik heb schulden en kom niet rond", "taal", urgent: false));
        var output = new StringWriter();

        await ScoreRecognizerCommand.RunAsync([set, "--misses"], output, new StringWriter());

        Assert.Contains("needs differ\tset.jsonl\twanted taal (also ), got geld", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_LabelsAlone_LeavesTheModelOut()
    {
        // Told without a crisis pattern's words: only the learned model hears it.
        var set = WriteSet("set.jsonl", Line("mijn stiefvader komt zo thuis en dan is het weer raak, ik ben 14", "veiligheid", urgent: true));
        var withModel = new StringWriter();
        var alone = new StringWriter();

        await ScoreRecognizerCommand.RunAsync([set], withModel, new StringWriter());
        await ScoreRecognizerCommand.RunAsync([set, "--labels-alone"], alone, new StringWriter());

        Assert.Contains("urgent missed 0/1", withModel.ToString(), StringComparison.Ordinal);
        Assert.Contains("urgent missed 1/1", alone.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_ModelThatIsNotThere_SaysSoAndScoresNothing()
    {
        var set = WriteSet("set.jsonl", Line("hallo", null, urgent: false));
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await ScoreRecognizerCommand.RunAsync([set, "--model", Path.Combine(_folder, "absent.json")], output, error);

        Assert.Equal(1, exit);
        Assert.Contains("absent.json", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(output.ToString());
    }

    private static string Line(string text, string? need, bool urgent) =>
        $"{{\"text\": \"{text}\", \"needs\": [{(need is null ? "" : $"\"{need}\"")}], \"also_ok\": [], \"urgent\": {(urgent ? "true" : "false")}}}";

    private string WriteSet(string name, params string[] lines)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllLines(path, lines);
        return path;
    }
}
