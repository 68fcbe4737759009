using Bouwmarkt.Bot.Knowledge.Recognition;

namespace Bouwmarkt.Bot.Intake;

/// <summary>Answer of <c>POST /api/intake/analyze</c>: confident needs best first, concepts, and urgency.</summary>
public sealed record AnalyzeResponse(IReadOnlyList<ScoredConcept> Needs, IReadOnlyList<ScoredConcept> Concepts, bool Urgent, Urgency Urgency)
{
    public static AnalyzeResponse From(Recognition recognition)
    {
        ArgumentNullException.ThrowIfNull(recognition);
        return new(recognition.Needs, recognition.Concepts, recognition.Urgency.Urgent, recognition.Urgency);
    }
}
