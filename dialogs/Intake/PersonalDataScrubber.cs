using System.Text.RegularExpressions;

namespace Bouwmarkt.Bot.Dialogs.Intake;

/// <summary>Removes obvious personal data (e-mail, phone, BSN-like numbers, postcodes, dates, house numbers) from free text.</summary>
public static partial class PersonalDataScrubber
{
    /// <summary>The placeholder that replaces what was removed.</summary>
    public const string Mask = "[weg]";

    public static string Scrub(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = EmailRegex().Replace(text, Mask);
        result = UrlRegex().Replace(result, Mask);
        result = DateRegex().Replace(result, Mask);
        result = PostcodeRegex().Replace(result, Mask);
        result = PhoneRegex().Replace(result, Mask);
        result = LongNumberRegex().Replace(result, Mask);
        result = StreetRegex().Replace(result, Mask);
        return result;
    }

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex EmailRegex();

    [GeneratedRegex(@"https?://\S+|www\.\S+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex UrlRegex();

    [GeneratedRegex(@"\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b", RegexOptions.CultureInvariant)]
    private static partial Regex DateRegex();

    [GeneratedRegex(@"\b[1-9]\d{3}\s?[A-Za-z]{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex PostcodeRegex();

    [GeneratedRegex(@"(\+31|0031|\b0)[\s-]?\d([\s-]?\d){7,9}\b", RegexOptions.CultureInvariant)]
    private static partial Regex PhoneRegex();

    [GeneratedRegex(@"\b\d{7,}\b", RegexOptions.CultureInvariant)]
    private static partial Regex LongNumberRegex();

    [GeneratedRegex(@"\b[A-Z][a-z]+(straat|laan|weg|plein|gracht|kade|singel|dijk|hof)\s+\d+\w?\b", RegexOptions.CultureInvariant)]
    private static partial Regex StreetRegex();
}
