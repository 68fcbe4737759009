using System.Collections.Frozen;

namespace Bouwmarkt.Bot.Knowledge.Recognition.Local;

/// <summary>Finds the vocabulary word a mistyped word was meant to be (one edit; two for long words).</summary>
/// <remarks>
/// Symmetric-delete index: every word and its one-letter deletions point back to the word, built once at start-up.
/// A look-up generates the deletions of the typed word only, so it costs a few dozen dictionary probes.
/// </remarks>
public sealed class TypoIndex
{
    /// <summary>Words shorter than this are never corrected: too many short words are one edit apart.</summary>
    public const int MinLength = 6;

    private readonly FrozenDictionary<string, string[]> _deletes;

    public TypoIndex(IEnumerable<string> vocabulary)
    {
        var map = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var word in vocabulary.Where(w => w.Length >= MinLength - 1).Distinct(StringComparer.Ordinal))
        {
            Add(map, word, word);
            for (var i = 0; i < word.Length; i++)
            {
                Add(map, word.Remove(i, 1), word);
            }
        }

        _deletes = map.ToFrozenDictionary(p => p.Key, p => p.Value.Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The closest vocabulary word within the allowed distance, or null.</summary>
    public string? Correct(string word)
    {
        if (word.Length < MinLength)
        {
            return null;
        }

        var maxDistance = word.Length >= 10 ? 2 : 1;
        string? best = null;
        var bestDistance = int.MaxValue;
        Consider(word, word, maxDistance, ref best, ref bestDistance);
        for (var i = 0; i < word.Length && bestDistance > 1; i++)
        {
            Consider(word.Remove(i, 1), word, maxDistance, ref best, ref bestDistance);
        }

        return best;
    }

    /// <summary>Optimal string alignment distance (Levenshtein plus adjacent transpositions).</summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        Span<int> prev2 = stackalloc int[b.Length + 1];
        Span<int> prev = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(prev[j] + 1, current[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, prev2[j - 2] + 1);
                }

                current[j] = value;
            }

            var rotate = prev2;
            prev2 = prev;
            prev = current;
            current = rotate;
        }

        return prev[b.Length];
    }

    private static void Add(Dictionary<string, HashSet<string>> map, string key, string word)
    {
        if (!map.TryGetValue(key, out var set))
        {
            map[key] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        set.Add(word);
    }

    private void Consider(string key, string word, int maxDistance, ref string? best, ref int bestDistance)
    {
        if (!_deletes.TryGetValue(key, out var candidates))
        {
            return;
        }

        foreach (var candidate in candidates)
        {
            // The first letter is rarely mistyped; requiring it keeps 'wonen' from becoming 'zonen'.
            if (candidate[0] != word[0] && candidate.Length > 0)
            {
                continue;
            }

            var distance = Distance(word, candidate);
            if (distance <= maxDistance && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
    }
}
