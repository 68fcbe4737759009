using System.Collections.Frozen;
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
        ["zo'n"] = ["zo", "een"], ["im"] = ["i", "am"], ["i'm"] = ["i", "am"], ["cant"] = ["can", "not"], ["can't"] = ["can", "not"], ["dont"] = ["do", "not"],
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

            // Mapped by hand: with invariant globalization string.Normalize does not decompose accents.
            var folded = FoldAccent(char.ToLowerInvariant(c));
            builder.Append(char.IsLetterOrDigit(folded) ? folded : ' ');
        }

        return builder.ToString();
    }

    private static char FoldAccent(char c) => c switch
    {
        'à' or 'á' or 'â' or 'ã' or 'ä' or 'å' => 'a',
        'è' or 'é' or 'ê' or 'ë' => 'e',
        'ì' or 'í' or 'î' or 'ï' => 'i',
        'ò' or 'ó' or 'ô' or 'õ' or 'ö' or 'ø' => 'o',
        'ù' or 'ú' or 'û' or 'ü' => 'u',
        'ý' or 'ÿ' => 'y',
        'ç' => 'c',
        'ñ' => 'n',
        '\u2019' or '\u2018' => '\'',
        _ => c,
    };

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

    /// <summary>The sentences of <paramref name="text"/>: split at '.', '!', '?', ';' and line ends (not in '1.500').</summary>
    public static IEnumerable<string> Sentences(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var ends = c is '!' or '?' or ';' or '\n'
                || (c == '.' && !(i > 0 && char.IsDigit(text[i - 1]) && i + 1 < text.Length && char.IsDigit(text[i + 1])));
            if (ends)
            {
                if (i > start)
                {
                    yield return text[start..i];
                }

                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return text[start..];
        }
    }

    /// <summary>The words of <paramref name="text"/> joined by single spaces, padded with a space on each side.</summary>
    /// <remarks>The crisis patterns match on this form, so they can rely on word boundaries as spaces.</remarks>
    public static string Plain(string text) => " " + string.Join(' ', Words(text)) + " ";
}
