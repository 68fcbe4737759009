using System.Text.RegularExpressions;

namespace Bouwmarkt.Bot.Knowledge.Recognition.Crisis;

/// <summary>The fast form of a crisis pattern: its alternatives without lookarounds on the non-backtracking engine, and
/// only the alternatives that need a lookaround on a backtracking one.</summary>
/// <remarks>
/// A message matches a pattern when it matches any of its top-level alternatives, so the pattern may be answered in two
/// parts. A single lookaround anywhere keeps a whole pattern off the non-backtracking engine, and the backtracking engines
/// try every alternative at every space of the message: on the longest patterns, one lookaround made them 30 to 170 µs a
/// message, where the same alternatives on the automaton take a few. Alternatives too many for one automaton (the
/// engine refuses more than 10,000 nodes) are answered by several. Each alternative with a lookaround is a regex of its
/// own: alone, its leading words let the engine jump from one place where they occur to the next, where in one
/// alternation with a leading lookbehind it tries every position (the suicide signs: 14 µs a message apart, 140 together).
/// </remarks>
internal sealed class FastMatcher
{
    private static readonly string[] Lookarounds = ["(?=", "(?!", "(?<=", "(?<!"];

    // Every regex in the order they are asked: the automata first, the cheaper. An array, walked with an index, since this
    // runs for every pattern on every message (a foreach over the lists would allocate an enumerator each time).
    private readonly Regex[] _all;

    private FastMatcher(Regex[] automata, Regex[] backtracking)
    {
        Automata = automata;
        Backtracking = backtracking;
        _all = [.. automata, .. backtracking];
    }

    /// <summary>The alternatives without lookarounds, on the non-backtracking engine; empty when the engine refused them.</summary>
    public IReadOnlyList<Regex> Automata { get; }

    /// <summary>The alternatives the automata do not answer, one regex each; empty when they answer them all.</summary>
    public IReadOnlyList<Regex> Backtracking { get; }

    public bool IsMatch(string input)
    {
        for (var i = 0; i < _all.Length; i++)
        {
            if (_all[i].IsMatch(input))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Builds the fast form of <paramref name="generated"/>; the generated regex itself where the automata take
    /// no part of it.</summary>
    public static FastMatcher Build(Regex generated, string compileSample)
    {
        ArgumentNullException.ThrowIfNull(generated);
        var pattern = generated.ToString();
        var options = generated.Options;
        var alternatives = TopLevelAlternatives(pattern);
        var plain = alternatives.Where(a => !HasLookaround(a)).ToList();
        var rest = alternatives.Where(HasLookaround).ToList();
        var automata = new List<Regex>();
        if (plain.Count > 0 && TryAutomata(plain, options, automata))
        {
            return new FastMatcher([.. automata], [.. rest.Select(a => new Regex(a, options | RegexOptions.Compiled))]);
        }

        // Compiled here, on a sample, rather than on a resident's turn.
        generated.IsMatch(compileSample);
        return new FastMatcher([], [generated]);
    }

    /// <summary>The pattern's alternatives at the top level: split at every '|' outside groups and character classes.</summary>
    public static IReadOnlyList<string> TopLevelAlternatives(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var alternatives = new List<string>();
        var depth = 0;
        var inClass = false;
        var start = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++; // the escaped character is never syntax
                    break;
                case '[' when !inClass:
                    inClass = true;
                    break;
                case ']' when inClass:
                    inClass = false;
                    break;
                case '(' when !inClass:
                    depth++;
                    break;
                case ')' when !inClass:
                    depth--;
                    break;
                case '|' when !inClass && depth == 0:
                    alternatives.Add(pattern[start..i]);
                    start = i + 1;
                    break;
            }
        }

        alternatives.Add(pattern[start..]);
        return alternatives;
    }

    private static bool HasLookaround(string alternative) => Lookarounds.Any(l => alternative.Contains(l, StringComparison.Ordinal));

    // The alternatives on as few automata as the engine's size limit allows: halved until each half is taken.
    private static bool TryAutomata(List<string> alternatives, RegexOptions options, List<Regex> automata)
    {
        try
        {
            automata.Add(new Regex(string.Join('|', alternatives), options | RegexOptions.NonBacktracking));
            return true;
        }
        catch (NotSupportedException) when (alternatives.Count > 1)
        {
            var half = alternatives.Count / 2;
            return TryAutomata(alternatives[..half], options, automata) && TryAutomata(alternatives[half..], options, automata);
        }
        catch (NotSupportedException)
        {
            return false;
        }
    }
}
