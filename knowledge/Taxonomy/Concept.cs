namespace Bouwmarkt.Bot.Knowledge.Taxonomy;

/// <summary>One concept of the help taxonomy (SKOS-like): a top-level need or a narrower concept under it.</summary>
public sealed record Concept
{
    public required string Id { get; init; }

    /// <summary>The B1 Dutch label residents see.</summary>
    public required string PrefLabel { get; init; }

    /// <summary>Synonyms and the words other organisations use for the same thing.</summary>
    public IReadOnlyList<string> AltLabels { get; init; } = [];

    /// <summary>Misspellings and colloquial forms: recognized, never shown.</summary>
    public IReadOnlyList<string> HiddenLabels { get; init; } = [];

    /// <summary>Words about who or where ('kinderen', 'huis', 'ouders') that point at this concept only when a message
    /// names nothing more specific: recognized, never shown.</summary>
    public IReadOnlyList<string> ContextLabels { get; init; } = [];

    /// <summary>The broader concept's id; null for the 17 top-level needs.</summary>
    public string? Broader { get; init; }

    public string? Definition { get; init; }

    /// <summary>Zelfredzaamheid-Matrix 2017 life domain, where one fits.</summary>
    public string? Zrm { get; init; }

    /// <summary>True for the 17 top-level needs.</summary>
    public bool IsNeed => Broader is null;
}
