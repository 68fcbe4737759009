using System.Text.RegularExpressions;

namespace Bouwmarkt.Bot.Knowledge.Recognition.Crisis;

/// <summary>The crisis signals in Papiamento and Sranan Tongo: residents from Curaçao, Aruba, Bonaire and Suriname write
/// in them to the bot, most of all when it is urgent and words come fastest in one's own language. The learned model has
/// seen too little of either to tell a crisis (at 24 % it asked rather than flagged blind122's "mi mama no ta lanta ... no
/// ta reakshoná"), so the plainest ways of saying a crisis are patterns, checked like the Dutch ones on every message of
/// every set. Written after reading the crises of the <c>caribbean</c> learning set.</summary>
/// <remarks>Written on <see cref="Local.DutchText.Plain"/> text: accents folded ('reakshoná' is 'reakshona', 'doló' is
/// 'dolo').</remarks>
public sealed partial class CrisisDetector
{
    private static readonly FastRegex SuicideInPapiamentoOrSranan = new(SuicideInPapiamentoOrSrananPattern());

    [GeneratedRegex(
        // Not wanting to live any more, taking one's own life, killing oneself, wanting to die.
        @" (no|n) (ke|kier|ker|kiero|wani|wan) (\w+ )?(biba|libi) (mas|moro)( |$)| (mata|kita) (mi|su|bo) (mes|bida)( |$)" +
        @"| kiri (misrefi|mi srefi|ensrefi|en srefi)( |$)| suisidio| mi (ke|wani) (muri|dede)( |$)",
        RegexOptions.CultureInvariant)]
    private static partial Regex SuicideInPapiamentoOrSrananPattern();

    private static readonly FastRegex ViolenceInPapiamentoOrSranan = new(ViolenceInPapiamentoOrSrananPattern());

    [GeneratedRegex(
        // A threat to kill, being beaten, a knife or gun taken up.
        @" (lo|ke|sa) (mata|kiri) (mi|nos|bo|unu|en)( |$)| (ta|e) (bati|fon) (mi|su|nos|en|den)( |$)| (hari|hala|tin) (\w+ )?(kuchu|nefi|revolver|gon)( |$)",
        RegexOptions.CultureInvariant)]
    private static partial Regex ViolenceInPapiamentoOrSrananPattern();

    private static readonly FastRegex ShelterInPapiamentoOrSranan = new(ShelterInPapiamentoOrSrananPattern());

    [GeneratedRegex(
        // No place to sleep (tonight).
        @" (no|n) (tin|abi) (unda|un luga|presi|kamra) (pa|fu) (drumi|sribi)( |$)| (awe|tide) (anochi|neti) (\w+ ){0,4}(na kaya|riba kaya|na strati)( |$)",
        RegexOptions.CultureInvariant)]
    private static partial Regex ShelterInPapiamentoOrSrananPattern();

    private static readonly FastRegex MedicalInPapiamentoOrSranan = new(MedicalInPapiamentoOrSrananPattern());

    [GeneratedRegex(
        // Not responding or getting up, not breathing or breathing strangely, chest pain, bleach or poison drunk.
        @" no ta (reakshona|kontesta|lanta)( |$)| (no|n) (por|man) (hala rosea|bro)( |$)| ta hala rosea (strano|malu|dificil|duru)( |$)" +
        @"| dolo (di|na) (pechu|pecho)( |$)| (bebe|dringi) (\w+ ){0,3}(blekmiddel|bleach|klorin|chloor|clorox|veneno)( |$)",
        RegexOptions.CultureInvariant)]
    private static partial Regex MedicalInPapiamentoOrSrananPattern();
}
