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

    [Fact]
    public void Detect_SeveralSignals_ReturnsEveryKind()
    {
        var urgency = _detector.Detect("hij slaat me en ik wil niet meer leven");

        Assert.Equal([CrisisKind.Suicide, CrisisKind.Violence], urgency.Kinds);
    }
}
