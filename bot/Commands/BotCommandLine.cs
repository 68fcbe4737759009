namespace Bouwmarkt.Bot.Commands;

/// <summary>Recognizes and runs the program's commands (<c>kb</c> for curators, <c>chat</c> for staff, <c>teams-manifest</c> for the Teams app, <c>train-recognizer</c> for the learned model, <c>score-recognizer</c> for its figures on labelled messages).</summary>
public static class BotCommandLine
{
    private static readonly string[] Verbs = ["kb", "chat", "teams-manifest", "train-recognizer", "score-recognizer"];

    /// <summary>True when the first argument names a command rather than a host setting.</summary>
    public static bool IsCommand(string[] args) => args.Length > 0 && Verbs.Contains(args[0], StringComparer.Ordinal);

    public static Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args[0] == "kb")
        {
            return KbCommand.RunAsync(args[1..]);
        }

        if (args[0] == "train-recognizer")
        {
            return TrainRecognizerCommand.RunAsync(args[1..]);
        }

        if (args[0] == "score-recognizer")
        {
            return ScoreRecognizerCommand.RunAsync(args[1..]);
        }

        if (args[0] == "teams-manifest")
        {
            return TeamsManifestCommand.RunAsync(args[1..]);
        }

        return ChatCommand.RunAsync(args[1..]);
    }
}
