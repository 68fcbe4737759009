using System.Text.RegularExpressions;

namespace Bouwmarkt.Bot.Knowledge.Recognition.SemanticKernel;

/// <summary>Replaces personal data with placeholders before a message leaves the host (AVG).</summary>
/// <remarks>
/// Covers e-mail addresses, IBANs, phone numbers, BSN-like nine-digit numbers, postcodes with house numbers, street
/// addresses and names introduced as names ('ik heet ...', 'mijn naam is ...', 'my name is ...'). The needs do not
/// depend on any of these, so recognition loses nothing.
/// </remarks>
public sealed partial class PersonalDataScrubber
{
    public string Scrub(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = Email().Replace(text, "[e-mail]");
        text = Iban().Replace(text, "[iban]");
        text = PostcodeWithNumber().Replace(text, "[adres]");
        text = StreetAddress().Replace(text, "[adres]");
        text = Phone().Replace(text, "[telefoon]");
        text = NineDigits().Replace(text, "[nummer]");
        text = IntroducedName().Replace(text, m => m.Groups["intro"].Value + "[naam]");
        return text;
    }

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"\b[A-Z]{2}\d{2}\s?[A-Z]{4}(\s?\d){10}\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Iban();

    [GeneratedRegex(@"\b\d{4}\s?[A-Z]{2}\b[\s,]*\d{1,5}\s?[a-z]?\b|\b\d{4}\s?[A-Z]{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex PostcodeWithNumber();

    [GeneratedRegex(@"\b[\p{L}-]+(straat|laan|weg|plein|gracht|kade|singel|dijk|hof|steeg|park|dreef|pad|markt|erf|ring|baan)\s+\d{1,5}\s?[a-zA-Z]?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StreetAddress();

    [GeneratedRegex(@"(\+|00)\d{2}[\s-]?\(?0?\)?\d([\s-]?\d){7,9}\b|\b0\d([\s-]?\d){8}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Phone();

    [GeneratedRegex(@"\b\d{3}[\s.]?\d{3}[\s.]?\d{3}\b", RegexOptions.CultureInvariant)]
    private static partial Regex NineDigits();

    [GeneratedRegex(@"(?<intro>\b(?i:ik heet|mijn naam is|m'n naam is|mn naam is|my name is|ik ben|i am|this is|met)\s+)(?<name>\p{Lu}[\p{L}'-]+(\s+(van|de|der|den|van der|van den|ter|el|al)?\s*\p{Lu}[\p{L}'-]+)*)", RegexOptions.CultureInvariant)]
    private static partial Regex IntroducedName();
}
