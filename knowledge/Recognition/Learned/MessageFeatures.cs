using Bouwmarkt.Bot.Knowledge.Recognition.Local;

namespace Bouwmarkt.Bot.Knowledge.Recognition.Learned;

/// <summary>One message as the learned model reads it: named features with a value, built the same way in training and in use.</summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>lex:need</c> and <c>con:concept</c>: the labels' evidence, so the model starts from the curated taxonomy;</item>
/// <item><c>w:stem</c> and <c>b:stem_stem</c>: every word (stop words too: 'niet', 'meer', 'nu' carry meaning) and each pair;</item>
/// <item><c>c:gram</c>: four-letter pieces of longer words, weaker, so typos and new compounds still share most pieces.</item>
/// </list>
/// Whether a crisis pattern matched is deliberately not a feature: the patterns were tuned until they caught every urgent
/// message of these sets, so the model would learn to trust them alone and add nothing where they miss.
/// </remarks>
public sealed class MessageFeatures
{
    /// <summary>The prefix of a word's own feature (<c>w:stem</c>).</summary>
    public const string WordPrefix = "w:";

    private const string NeedPrefix = "lex:";
    private const string ConceptPrefix = "con:";
    private const float GramValue = 0.3f;
    private const int GramLength = 4;
    private const int GramMinWord = 5;

    private readonly Dictionary<string, float> _values;

    private MessageFeatures(Dictionary<string, float> values) => _values = values;

    public IReadOnlyDictionary<string, float> Values => _values;

    /// <summary>Whether <paramref name="name"/> is the labels' evidence (<c>lex:</c>, <c>con:</c>): curated, so kept
    /// however rarely the training messages show it.</summary>
    public static bool IsLabelEvidence(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.StartsWith(NeedPrefix, StringComparison.Ordinal) || name.StartsWith(ConceptPrefix, StringComparison.Ordinal);
    }

    /// <summary>The features of a message from its lexical evidence, its words and their stems (same order).</summary>
    public static MessageFeatures Of(LexicalEvidence evidence, IReadOnlyList<string> words, IReadOnlyList<string> stems)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(stems);
        var values = new Dictionary<string, float>(words.Count * 6, StringComparer.Ordinal);
        foreach (var (need, score) in evidence.NeedScores)
        {
            values[NeedPrefix + need] = (float)score;
        }

        foreach (var concept in evidence.ConceptScores.Keys)
        {
            values[ConceptPrefix + concept] = 1;
        }

        var previous = "^";
        for (var w = 0; w < words.Count; w++)
        {
            values[WordPrefix + stems[w]] = 1;
            values[string.Concat("b:", previous, "_", stems[w])] = 1;
            previous = stems[w];
            var word = words[w];
            if (word.Length >= GramMinWord)
            {
                var padded = "#" + word + "#";
                for (var g = 0; g + GramLength <= padded.Length; g++)
                {
                    values.TryAdd(string.Concat("c:", padded.AsSpan(g, GramLength)), GramValue);
                }
            }
        }

        return new MessageFeatures(values);
    }
}
