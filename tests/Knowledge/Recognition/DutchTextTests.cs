using Bouwmarkt.Bot.Knowledge.Recognition.Local;

namespace Bouwmarkt.Bot.Tests.Knowledge.Recognition;

public sealed class DutchTextTests
{
    [Fact]
    public void Sentences_SplitsAtSentenceMarksAndLineEnds()
    {
        var sentences = DutchText.Sentences("Ik kom de trap niet meer op. Kan er een traplift komen?Ja!\nDank je").ToList();

        Assert.Equal(["Ik kom de trap niet meer op", " Kan er een traplift komen", "Ja", "Dank je"], sentences);
    }

    [Fact]
    public void Sentences_KeepsANumberWithAPointWhole()
    {
        var sentences = DutchText.Sentences("ik heb 1.500 euro schuld").ToList();

        Assert.Equal(["ik heb 1.500 euro schuld"], sentences);
    }

    [Fact]
    public void Words_ZoN_IsNotReadAsZon()
    {
        var words = DutchText.Words("ik heb zo'n last");

        Assert.Equal(["ik", "heb", "zo", "een", "last"], words);
    }
}
