namespace Bouwmarkt.Bot.Knowledge.Recognition.Learned;

/// <summary>How <see cref="LearnedModelTrainer"/> fits the model; chosen by leave-one-set-out runs over the message sets.</summary>
public sealed record LearnedModelTrainerOptions
{
    /// <summary>Keeps weights small, so one author's favourite words do not decide alone.</summary>
    public double L2 { get; init; } = 1.0;

    /// <summary>Sets weak weights to zero: the file and the work per message stay small.</summary>
    public double L1 { get; init; } = 0.5;

    /// <summary>Features seen in fewer messages than this are left out.</summary>
    public int MinFeatureCount { get; init; } = 3;

    /// <summary>How much a need counts that is defensible but not required (<c>also_ok</c>).</summary>
    public double AlsoOkWeight { get; init; } = 0.3;

    /// <summary>How much an urgent message counts against a calm one: missing a crisis costs more than a false alarm.</summary>
    public double UrgentWeight { get; init; } = 3.0;
}
