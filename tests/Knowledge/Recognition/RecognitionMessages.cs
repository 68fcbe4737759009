using System.Text.Json;

namespace Bouwmarkt.Bot.Tests.Knowledge.Recognition;

/// <summary>One line of the message sets: the text and what a good recognizer answers.</summary>
public sealed record RecognitionMessage(string Text, string[] Needs, string[] AlsoOk, bool Urgent)
{
    /// <summary>The tuning part: used while shaping labels and rules.</summary>
    public const string TuningFile = "messages.nl.jsonl";

    /// <summary>The held-out part: not looked at while tuning; the quality targets are checked on it.</summary>
    public const string HeldOutFile = "messages.heldout.nl.jsonl";

    public static IReadOnlyList<RecognitionMessage> Load(string fileName)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Bouwmarkt.Bot.sln")))
        {
            directory = directory.Parent;
        }

        var path = Path.Combine(directory?.FullName ?? throw new DirectoryNotFoundException("repository root"), "tests", "Knowledge", "Recognition", fileName);
        return [.. File.ReadLines(path).Where(l => !string.IsNullOrWhiteSpace(l)).Select(Parse)];
    }

    private static RecognitionMessage Parse(string line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        static string[] Ids(JsonElement e) => [.. e.EnumerateArray().Select(x => x.GetString()!)];
        return new RecognitionMessage(
            root.GetProperty("text").GetString()!,
            Ids(root.GetProperty("needs")),
            root.TryGetProperty("also_ok", out var ok) ? Ids(ok) : [],
            root.GetProperty("urgent").GetBoolean());
    }
}
