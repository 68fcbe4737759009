using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Bouwmarkt.Bot.Dialogs.Prompts;

/// <summary>Normalizes what residents type and reads yes/no, numbers and ordinals in Dutch.</summary>
public static partial class DutchInput
{
    private static readonly FrozenSet<string> Yes = FrozenSet.Create(StringComparer.Ordinal,
        "ja", "jazeker", "ja zeker", "jawel", "ja hoor", "ja graag", "graag", "klopt", "dat klopt", "klopt helemaal", "zeker",
        "zeker weten", "prima", "goed", "is goed", "oke", "ok", "okay", "okee", "oké", "yes", "j", "jup", "jep", "yep", "ja klopt",
        "doe maar", "akkoord", "correct", "juist", "dat is goed");

    private static readonly FrozenSet<string> No = FrozenSet.Create(StringComparer.Ordinal,
        "nee", "nee hoor", "neen", "nee dank je", "nee dankje", "nee bedankt", "liever niet", "niet", "nope", "no", "n",
        "klopt niet", "dat klopt niet", "helemaal niet", "zeker niet", "nee liever niet", "nah", "nooit", "niet nodig",
        "hoeft niet", "nee hoeft niet", "nee klopt niet");

    private static readonly FrozenDictionary<string, int> Numbers = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["nul"] = 0, ["een"] = 1, ["één"] = 1, ["twee"] = 2, ["drie"] = 3, ["vier"] = 4, ["vijf"] = 5, ["zes"] = 6,
        ["zeven"] = 7, ["acht"] = 8, ["negen"] = 9, ["tien"] = 10, ["elf"] = 11, ["twaalf"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int> Ordinals = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["eerste"] = 1, ["de eerste"] = 1, ["tweede"] = 2, ["de tweede"] = 2, ["derde"] = 3, ["de derde"] = 3,
        ["vierde"] = 4, ["de vierde"] = 4, ["vijfde"] = 5, ["de vijfde"] = 5, ["zesde"] = 6, ["de zesde"] = 6,
        ["laatste"] = -1, ["de laatste"] = -1,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Lower case, no accents on plain letters, punctuation and extra spaces removed.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var lowered = text.Trim().ToLowerInvariant().Replace('’', '\'');
        var builder = new StringBuilder(lowered.Length);
        var space = false;
        foreach (var c in lowered.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(c);
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>True for yes, false for no, null when it is neither.</summary>
    public static bool? ReadYesNo(string? text)
    {
        var n = Normalize(text);
        if (Yes.Contains(n))
        {
            return true;
        }

        if (No.Contains(n))
        {
            return false;
        }

        // "ja, dat is zo" / "nee, dat wil ik niet": the first word decides when it is plain ja or nee.
        var first = n.Split(' ', 2)[0];
        return first switch
        {
            "ja" or "jazeker" or "jawel" or "klopt" => true,
            "nee" or "neen" => false,
            _ => null,
        };
    }

    /// <summary>A whole number written in digits or as a Dutch word (one to twelve).</summary>
    public static int? ReadNumber(string? text)
    {
        var n = Normalize(text);
        var match = NumberRegex().Match(n);
        if (match.Success && int.TryParse(match.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        foreach (var word in n.Split(' '))
        {
            if (Numbers.TryGetValue(word, out var w))
            {
                return w;
            }
        }

        return null;
    }

    /// <summary>An ordinal like 'de tweede' (1-based; -1 = the last), or null.</summary>
    public static int? ReadOrdinal(string? text) => Ordinals.TryGetValue(Normalize(text), out var o) ? o : null;

    /// <summary>Edit distance, for close spellings.</summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (b.Length > 128 || Math.Abs(a.Length - b.Length) > 8)
        {
            // Far apart anyway; keeps the stack buffers small.
            return Math.Max(a.Length, b.Length);
        }

        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            current.CopyTo(previous);
        }

        return previous[b.Length];
    }

    [GeneratedRegex(@"^\d{1,6}$|(?<=^|\s)\d{1,6}(?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex NumberRegex();
}
