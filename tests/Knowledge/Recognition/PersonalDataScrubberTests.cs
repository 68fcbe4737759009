using Bouwmarkt.Bot.Knowledge.Recognition.SemanticKernel;

namespace Bouwmarkt.Bot.Tests.Knowledge.Recognition;

public sealed class PersonalDataScrubberTests
{
    private readonly PersonalDataScrubber _scrubber = new();

    [Theory]
    [InlineData("bel me op 06-12345678 aub", "06-12345678")]
    [InlineData("mijn nummer is +31 6 1234 5678", "1234 5678")]
    [InlineData("mail naar jan.jansen@example.nl", "jan.jansen@example.nl")]
    [InlineData("mijn bsn is 123456782", "123456782")]
    [InlineData("rekening NL91ABNA0417164300 staat rood", "NL91ABNA0417164300")]
    [InlineData("ik woon op 1234 AB 56", "1234 AB")]
    [InlineData("ik woon op de Kerkstraat 12a en heb schulden", "Kerkstraat 12")]
    [InlineData("Hallo, ik heet Fatima El Amrani en ik ben eenzaam", "Fatima")]
    [InlineData("my name is John Smith and I have debts", "John Smith")]
    public void Scrub_PersonalData_IsRemoved(string text, string personal)
    {
        var scrubbed = _scrubber.Scrub(text);

        Assert.DoesNotContain(personal, scrubbed, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Scrub_MessageWithoutPersonalData_KeepsEveryWord()
    {
        const string text = "ik heb een huurachterstand van 3 maanden en de deurwaarder komt";

        Assert.Equal(text, _scrubber.Scrub(text));
    }
}
