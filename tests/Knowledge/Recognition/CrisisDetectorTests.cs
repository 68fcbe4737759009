using Bouwmarkt.Bot.Knowledge.Recognition;
using Bouwmarkt.Bot.Knowledge.Recognition.Crisis;

namespace Bouwmarkt.Bot.Tests.Knowledge.Recognition;

public sealed class CrisisDetectorTests
{
    private readonly CrisisDetector _detector = new();

    [Theory]
    [InlineData("ik denk erover om zelfmoord te plegen", CrisisKind.Suicide)]
    [InlineData("mn broer zegt dat hij niet meer wil leven", CrisisKind.Suicide)]
    [InlineData("ik wil dood", CrisisKind.Suicide)]
    [InlineData("soms wil ik er gewoon niet meer zijn", CrisisKind.Suicide)]
    [InlineData("she talks about ending her life, says she wants to die", CrisisKind.Suicide)]
    [InlineData("mijn vriend slaat me als hij gedronken heeft", CrisisKind.Violence)]
    [InlineData("hij staat met een mes in de keuken en bedreigt ons", CrisisKind.Violence)]
    [InlineData("my boyfriend is hitting me", CrisisKind.Violence)]
    [InlineData("de buurman slaat zijn kinderen, ik hoor het door de muur", CrisisKind.ChildInDanger)]
    [InlineData("het kindje van de overburen zit steeds alleen thuis", CrisisKind.ChildInDanger)]
    [InlineData("ik heb vannacht geen plek om te slapen", CrisisKind.NoShelterTonight)]
    [InlineData("we zitten nu op straat met twee tassen", CrisisKind.NoShelterTonight)]
    [InlineData("i have nowhere to sleep tonight", CrisisKind.NoShelterTonight)]
    [InlineData("mijn zoon heeft een hele strip pillen geslikt", CrisisKind.MedicalEmergency)]
    [InlineData("oma is bewusteloos gevallen", CrisisKind.MedicalEmergency)]
    [InlineData("mn dochter heeft bleekmiddel gedronken", CrisisKind.MedicalEmergency)]
    [InlineData("mijn collega is suïcidaal", CrisisKind.Suicide)]
    [InlineData("ik wil mijn leven beëindigen", CrisisKind.Suicide)]
    [InlineData("ik kan zo niet meer verder", CrisisKind.Suicide)]
    [InlineData("hij heeft rattengif gegeten", CrisisKind.MedicalEmergency)]
    [InlineData("ik slaap vannacht op het station", CrisisKind.NoShelterTonight)]
    public void Detect_CrisisPhrasing_IsUrgentWithItsKind(string text, CrisisKind kind)
    {
        var urgency = _detector.Detect(text);

        Assert.True(urgency.Urgent);
        Assert.Contains(kind, urgency.Kinds);
    }

    [Theory]
    [InlineData("ik ga dood van de stress met al die brieven")]
    [InlineData("ik ben doodmoe en de rekeningen stapelen zich op")]
    [InlineData("dat slaat nergens op, mijn toeslag is gestopt")]
    [InlineData("ik ben bang dat we over een paar maanden uit ons huis moeten")]
    [InlineData("ik heb schulden en slaap er slecht van")]
    [InlineData("mijn kind wordt gepest op school")]
    [InlineData("ik heb soms een paniekaanval als ik de post zie")]
    [InlineData("ik zoek een slaapplek voor mijn logé volgende maand")]
    public void Detect_OrdinaryWorry_IsNotUrgent(string text)
    {
        Assert.False(_detector.Detect(text).Urgent);
    }

    /// <summary>Indirect, bystander and everyday phrasings written for this test, none taken from the held-out set.</summary>
    [Theory]
    [InlineData("ik trek het niet meer, ik wil slapen en nooit meer opstaan", CrisisKind.Suicide)]
    [InlineData("mijn zus heeft een brief geschreven dat ze er morgen niet meer is", CrisisKind.Suicide)]
    [InlineData("ik heb de pillen al klaarliggen", CrisisKind.Suicide)]
    [InlineData("ik sta op het spoor", CrisisKind.Suicide)]
    [InlineData("ik sta op de brug en durf niet terug", CrisisKind.Suicide)]
    [InlineData("ik heb er een eind aan willen maken vorige week en de gedachten zijn er weer", CrisisKind.Suicide)]
    [InlineData("mn vriend zegt dat iedereen beter af is zonder hem", CrisisKind.Suicide)]
    [InlineData("ik wil niet meer, ik ben het zat, ik maak er een eind aan", CrisisKind.Suicide)]
    [InlineData("ik denk erover om van het balkon te springen", CrisisKind.Suicide)]
    [InlineData("heb overal pijn en wil gewoon dood", CrisisKind.Suicide)]
    [InlineData("mijn moeder heeft een hele fles pillen leeg", CrisisKind.MedicalEmergency)]
    [InlineData("mijn man houdt een mes bij mijn keel", CrisisKind.Violence)]
    [InlineData("hij staat met een mes in de keuken en schreeuwt", CrisisKind.Violence)]
    [InlineData("mijn ex staat voor de deur en zegt dat hij me gaat afmaken", CrisisKind.Violence)]
    [InlineData("mijn vader slaat mijn moeder nu op dit moment", CrisisKind.Violence)]
    [InlineData("help mijn buurman slaat zijn vrouw, ik hoor het door de muur", CrisisKind.Violence)]
    [InlineData("de buren schreeuwen en ik hoor een kind huilen en klappen", CrisisKind.ChildInDanger)]
    [InlineData("mijn stiefvader komt 's nachts aan mijn zusje", CrisisKind.ChildInDanger)]
    [InlineData("een kind van 4 loopt alleen op straat zonder jas", CrisisKind.ChildInDanger)]
    [InlineData("de baby van de buren huilt al twee dagen en niemand doet open", CrisisKind.ChildInDanger)]
    [InlineData("ik ben net op straat gezet en heb nergens een bed", CrisisKind.NoShelterTonight)]
    [InlineData("ik moet vanavond onder een brug slapen", CrisisKind.NoShelterTonight)]
    [InlineData("we slapen deze nacht in de auto met de kinderen", CrisisKind.NoShelterTonight)]
    [InlineData("mijn opa is van de trap gevallen en reageert niet", CrisisKind.MedicalEmergency)]
    [InlineData("mijn zoontje heeft bleekmiddel gedronken", CrisisKind.MedicalEmergency)]
    [InlineData("mijn vriendin heeft een hele strip paracetamol geslikt", CrisisKind.MedicalEmergency)]
    [InlineData("mijn moeder krijgt geen lucht meer", CrisisKind.MedicalEmergency)]
    [InlineData("mijn buurvrouw ligt op de grond en is niet wakker te krijgen", CrisisKind.MedicalEmergency)]
    [InlineData("i want to kill myself", CrisisKind.Suicide)]
    [InlineData("my husband is beating me right now", CrisisKind.Violence)]
    public void Detect_IndirectOrBystanderPhrasing_IsUrgentWithItsKind(string text, CrisisKind kind)
    {
        Assert.Contains(kind, _detector.Detect(text).Kinds);
    }

    [Theory]
    [InlineData("ik ben doodmoe van al dat werk")]
    [InlineData("ik heb me kapot gelachen om die film")]
    [InlineData("die rekeningen maken me gek")]
    [InlineData("ik sterf van de honger, wanneer gaat de voedselbank open")]
    [InlineData("mijn telefoon is dood")]
    [InlineData("ik schrok me dood toen de brief kwam")]
    [InlineData("mijn moeder is vorig jaar overleden en ik mis haar")]
    [InlineData("mijn kinderen slapen slecht")]
    [InlineData("we zoeken een nieuwe woning, ons contract loopt af in juni")]
    [InlineData("ik wil stoppen met roken")]
    [InlineData("ik heb ruzie met mijn zus over de erfenis")]
    [InlineData("ik moet vandaag nog de huur betalen")]
    [InlineData("de deurwaarder komt vandaag")]
    [InlineData("mijn vader is vergeetachtig en valt soms")]
    public void Detect_EverydayWordsAboutDeathOrDanger_AreNotUrgent(string text)
    {
        Assert.False(_detector.Detect(text).Urgent);
    }

    [Fact]
    public void SuicideMatchers_FastAndGenerated_AgreeOnEveryOwnMessage()
    {
        var texts = RecognitionMessage.Load(RecognitionMessage.TuningFile).Concat(RecognitionMessage.Load(RecognitionMessage.HeldOutFile)).Select(m => m.Text);

        var disagree = texts.Where(t => !CrisisDetector.SuicideMatchersAgree(t)).ToList();

        Assert.Empty(disagree);
    }

    [Fact]
    public void Detect_SeveralSignals_ReturnsEveryKind()
    {
        var urgency = _detector.Detect("hij slaat me en ik wil niet meer leven");

        Assert.Equal([CrisisKind.Suicide, CrisisKind.Violence], urgency.Kinds);
    }
}
