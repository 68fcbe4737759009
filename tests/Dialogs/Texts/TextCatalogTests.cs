using Bouwmarkt.Bot.Dialogs.Texts;
using Bouwmarkt.Bot.Tests.Support;

namespace Bouwmarkt.Bot.Tests.Dialogs.Texts;

public sealed class TextCatalogTests
{
    public static TheoryData<string> Keys()
    {
        var data = new TheoryData<string>();
        foreach (var key in DialogIntakeHarness.Texts.All.Keys.Order(StringComparer.Ordinal))
        {
            data.Add(key);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void EveryText_ScoresAtLeast60OnFleschDouma(string key)
    {
        // Placeholders are filled with data (names of offers, numbers), not with our words.
        var text = FleschDouma.WithoutPlaceholders(DialogIntakeHarness.Texts[key]);

        var score = FleschDouma.Score(text);

        Assert.True(score >= 60, $"{key}: Flesch-Douma {score:F1} < 60: {text}");
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void EveryText_HasNoSentenceOver20Words(string key)
    {
        var text = DialogIntakeHarness.Texts[key];

        var longest = FleschDouma.Sentences(text).Max(s => s.Count);

        Assert.True(longest <= 20, $"{key}: a sentence of {longest} words: {text}");
    }

    [Fact]
    public void FleschDouma_ShortPlainSentences_ScoreHigh()
    {
        Assert.True(FleschDouma.Score("Ik heb een vraag. Kun je me helpen?") > 80);
    }

    [Fact]
    public void FleschDouma_LongWordsInALongSentence_ScoreLow()
    {
        var text = "De gemeentelijke schuldhulpverleningsorganisatie onderzoekt uitvoerig alle administratieve verplichtingen " +
            "voortvloeiend uit de toepasselijke participatiewetgeving alsmede aanverwante beleidsregels en verordeningen betreffende inkomensondersteuning.";

        Assert.True(FleschDouma.Score(text) < 60);
    }

    [Theory]
    [InlineData("huis", 1)]
    [InlineData("schulden", 2)]
    [InlineData("mijn", 1)]
    [InlineData("zelfmoordpreventie", 5)]
    [InlineData("vrijwilliger", 4)]
    public void Syllables_CountVowelGroups(string word, int expected)
    {
        Assert.Equal(expected, FleschDouma.Syllables(word));
    }

    [Fact]
    public void Format_FillsPlaceholders()
    {
        var catalog = TextCatalog.Parse("a:\n  b: \"Hoi {name}, je bent {age}.\"");

        Assert.Equal("Hoi Sam, je bent 30.", catalog.Format("a.b", ("name", "Sam"), ("age", "30")));
    }

    [Fact]
    public void Indexer_MissingKey_Throws()
    {
        var catalog = TextCatalog.Parse("a: \"x\"");

        Assert.Throws<KeyNotFoundException>(() => catalog["b"]);
    }
}
