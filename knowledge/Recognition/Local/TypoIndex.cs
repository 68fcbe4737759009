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

    private readonly Dictionary<string, string[]> _deletes;

    public TypoIndex(IEnumerable<string> vocabulary)
    {
        // Pairs sorted once rather than a set per key and a frozen dictionary: built on every start, where the frozen
        // form's analysis of some 21,000 keys cost more than its faster look-ups save over a day of messages.
        var pairs = new List<(string Key, string Word)>();
        foreach (var word in vocabulary.Where(w => w.Length >= MinLength - 1).Distinct(StringComparer.Ordinal))
        {
            pairs.Add((word, word));
            for (var i = 0; i < word.Length; i++)
            {
                pairs.Add((word.Remove(i, 1), word));
            }
        }

        pairs.Sort(static (a, b) =>
        {
            var byKey = string.CompareOrdinal(a.Key, b.Key);
            return byKey != 0 ? byKey : string.CompareOrdinal(a.Word, b.Word);
        });
        _deletes = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var words = new List<string>();
        for (var start = 0; start < pairs.Count;)
        {
            var key = pairs[start].Key;
            words.Clear();
            var end = start;
            for (; end < pairs.Count && pairs[end].Key == key; end++)
            {
                if (words.Count == 0 || words[^1] != pairs[end].Word)
                {
                    words.Add(pairs[end].Word);
                }
            }

            _deletes[key] = [.. words];
            start = end;
        }
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
