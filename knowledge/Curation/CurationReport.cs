namespace Bouwmarkt.Bot.Knowledge.Curation;

/// <summary>What a curation step found and did.</summary>
public sealed record CurationReport(IReadOnlyList<CurationProblem> Problems, int Imported)
{
    public bool Passed => !Problems.Any(p => p.IsError);
}
