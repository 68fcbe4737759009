using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Bouwmarkt.Bot.Knowledge.Recognition.Local;

/// <summary>Turns chat-style Dutch (and basic English) into plain lower-case words: no diacritics, chat abbreviations expanded.</summary>
/// <remarks>Labels and messages go through the very same steps, so both sides meet in the same form.</remarks>
public static class DutchText
{
    // Chat spellings residents use; expanded before stemming so 'k heb mn huur nie betaald' reads as full Dutch.
    private static readonly FrozenDictionary<string, string[]> Abbreviations = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["k"] = ["ik"], ["kheb"] = ["ik", "heb"], ["kben"] = ["ik", "ben"], ["kzit"] = ["ik", "zit"], ["kan't"] = ["kan", "niet"],
        ["mn"] = ["mijn"], ["m'n"] = ["mijn"], ["mijne"] = ["mijn"], ["zn"] = ["zijn"], ["z'n"] = ["zijn"], ["dr"] = ["haar"], ["d'r"] = ["haar"],
        ["nie"] = ["niet"], ["ni"] = ["niet"], ["nt"] = ["niet"], ["nx"] = ["niks"], ["nks"] = ["niks"], ["niets"] = ["niks"],
        ["ff"] = ["even"], ["effe"] = ["even"], ["gwn"] = ["gewoon"], ["wss"] = ["waarschijnlijk"], ["idd"] = ["inderdaad"],
        ["t"] = ["het"], ["'t"] = ["het"], ["n"] = ["een"], ["'n"] = ["een"], ["em"] = ["hem"], ["ns"] = ["eens"],
        ["hb"] = ["heb"], ["kn"] = ["kan"], ["w8"] = ["wacht"], ["vd"] = ["van", "de"], ["wrk"] = ["werk"],
        ["pls"] = ["alsjeblieft"], ["plz"] = ["alsjeblieft"], ["aub"] = ["alsjeblieft"], ["svp"] = ["alsjeblieft"],
        ["im"] = ["i", "am"], ["i'm"] = ["i", "am"], ["cant"] = ["can", "not"], ["can't"] = ["can", "not"], ["dont"] = ["do", "not"],
        ["don't"] = ["do", "not"], ["idk"] = ["i", "do", "not", "know"], ["u"] = ["you"], ["ur"] = ["your"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Lower-case, diacritics removed, everything but letters, digits and apostrophes turned into spaces.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c < 128)
            {
                builder.Append(char.IsAsciiLetterOrDigit(c) || c == '\'' ? char.ToLowerInvariant(c) : ' ');
                continue;
            }

            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            foreach (var d in decomposed)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
                {
                    builder.Append(char.IsLetterOrDigit(d) ? char.ToLowerInvariant(d) : ' ');
                }
            }
        }

        return builder.ToString();
    }

    /// <summary>The words of <paramref name="text"/> after folding and expanding chat abbreviations.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        foreach (var raw in Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Trim('\'');
            if (word.Length == 0)
            {
                continue;
            }

            if (Abbreviations.TryGetValue(raw, out var expanded) || Abbreviations.TryGetValue(word, out expanded))
            {
                words.AddRange(expanded);
            }
            else
            {
                words.Add(word.Replace("'", string.Empty, StringComparison.Ordinal));
            }
        }

        return words;
    }

    /// <summary>The words of <paramref name="text"/> joined by single spaces, padded with a space on each side.</summary>
    /// <remarks>The crisis patterns match on this form, so they can rely on word boundaries as spaces.</remarks>
    public static string Plain(string text) => " " + string.Join(' ', Words(text)) + " ";
}
