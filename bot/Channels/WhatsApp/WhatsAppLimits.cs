using System.Globalization;
using System.Text;

namespace Bouwmarkt.Bot.Channels.WhatsApp;

/// <summary>The Cloud API's size limits (bot-protocol.md 7.3), and the two ways the channel fits text into them.</summary>
/// <remarks>Limits count characters (UTF-16 here); a cut never splits a surrogate pair.</remarks>
internal static class WhatsAppLimits
{
    /// <summary>A text message body.</summary>
    public const int TextBody = 4096;

    /// <summary>The body of an interactive message (the newest list doc allows 4096; buttons and older mirrors say 1024).</summary>
    public const int InteractiveBody = 1024;

    /// <summary>Reply buttons per message.</summary>
    public const int MaxButtons = 3;

    /// <summary>A reply button's title.</summary>
    public const int ButtonTitle = 20;

    /// <summary>A reply button's id.</summary>
    public const int ButtonId = 256;

    /// <summary>Rows of a list message, across all sections.</summary>
    public const int MaxListRows = 10;

    /// <summary>A list row's title.</summary>
    public const int RowTitle = 24;

    /// <summary>A list row's description.</summary>
    public const int RowDescription = 72;

    /// <summary>A list row's id.</summary>
    public const int RowId = 200;

    /// <summary>The label of the button that opens a list.</summary>
    public const int ListButtonLabel = 20;

    private const string Ellipsis = "…";

    /// <summary><paramref name="text"/> itself when it fits, else cut at a word where possible and ended with "…".</summary>
    public static string Cut(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= max)
        {
            return text;
        }

        var room = max - Ellipsis.Length;
        var cut = SafeLength(text, room);
        var space = text.LastIndexOf(' ', cut - 1, cut);
        // Cut at a word only when that keeps most of the title; "Nee, ik vertel…" reads better than "Nee, ik vertel he…".
        if (space > room / 2)
        {
            cut = space;
        }

        return text[..cut].TrimEnd(' ', ',', ';', ':', '-') + Ellipsis;
    }

    /// <summary>Splits <paramref name="text"/> into parts of at most <paramref name="max"/> characters: at paragraphs, else lines, else words.</summary>
    public static IReadOnlyList<string> Split(string text, int max = TextBody)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = new List<string>();
        var rest = text.Trim();
        while (rest.Length > max)
        {
            var window = SafeLength(rest, max);
            var at = LastBreak(rest, window, "\n\n") ?? LastBreak(rest, window, "\n") ?? LastBreak(rest, window, " ") ?? window;
            parts.Add(rest[..at].TrimEnd());
            rest = rest[at..].TrimStart();
        }

        if (rest.Length > 0)
        {
            parts.Add(rest);
        }

        return parts;
    }

    /// <summary>"1. Ja" lines, for choices that do not fit in buttons or a list.</summary>
    public static string Numbered(IEnumerable<string> titles)
    {
        ArgumentNullException.ThrowIfNull(titles);
        var builder = new StringBuilder();
        var number = 0;
        foreach (var title in titles)
        {
            if (number > 0)
            {
                builder.Append('\n');
            }

            builder.Append((++number).ToString(CultureInfo.InvariantCulture)).Append(". ").Append(title);
        }

        return builder.ToString();
    }

    private static int? LastBreak(string text, int window, string separator)
    {
        // A break in the first quarter would leave a tiny part; rather cut lower down.
        var at = text.LastIndexOf(separator, window - 1, window, StringComparison.Ordinal);
        return at > window / 4 ? at : null;
    }

    private static int SafeLength(string text, int length) =>
        length > 0 && length < text.Length && char.IsLowSurrogate(text[length]) ? length - 1 : length;
}
