namespace Bouwmarkt.Bot.Dialogs.Prompts;

/// <summary>Where to look for local help: a postcode ('1234' or '1234 AB') or a place name; both null when skipped.</summary>
public sealed record Area(string? Postcode, string? Place)
{
    public static readonly Area Skipped = new(null, null);
}
