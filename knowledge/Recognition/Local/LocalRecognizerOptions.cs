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

    /// <summary>At most this many narrower concepts per message, best first.</summary>
    public int MaxConcepts { get; set; } = 5;
}
