using System.Text.Json;

namespace Bouwmarkt.Bot.Tests.Knowledge.Recognition;

/// <summary>One line of the message sets: the text and what a good recognizer answers.</summary>
public sealed record RecognitionMessage(string Text, string[] Needs, string[] AlsoOk, bool Urgent)
{
    /// <summary>The tuning part: used while shaping labels and rules.</summary>
    public const string TuningFile = "messages.nl.jsonl";

    /// <summary>The first held-out part, written by us with the tuning part: not looked at while tuning.</summary>
    public const string HeldOutFile = "messages.heldout.nl.jsonl";

    /// <summary>Written blind by a second author who saw only the needs' definitions; measured once, then used for tuning.</summary>
    public const string BlindFile = "messages.blind.nl.jsonl";

    /// <summary>Written blind: everyday situations described in residents' own words, for vocabulary.</summary>
    public const string SituationsFile = "messages.situations.nl.jsonl";

    /// <summary>Written blind: acute crises beside the same words used figuratively or about the past, and vague messages.</summary>
    public const string CrisisFile = "messages.crisis.nl.jsonl";

    /// <summary>Written blind in many voices (formal, street talk, non-native, third parties); sealed until measured once.</summary>
    public const string Blind2File = "messages.blind2.nl.jsonl";

    /// <summary>Written blind: website chat, WhatsApp and Teams messages (professionals about clients); sealed until measured once.</summary>
    public const string Blind3File = "messages.blind3.nl.jsonl";

    /// <summary>Written blind by two authors (a mid-sized town; a big-city neighbourhood); sealed until measured once.</summary>
    public const string Blind4File = "messages.blind4.nl.jsonl";

    /// <summary>Written blind by two authors; measured once on 29 Nov 2026 and never tuned on: the honest held-out set.</summary>
    public const string Blind6File = "messages.blind6.nl.jsonl";

    /// <summary>Written blind by two authors (the first days of a new bot; evenings and weekends); sealed until measured once.</summary>
    public const string Blind5File = "messages.blind5.nl.jsonl";

    /// <summary>The parts used while shaping labels, rules and patterns.</summary>
    public static readonly string[] TuningFiles = [TuningFile, BlindFile, SituationsFile, CrisisFile, Blind2File, Blind3File, Blind4File, Blind5File];

    /// <summary>Every set: the tuning parts and both held-out ones.</summary>
    public static readonly string[] AllFiles = [.. TuningFiles, HeldOutFile, Blind6File];

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
