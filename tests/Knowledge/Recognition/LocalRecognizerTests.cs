using System.Diagnostics;
using Bouwmarkt.Bot.Knowledge.Recognition;
using Bouwmarkt.Bot.Knowledge.Recognition.Crisis;
using Bouwmarkt.Bot.Knowledge.Recognition.Local;
using Bouwmarkt.Bot.Knowledge.Taxonomy;

namespace Bouwmarkt.Bot.Tests.Knowledge.Recognition;

public sealed class LocalRecognizerTests : IDisposable
{
    private readonly LocalRecognizer _recognizer = new(TaxonomyLoader.LoadFile(TaxonomyLoader.DefaultPath), new CrisisDetector());

    public void Dispose() => _recognizer.Dispose();

    [Theory]
    [InlineData("hallo")]
    [InlineData("kunnen jullie me helpen?")]
    [InlineData("Goedemiddag, ik heb een vraagje")]
    [InlineData("can you help me please")]
    public void Recognize_VagueOpener_ReturnsNoNeeds(string text)
    {
        var result = _recognizer.Recognize(text);

        Assert.True(result.IsVague, string.Join(",", result.Needs.Select(n => n.Id)));
    }

    [Theory]
    [InlineData("Goedemiddag, mijn vader heeft brieven ontvangen")]
    [InlineData("wie kan ik bellen over dat formulier")]
    [InlineData("k heb weer n formulier gehad")]
    [InlineData("waar moet ik dit formulier heen sturen")]
    [InlineData("ik heb papieren gekregen, wat moet ik doen")]
    public void Recognize_ALetterOrFormAndNothingOfIt_ReturnsNoNeeds(string text)
    {
        var result = _recognizer.Recognize(text);

        Assert.True(result.IsVague, string.Join(",", result.Needs.Select(n => n.Id)));
    }

    [Theory]
    [InlineData("mijn vader snapt die brief van de belasting niet")]
    [InlineData("wie kan mij helpen met dat formulier")]
    [InlineData("heb een brief van de deurwaarder gehad")]
    [InlineData("ik snap de papieren van het cak niet")]
    public void Recognize_ALetterWithASenderOrADifficulty_NamesANeed(string text)
    {
        var result = _recognizer.Recognize(text);

        Assert.False(result.IsVague);
    }

    [Fact]
    public void Recognize_ChatSpelling_IsUnderstood()
    {
        var result = _recognizer.Recognize("kheb ff hulp nodig, mn schulden lopen op");

        Assert.Equal("geld", result.Needs[0].Id);
    }

    [Fact]
    public void Recognize_Typo_IsCorrectedAgainstTheVocabulary()
    {
        var result = _recognizer.Recognize("ik zoek vrijwiligerswerk");

        Assert.Contains(result.Needs, n => n.Id == "helpen");
    }

    [Fact]
    public void Recognize_UnknownCompound_IsSplitIntoKnownParts()
    {
        var result = _recognizer.Recognize("waar vind ik mantelzorgsteun");

        Assert.Contains(result.Needs, n => n.Id == "mantelzorg");
    }

    [Fact]
    public void Recognize_NoLongerNegation_DropsTheNeed()
    {
        var result = _recognizer.Recognize("ik heb geen schulden meer, maar ik voel me wel eenzaam");

        Assert.DoesNotContain(result.Needs, n => n.Id == "geld");
        Assert.Contains(result.Needs, n => n.Id == "eenzaamheid");
    }

    [Theory]
    [InlineData("ik woon alleen met mijn kinderen en heb schulden")]
    [InlineData("mijn ouders hebben schulden")] // 'ouder' is all that is left of the label 'Ouder worden'
    public void Recognize_WhoOrWhereWordsBesideAProblem_CountOnlyTheProblem(string text)
    {
        var result = _recognizer.Recognize(text);

        Assert.Equal(["geld"], result.Needs.Select(n => n.Id));
    }

    [Fact]
    public void Recognize_OneWhoOrWhereWordAlone_IsVague()
    {
        var result = _recognizer.Recognize("ik ben doorverwezen door de huisarts");

        Assert.True(result.IsVague, string.Join(",", result.Needs.Select(n => n.Id)));
    }

    [Fact]
    public void Recognize_TwoWhoOrWhereWordsOfOneNeed_NameIt()
    {
        var result = _recognizer.Recognize("ik woon alleen en zie niemand");

        Assert.Equal(["eenzaamheid"], result.Needs.Select(n => n.Id));
    }

    [Theory]
    [InlineData("ik ben niet eenzaam, maar ik zoek een sportclub", "eenzaamheid")]
    [InlineData("ik voel me niet ziek, ik zoek een sportclub", "gezondheid")]
    public void Recognize_DeniedState_DropsThatNeed(string text, string denied)
    {
        var result = _recognizer.Recognize(text);

        Assert.DoesNotContain(result.Needs, n => n.Id == denied);
        Assert.Contains(result.Needs, n => n.Id == "meedoen");
    }

    [Fact]
    public void Recognize_DeniedGoodState_IsTheNeed()
    {
        var result = _recognizer.Recognize("ik ben niet gezond");

        Assert.Equal(["gezondheid"], result.Needs.Select(n => n.Id));
    }

    [Theory]
    [InlineData("mijn vrouw heeft dementie en ik kan het niet meer aan", "gezondheid")]
    [InlineData("mijn zoon gaat niet meer naar school", "opvoeding")]
    [InlineData("ik red het financieel niet meer", "geld")]
    public void Recognize_WhatSomeoneCanNoLongerDo_IsTheProblemNotItsEnd(string text, string need)
    {
        var result = _recognizer.Recognize(text);

        Assert.Contains(result.Needs, n => n.Id == need);
    }

    [Fact]
    public void Recognize_NoLongerGetting_IsTheProblem()
    {
        var result = _recognizer.Recognize("ik krijg geen alimentatie meer");

        Assert.Equal(["geld"], result.Needs.Select(n => n.Id));
    }

    [Fact]
    public void Recognize_LabelWithMeerInIt_Matches()
    {
        var result = _recognizer.Recognize("ik trek het niet meer");

        Assert.Contains(result.Concepts, c => c.Id == "overbelasting");
    }

    [Fact]
    public void Recognize_CompoundTail_IsNotTheWordBetweenALabel()
    {
        var result = _recognizer.Recognize("ik vind de slaapkamer niet fijn");

        Assert.DoesNotContain(result.Needs, n => n.Id == "psyche");
    }

    [Theory]
    [InlineData("vroeger dronk ik veel, nu wil ik vrijwilliger worden", "helpen")]
    [InlineData("toen ik jong was had ik schulden, nu zoek ik werk", "werk")]
    public void Recognize_ClauseAboutThePast_OnlyGivesContext(string text, string need)
    {
        var result = _recognizer.Recognize(text);

        Assert.Equal([need], result.Needs.Select(n => n.Id));
    }

    [Fact]
    public void Recognize_OnlyThePast_StillNamesTheNeed()
    {
        var result = _recognizer.Recognize("vroeger dronk ik veel");

        Assert.Equal(["verslaving"], result.Needs.Select(n => n.Id));
    }

    [Fact]
    public void Recognize_HabitStoppedWithTheVerbAfter_IsNegated()
    {
        var result = _recognizer.Recognize("drinken doe ik niet meer, maar ik voel me zo eenzaam");

        Assert.Equal(["eenzaamheid"], result.Needs.Select(n => n.Id));
    }

    [Fact]
    public void Recognize_MissingThing_IsTheNeedNotANegation()
    {
        var result = _recognizer.Recognize("ik heb geen huisarts");

        Assert.Contains(result.Needs, n => n.Id == "gezondheid");
    }

    [Fact]
    public void Recognize_English_IsUnderstood()
    {
        var result = _recognizer.Recognize("I feel lonely and I have debts");

        Assert.Equal(["eenzaamheid", "geld"], result.Needs.Select(n => n.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Recognize_SeveralProblems_ReturnsEachBestFirstWithScoresBetweenZeroAndOne()
    {
        var result = _recognizer.Recognize("ik drink te veel en heb een huurachterstand, de deurwaarder komt morgen");

        Assert.Equal("geld", result.Needs[0].Id);
        Assert.Contains(result.Needs, n => n.Id == "verslaving");
        Assert.All(result.Needs, n => Assert.InRange(n.Score, 0.5, 1.0));
        Assert.Equal(result.Needs.OrderByDescending(n => n.Score).Select(n => n.Id), result.Needs.Select(n => n.Id));
        Assert.Contains(result.Concepts, c => c.Id == "huurachterstand");
    }

    [Fact]
    public void Recognize_CrisisMessage_IsUrgentAndNamesTheNeed()
    {
        var result = _recognizer.Recognize("mijn vriend wil niet meer leven");

        Assert.True(result.Urgency.Urgent);
        Assert.Contains(CrisisKind.Suicide, result.Urgency.Kinds);
        Assert.Contains(result.Needs, n => n.Id == "psyche");
    }

    [Fact]
    public void Evidence_DecisionSignAlone_IsUrgentButNoEvidenceForItsNeed()
    {
        // The learned model reads the evidence: a sign that moved it would change what the model learned from.
        var evidence = _recognizer.Evidence("ik ben 15 en mn vader komt zo thuis, dan krijg ik weer klappen");

        Assert.True(evidence.Urgency.Urgent);
        Assert.False(evidence.NeedScores.ContainsKey("veiligheid"));
    }

    [Fact]
    public void Constructor_ShippedTaxonomy_BuildsWellUnderOneSecond()
    {
        var watch = Stopwatch.StartNew();
        using var recognizer = new LocalRecognizer(TaxonomyLoader.LoadFile(TaxonomyLoader.DefaultPath), new CrisisDetector());
        recognizer.Recognize("warm-up");
        watch.Stop();

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"build took {watch.ElapsedMilliseconds} ms");
        Assert.True(recognizer.PhraseCount > 500);
    }
}
