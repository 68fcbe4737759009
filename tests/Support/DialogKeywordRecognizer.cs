using Bouwmarkt.Bot.Knowledge.Recognition;
using Bouwmarkt.Bot.Knowledge.Taxonomy;

namespace Bouwmarkt.Bot.Tests.Support;

/// <summary>Stand-in recognizer for dialog tests: a keyword finds a concept; its need comes from the real taxonomy.</summary>
public sealed class DialogKeywordRecognizer(HelpTaxonomy taxonomy) : IRecognizer
{
    private static readonly (string Keyword, string Concept)[] Keywords =
    [
        ("schuld", "schulden"), ("deurwaarder", "deurwaarder"), ("huur", "huurachterstand"), ("huis uit", "uitzetting"),
        ("eenzaam", "eenzaamheid"), ("alleen", "eenzaamheid"), ("zorg voor mijn", "mantelzorg"), ("respijt", "respijtzorg"),
        ("boodschappen", "burenhulp"), ("taalmaatje", "taalmaatje-worden"), ("vrijwilliger", "vrijwilligerswerk"),
        ("ziek", "gezondheid"), ("somber", "psyche"), ("opvoeding", "opvoeding"), ("bedreigd", "bedreiging"),
    ];

    private static readonly (string Keyword, CrisisKind Kind)[] Crisis =
    [
        ("dood", CrisisKind.Suicide), ("zelfmoord", CrisisKind.Suicide), ("slaat me", CrisisKind.Violence),
        ("geen slaapplek", CrisisKind.NoShelterTonight), ("bewusteloos", CrisisKind.MedicalEmergency),
    ];

    /// <summary>How many times it was called; the dialogs must call it on every message.</summary>
    public int Calls { get; private set; }

    public ValueTask<Recognition> RecognizeAsync(string text, CancellationToken cancellationToken)
    {
        Calls++;
        var lower = text.ToLowerInvariant();
        var concepts = Keywords.Where(k => lower.Contains(k.Keyword, StringComparison.Ordinal))
            .Select(k => taxonomy.Find(k.Concept)!)
            .DistinctBy(c => c.Id)
            .ToList();
        var needs = concepts.Select(c => taxonomy.NeedOf(c.Id)!).DistinctBy(c => c.Id)
            .Select(c => new ScoredConcept(c.Id, c.PrefLabel, 1.0)).ToList();
        var kinds = Crisis.Where(k => lower.Contains(k.Keyword, StringComparison.Ordinal)).Select(k => k.Kind).Distinct().ToList();
        return ValueTask.FromResult(new Recognition(
            needs,
            [.. concepts.Select(c => new ScoredConcept(c.Id, c.PrefLabel, 0.9))],
            kinds.Count > 0 ? new Urgency(true, kinds) : Urgency.None));
    }
}
