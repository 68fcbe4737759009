using Bouwmarkt.Bot.Knowledge.Matching;

namespace Bouwmarkt.Bot.Knowledge.Offers;

/// <summary>
/// One offer of the sociale kaart: an HSDS 3.0 service with its organization, flattened into our Dutch profile
/// (route, ZRM domain, needs, gemeenten and postcode areas, audience, cost, assured date and owner, source).
/// </summary>
/// <remarks>Files carry it as HSDS 3.0 JSON (<see cref="HsdsReader"/>, <see cref="HsdsWriter"/>).</remarks>
public sealed record Offer
{
    /// <summary>Stable id (HSDS <c>service.id</c>).</summary>
    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>What it does, in B1 Dutch (HSDS <c>service.description</c>).</summary>
    public required string Description { get; init; }

    public required string OrganizationId { get; init; }

    public required string OrganizationName { get; init; }

    public string? OrganizationDescription { get; init; }

    /// <summary>The route; null only in files that fail validation.</summary>
    public Route? Route { get; init; }

    /// <summary>Taxonomy ids (needs or narrower concepts) this offer answers.</summary>
    public IReadOnlyList<string> Concepts { get; init; } = [];

    /// <summary>ZRM 2017 life domain.</summary>
    public string? Zrm { get; init; }

    /// <summary>Who it is for: "zelf", "ander", "helpen"; empty means everyone.</summary>
    public IReadOnlyList<string> Audience { get; init; } = [];

    /// <summary>True when it serves the whole country (national help lines).</summary>
    public bool IsNational { get; init; }

    /// <summary>Municipalities served.</summary>
    public IReadOnlyList<string> Gemeenten { get; init; } = [];

    /// <summary>Postcode areas served: "1234" or a range "1230-1239" of four-digit areas.</summary>
    public IReadOnlyList<string> PostcodeAreas { get; init; } = [];

    public string? EligibilityDescription { get; init; }

    public int? MinimumAge { get; init; }

    public int? MaximumAge { get; init; }

    /// <summary>Cost in words ("Gratis", "€ 2,50 per keer").</summary>
    public string? Cost { get; init; }

    public string? Phone { get; init; }

    public string? Url { get; init; }

    public string? Email { get; init; }

    public string? Address { get; init; }

    public string? Postcode { get; init; }

    public string? City { get; init; }

    public string? OpeningHours { get; init; }

    /// <summary>When a person last checked this record ('gecontroleerd op ...').</summary>
    public DateOnly? AssuredDate { get; init; }

    /// <summary>The owner who keeps this record true.</summary>
    public string? AssurerEmail { get; init; }

    /// <summary>Where the facts come from.</summary>
    public string? Source { get; init; }

    /// <summary>True for demo data (Voorbeeldstad).</summary>
    public bool Demo { get; init; }
}
