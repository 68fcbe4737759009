using System.CommandLine;
using Bouwmarkt.Bot.Knowledge.Recognition.Crisis;
using Bouwmarkt.Bot.Knowledge.Recognition.Learned;
using Bouwmarkt.Bot.Knowledge.Recognition.Local;
using Bouwmarkt.Bot.Knowledge.Recognition.Quality;
using Bouwmarkt.Bot.Knowledge.Taxonomy;

namespace Bouwmarkt.Bot.Commands;

/// <summary>
/// <c>train-recognizer FILE… [--out MODEL] [--evaluate]</c>: learns the recognizer's model from labelled message sets
/// (JSON lines: text, needs, also_ok, urgent). <c>--evaluate</c> first scores each set with a model learned from the
/// others only, which is how the model does on messages it has never seen. Decision settings (<c>Recognition:LearnedMinScore</c>
/// and the like) come from appsettings.json beside the binaries, then environment variables (<c>Recognition__LearnedMinScore</c>).
/// </summary>
public static class TrainRecognizerCommand
{
    /// <summary>Runs the command; <paramref name="args"/> are the words after <c>train-recognizer</c>. Exit code 0 = done, 1 = not.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null, CancellationToken cancellationToken = default)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        var files = new Argument<FileInfo[]>("files") { Arity = ArgumentArity.OneOrMore, Description = "Labelled message sets to learn from." };
        var target = new Option<FileInfo?>("--out") { Description = "Where to write the model: the binary form the host reads, or readable JSON for a .json path." };
        var evaluate = new Option<bool>("--evaluate") { Description = "Score each set with a model learned from the other sets first." };
        var defaults = new LearnedModelTrainerOptions();
        var l2 = new Option<double>("--l2") { DefaultValueFactory = _ => defaults.L2, Description = "L2 regularisation." };
        var l1 = new Option<double>("--l1") { DefaultValueFactory = _ => defaults.L1, Description = "L1 regularisation." };
        var urgentWeight = new Option<double>("--urgent-weight") { DefaultValueFactory = _ => defaults.UrgentWeight, Description = "Weight of an urgent message." };
        var networkShare = new Option<double>("--network-share") { DefaultValueFactory = _ => defaults.NetworkShare, Description = "The hidden layer's share in each probability (0 = logistic regression alone)." };
        var networks = new Option<int>("--networks") { DefaultValueFactory = _ => defaults.Networks, Description = "Hidden layers learned apart and joined into one (1 = a single layer)." };
        networks.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--networks must be 1 or more.");
            }
        });
        // One training run against the next moves a set's figures by about a crisis or a false alarm; other seeds let
        // cross-validation show how much of a difference is that noise.
        var seed = new Option<int>("--seed") { DefaultValueFactory = _ => defaults.Seed, Description = "The first hidden layer's seed; the same seed gives the same model." };
        var root = new RootCommand("Learns the recognizer's model from labelled message sets.") { files, target, evaluate, l2, l1, urgentWeight, networkShare, networks, seed };
        root.SetAction(async (parse, token) =>
        {
            var decision = RecognizerDecisionSettings.Read();
            var training = defaults with { L2 = parse.GetValue(l2), L1 = parse.GetValue(l1), UrgentWeight = parse.GetValue(urgentWeight), NetworkShare = parse.GetValue(networkShare), Networks = parse.GetValue(networks), Seed = parse.GetValue(seed) };
            return await RunAsync(parse.GetValue(files)!, parse.GetValue(target), parse.GetValue(evaluate), training, decision, output, error, token).ConfigureAwait(false);
        });
        return root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
    }

    private static async Task<int> RunAsync(
        FileInfo[] files, FileInfo? target, bool evaluate, LearnedModelTrainerOptions training, LocalRecognizerOptions decision, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var sets = new List<(string Name, IReadOnlyList<LabelledMessage> Messages)>();
        try
        {
            sets.AddRange(files.Select(f => (f.Name, LabelledMessage.ReadFile(f.FullName))));
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            await error.WriteLineAsync(e.Message).ConfigureAwait(false);
            return 1;
        }

        var taxonomy = TaxonomyLoader.LoadFile(TaxonomyLoader.DefaultPath);
        var unknown = sets.SelectMany(s => s.Messages.SelectMany(m => m.Needs.Concat(m.AlsoOk)).Where(id => taxonomy.Needs.All(n => n.Id != id)).Select(id => $"{s.Name}: unknown need '{id}'")).Distinct().ToList();
        if (unknown.Count > 0)
        {
            foreach (var problem in unknown)
            {
                await error.WriteLineAsync(problem).ConfigureAwait(false);
            }

            return 1;
        }

        var crisis = new CrisisDetector();
        using var lexicon = new LocalRecognizer(taxonomy, crisis, decision);
        var trainer = new LearnedModelTrainer(lexicon, training);
        var needs = taxonomy.Needs.Select(n => n.Id).ToList();
        if (evaluate)
        {
            foreach (var (name, messages) in sets)
            {
                var others = sets.Where(s => s.Name != name).ToList();
                var model = trainer.Train([.. others.SelectMany(s => s.Messages)], [.. others.Select(s => s.Name)], needs);
                using var learned = new LocalRecognizer(taxonomy, crisis, decision, model);
                var withModel = await RecognitionScore.ComputeAsync(learned, messages, cancellationToken).ConfigureAwait(false);
                var labelsOnly = await RecognitionScore.ComputeAsync(lexicon, messages, cancellationToken).ConfigureAwait(false);
                await output.WriteLineAsync($"{name}, learned from the other sets: {withModel}").ConfigureAwait(false);
                await output.WriteLineAsync($"{name}, labels alone:                 {labelsOnly}").ConfigureAwait(false);
            }
        }

        if (target is not null)
        {
            var model = trainer.Train([.. sets.SelectMany(s => s.Messages)], [.. sets.Select(s => s.Name)], needs);
            model.Save(target.FullName);
            await output.WriteLineAsync($"Learned from {sets.Sum(s => s.Messages.Count)} messages in {sets.Count} sets; written to {target.FullName}.").ConfigureAwait(false);
        }

        return 0;
    }
}
