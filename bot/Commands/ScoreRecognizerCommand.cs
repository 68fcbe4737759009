using System.CommandLine;
using Bouwmarkt.Bot.Knowledge.Recognition.Crisis;
using Bouwmarkt.Bot.Knowledge.Recognition.Learned;
using Bouwmarkt.Bot.Knowledge.Recognition.Local;
using Bouwmarkt.Bot.Knowledge.Recognition.Quality;
using Bouwmarkt.Bot.Knowledge.Taxonomy;
using RecognitionResult = Bouwmarkt.Bot.Knowledge.Recognition.Recognition;

namespace Bouwmarkt.Bot.Commands;

/// <summary>
/// <c>score-recognizer FILE… [--model MODEL | --labels-alone] [--misses]</c>: scores the recognizer as the host runs
/// it (labels, crisis patterns and the learned model, with the decision settings of appsettings.json) on labelled
/// message sets, per set and over all of them, against issue 5's targets. <c>--misses</c> also lists every missed
/// crisis, false alarm, vague message given needs and need not found, one tab-separated line each, so a curator can see
/// what to label or mend. It prints the sets' own texts: labelled test messages, never a resident's conversation.
/// </summary>
public static class ScoreRecognizerCommand
{
    /// <summary>Runs the command; <paramref name="args"/> are the words after <c>score-recognizer</c>. Exit code 0 = scored, 1 = not.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null, CancellationToken cancellationToken = default)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        var files = new Argument<FileInfo[]>("files") { Arity = ArgumentArity.OneOrMore, Description = "Labelled message sets to score." };
        var model = new Option<FileInfo?>("--model") { Description = "The learned model to score (default: the shipped one)." };
        var labelsAlone = new Option<bool>("--labels-alone") { Description = "Score the labels and crisis patterns without the learned model." };
        var misses = new Option<bool>("--misses") { Description = "List every message the recognizer gets wrong." };
        var root = new RootCommand("Scores the recognizer on labelled message sets.") { files, model, labelsAlone, misses };
        root.SetAction(async (parse, token) =>
        {
            var decision = RecognizerDecisionSettings.Read();
            var modelPath = parse.GetValue(labelsAlone) ? null : parse.GetValue(model)?.FullName ?? LearnedModel.DefaultPath;
            return await RunAsync(parse.GetValue(files)!, modelPath, parse.GetValue(misses), decision, output, error, token).ConfigureAwait(false);
        });
        return root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
    }

    private static async Task<int> RunAsync(FileInfo[] files, string? modelPath, bool misses, LocalRecognizerOptions decision, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var sets = new List<(string Name, IReadOnlyList<LabelledMessage> Messages)>();
        LearnedModel? learned;
        try
        {
            sets.AddRange(files.Select(f => (f.Name, LabelledMessage.ReadFile(f.FullName))));
            learned = modelPath is null ? null : LearnedModel.Load(modelPath);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or System.Text.Json.JsonException)
        {
            await error.WriteLineAsync(e.Message).ConfigureAwait(false);
            return 1;
        }

        var crisis = new CrisisDetector();
        using var recognizer = new LocalRecognizer(TaxonomyLoader.LoadFile(TaxonomyLoader.DefaultPath), crisis, decision, learned);
        var meeting = 0;
        var allMessages = new List<LabelledMessage>();
        var allResults = new List<RecognitionResult>();
        foreach (var (name, messages) in sets)
        {
            // Each message recognized once: the set's figures, its misses and the total all read these answers.
            var results = await RecognitionScore.RecognizeAllAsync(recognizer, messages, cancellationToken).ConfigureAwait(false);
            var score = RecognitionScore.Of(messages, results);
            meeting += score.MeetsTargets ? 1 : 0;
            await output.WriteLineAsync($"{name}: {score}{(score.MeetsTargets ? "" : " (misses a target)")}").ConfigureAwait(false);
            if (misses)
            {
                await WriteMissesAsync(crisis, name, messages, results, output).ConfigureAwait(false);
            }

            allMessages.AddRange(messages);
            allResults.AddRange(results);
        }

        if (sets.Count > 1)
        {
            var all = RecognitionScore.Of(allMessages, allResults);
            await output.WriteLineAsync($"all {sets.Count} sets: {all}; {meeting} of {sets.Count} sets meet every target").ConfigureAwait(false);
        }

        return 0;
    }

    private static async Task WriteMissesAsync(CrisisDetector patterns, string set, IReadOnlyList<LabelledMessage> messages, IReadOnlyList<RecognitionResult> results, TextWriter output)
    {
        for (var i = 0; i < messages.Count; i++)
        {
            var message = messages[i];
            var result = results[i];
            var got = result.Needs.Select(n => n.Id).ToList();
            var text = message.Text.ReplaceLineEndings(" ");
            if (message.Urgent && !result.Urgency.Urgent)
            {
                await output.WriteLineAsync($"missed crisis\t{set}\t{(result.Urgency.Possible ? "asked" : "not asked")}\t{text}").ConfigureAwait(false);
            }
            else if (!message.Urgent && result.Urgency.Urgent)
            {
                // Whether a pattern raised it or the model alone tells where to mend: a pattern or the labels.
                var source = patterns.Detect(message.Text).Urgent ? "pattern" : "model";
                await output.WriteLineAsync($"false alarm\t{set}\t{string.Join(',', result.Urgency.Kinds)} ({source})\t{text}").ConfigureAwait(false);
            }

            if (message.Needs.Count == 0 && got.Count > 0)
            {
                await output.WriteLineAsync($"vague given needs\t{set}\t{string.Join(',', got)}\t{text}").ConfigureAwait(false);
            }
            else if (message.Needs.Except(got.Take(3)).Any() || got.Except(message.Needs.Concat(message.AlsoOk)).Any())
            {
                await output.WriteLineAsync($"needs differ\t{set}\twanted {string.Join(',', message.Needs)} (also {string.Join(',', message.AlsoOk)}), got {string.Join(',', got)}\t{text}").ConfigureAwait(false);
            }
        }
    }
}
