using System.Globalization;

namespace Bouwmarkt.Bot.Knowledge.Offers;

/// <summary>A range of four-digit postcode areas, "1234" or "1230-1239".</summary>
public readonly record struct PostcodeArea(int From, int To)
{
    /// <summary>Reads "1234" or "1230-1239"; false for anything else.</summary>
    public static bool TryParse(string? text, out PostcodeArea area)
    {
        area = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length is < 1 or > 2 || !TryDigits(parts[0], out var from))
        {
            return false;
        }

        var to = from;
        if (parts.Length == 2 && !TryDigits(parts[1], out to))
        {
            return false;
        }

        if (to < from)
        {
            return false;
        }

        area = new PostcodeArea(from, to);
        return true;
    }

    /// <summary>The four digits of a Dutch postcode ("1234 AB", "1234ab", "1234"); null when it is not one.</summary>
    public static int? DigitsOf(string? postcode)
    {
        if (postcode is null)
        {
            return null;
        }

        var compact = postcode.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (compact.Length is not (4 or 6) || !TryDigits(compact[..4], out var digits))
        {
            return null;
        }

        if (compact.Length == 6 && !(char.IsAsciiLetter(compact[4]) && char.IsAsciiLetter(compact[5])))
        {
            return null;
        }

        return digits;
    }

    public bool Contains(int digits) => digits >= From && digits <= To;

    public override string ToString() => From == To
        ? From.ToString("D4", CultureInfo.InvariantCulture)
        : $"{From.ToString("D4", CultureInfo.InvariantCulture)}-{To.ToString("D4", CultureInfo.InvariantCulture)}";

    private static bool TryDigits(string text, out int value)
    {
        value = 0;
        return text.Length == 4 && text.All(char.IsAsciiDigit)
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
