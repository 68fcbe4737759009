using System.Collections.Frozen;

namespace Bouwmarkt.Bot.Knowledge.Recognition.Local;

/// <summary>Words that place a clause in the past or in the present ('vroeger was ik verslaafd, nu ...').</summary>
public static class TimeWords
{
    private static readonly FrozenSet<string> Past = new[] { "vroeger", "destijds", "geleden", "verleden", "jeugd", "ago", "past" }
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Now = new[]
    {
        "nu", "weer", "opnieuw", "sinds", "sindsdien", "steeds", "nog", "vandaag", "vannacht", "momenteel", "tegenwoordig",
        "now", "still", "again", "currently",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether the clause tells of the past only: a word of the past ('vroeger', 'jaren geleden', 'toen ik
    /// klein was', 'als kind') and no word of now.</summary>
    public static bool IsPastOnly(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var past = false;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (Now.Contains(word))
            {
                return false;
            }

            past |= Past.Contains(word)
                || (i + 1 < words.Count && ((word == "toen" && words[i + 1] == "ik") || (word == "als" && words[i + 1] is "kind" or "tiener")
                    || (word == "used" && words[i + 1] == "to")));
        }

        return past;
    }
}
