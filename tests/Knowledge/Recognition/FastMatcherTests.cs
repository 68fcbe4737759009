using System.Text.RegularExpressions;
using Bouwmarkt.Bot.Knowledge.Recognition.Crisis;

namespace Bouwmarkt.Bot.Tests.Knowledge.Recognition;

public sealed class FastMatcherTests
{
    private const string Sample = " ik weet het niet ";

    [Fact]
    public void TopLevelAlternatives_SplitsOnlyOutsideGroupsClassesAndEscapes()
    {
        var alternatives = FastMatcher.TopLevelAlternatives(@" (a|b) c| [|x] d|e\|f");

        Assert.Equal([" (a|b) c", " [|x] d", @"e\|f"], alternatives);
    }

    [Fact]
    public void Build_PatternWithOneLookaround_PutsTheOtherAlternativesOnTheAutomaton()
    {
        var matcher = FastMatcher.Build(new Regex(" slaat(?! op ) | schopt | dreigt "), Sample);

        Assert.Single(matcher.Automata);
        Assert.True(matcher.Automata[0].Options.HasFlag(RegexOptions.NonBacktracking));
        Assert.Equal([" slaat(?! op ) "], matcher.Backtracking.Select(r => r.ToString()));
    }

    [Theory]
    [InlineData(" hij slaat me ", true)]
    [InlineData(" dat slaat op niets ", false)]
    [InlineData(" hij dreigt weer ", true)]
    [InlineData(" alles rustig ", false)]
    public void IsMatch_SplitPattern_AnswersAsTheWholePattern(string text, bool expected)
    {
        var whole = new Regex(" slaat(?! op ) | schopt | dreigt ");
        var matcher = FastMatcher.Build(whole, Sample);

        Assert.Equal(expected, matcher.IsMatch(text));
        Assert.Equal(whole.IsMatch(text), matcher.IsMatch(text));
    }

    [Fact]
    public void Build_OnlyLookarounds_KeepsTheGeneratedRegex()
    {
        var generated = new Regex("(?<!niet )slaat");

        var matcher = FastMatcher.Build(generated, Sample);

        Assert.Empty(matcher.Automata);
        Assert.Same(generated, Assert.Single(matcher.Backtracking));
    }

    [Fact]
    public void Build_AlternativesTooManyForOneAutomaton_SpreadsThemOverSeveral()
    {
        // Each alternative with a long gap costs the automaton many nodes; together they pass the engine's limit.
        var alternatives = Enumerable.Range(0, 80).Select(i => $" woord{i} .{{0,100}}(dood|weg|klaar) .{{0,100}}einde{i} ");
        var pattern = string.Join('|', alternatives) + "|(?<!niet )slaat";

        var matcher = FastMatcher.Build(new Regex(pattern), Sample);

        Assert.True(matcher.Automata.Count > 1, $"{matcher.Automata.Count} automata");
        Assert.True(matcher.IsMatch(" woord39 en toen was het klaar en dat was het einde39 "));
    }
}
