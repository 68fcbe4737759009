using System.Collections.Frozen;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Bouwmarkt.Bot.Knowledge.Recognition.Local;

/// <summary>Snowball Dutch stems, cached for the label vocabulary so known words cost one dictionary look-up.</summary>
/// <remarks>The Snowball program keeps state, so each thread gets its own instance.</remarks>
public sealed class DutchStems : IDisposable
{
    private readonly ThreadLocal<DutchStemmer> _stemmer = new(() => new DutchStemmer());
    private FrozenDictionary<string, string> _known = FrozenDictionary<string, string>.Empty;

    /// <summary>Precomputes the stems of <paramref name="words"/> (done once at start-up).</summary>
    public void Preload(IEnumerable<string> words) =>
        _known = words.Distinct(StringComparer.Ordinal).ToFrozenDictionary(w => w, Compute, StringComparer.Ordinal);

    public string Stem(string word) => _known.TryGetValue(word, out var stem) ? stem : Compute(word);

    public void Dispose() => _stemmer.Dispose();

    private string Compute(string word)
    {
        // 'meer' and 'maar' mark where a negation ends; the stemmer would turn 'meer' into 'mer' in labels only.
        if (word.Length <= 3 || StopWords.Negators.Contains(word) || word is "meer" or "maar")
        {
            return word;
        }

        // Snowball strips '-ing', which would make 'rekeningen' (bills) the same stem as 'rekenen' (arithmetic).
        if (word.StartsWith("rekening", StringComparison.Ordinal))
        {
            return "rekening";
        }

        var stemmer = _stemmer.Value!;
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }
}
