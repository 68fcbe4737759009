using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Bouwmarkt.Bot.Channels.DirectLine;

/// <summary>How the web page presents the municipality: its name and colour.</summary>
public sealed class SiteOptions : IValidatableObject
{
    public const string Section = "Site";

    /// <summary>WCAG 2.1 AA: normal text needs a contrast of at least 4.5:1.</summary>
    public const double MinimumContrast = 4.5;

    [Required]
    [StringLength(80)]
    public string MunicipalityName { get; set; } = "Gemeente Voorbeeld";

    /// <summary>Header, buttons and the user's bubbles use this colour with white text, so it must be dark enough.</summary>
    [Required]
    [RegularExpression("^#[0-9A-Fa-f]{6}$")]
    public string PrimaryColor { get; set; } = "#00587A";

    /// <summary>The Web Chat locale; the page speaks Dutch.</summary>
    [Required]
    public string Locale { get; set; } = "nl-NL";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PrimaryColor is { Length: 7 } color && color[0] == '#'
            && int.TryParse(color.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var rgb)
            && ContrastWithWhite(rgb) < MinimumContrast)
        {
            yield return new ValidationResult(
                $"Site:PrimaryColor {color} has too little contrast with white text (at least {MinimumContrast}:1 for WCAG 2.1 AA).",
                [nameof(PrimaryColor)]);
        }
    }

    /// <summary>The WCAG contrast ratio of white against the colour <paramref name="rgb"/> (0xRRGGBB).</summary>
    public static double ContrastWithWhite(int rgb)
    {
        static double Channel(int value)
        {
            var c = value / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        var luminance = (0.2126 * Channel((rgb >> 16) & 0xFF)) + (0.7152 * Channel((rgb >> 8) & 0xFF)) + (0.0722 * Channel(rgb & 0xFF));
        return 1.05 / (luminance + 0.05);
    }
}
