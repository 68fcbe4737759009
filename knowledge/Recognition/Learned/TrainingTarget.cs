using Bouwmarkt.Bot.Knowledge.Recognition.Quality;

namespace Bouwmarkt.Bot.Knowledge.Recognition.Learned;

/// <summary>What one labelled message teaches about one label: whether it applies, and how much the example counts.</summary>
internal readonly record struct TrainingTarget(bool Applies, float Weight)
{
    public static TrainingTarget Of(LabelledMessage message, string label, LearnedModelTrainerOptions options)
    {
        if (label == LearnedModel.UrgentLabel)
        {
            return new TrainingTarget(message.Urgent, message.Urgent ? (float)options.UrgentWeight : 1);
        }

        if (label == LearnedModel.NoNeedsLabel)
        {
            return new TrainingTarget(message.Needs.Count == 0, 1);
        }

        // A defensible extra need is not wrong, but counts less than one the writer clearly meant.
        var required = message.Needs.Contains(label);
        var allowed = message.AlsoOk.Contains(label);
        return new TrainingTarget(required || allowed, required || !allowed ? 1 : (float)options.AlsoOkWeight);
    }
}
