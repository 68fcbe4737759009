namespace Bouwmarkt.Bot.Knowledge.Offers;

/// <summary>The taxonomy and extent names of our Dutch HSDS 3.0 profile; reader and writer share them.</summary>
public static class HsdsNames
{
    /// <summary>Wrapper field that marks our own files.</summary>
    public const string Profile = "bouwmarkt-nl/1";

    public const string RouteTaxonomy = "bouwmarkt-route";
    public const string NeedTaxonomy = "urn:bouwmarkt-bot:taxonomie";
    public const string ZrmTaxonomy = "zrm-2017";
    public const string AudienceTaxonomy = "bouwmarkt-doelgroep";

    public const string ExtentNational = "land";
    public const string ExtentGemeente = "gemeente";
    public const string ExtentPostcode = "postcode";

    /// <summary>Longest string accepted in any field; hostile files cannot bloat the store.</summary>
    public const int MaxText = 4000;
}
