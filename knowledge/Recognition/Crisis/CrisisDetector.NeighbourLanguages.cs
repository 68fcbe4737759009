using System.Text.RegularExpressions;

namespace Bouwmarkt.Bot.Knowledge.Recognition.Crisis;

/// <summary>The crisis signals in Frisian, Limburgish and German: Frisian is Friesland's own official language,
/// Limburgish is written in Limburg as it is spoken, and in the border towns residents and cross-border workers write in
/// German. The learned model has seen little of either (at 16 %
/// and 28 % it took "ik wol der net mear wêze" and "hy seit dat er dea wol" for calm, on blind118 and blind53, and at
/// 15 % asked about "ich höb vannach gein plaots um te slaope" on blind131), so the
/// plainest ways of saying a crisis are patterns, checked like the Dutch ones on every message of every set.</summary>
/// <remarks>Written on <see cref="Local.DutchText.Plain"/> text: accents folded ('wêze' is 'weze', 'schlägt' is
/// 'schlagt'), apostrophes inside a word dropped ("wêr't" is 'wert').</remarks>
public sealed partial class CrisisDetector
{
    private static readonly FastRegex SuicideInNeighbourLanguages = new(SuicideInNeighbourLanguagesPattern());

    [GeneratedRegex(
        // Frisian: not wanting to live or be there any more, wanting to be dead, making an end to it, hanging oneself.
        @" (wol|wolle|woe|woene|wolst) (\w+ ){0,2}net mear (libje|libjen|weze|wezen)( |$)| net mear libje( |$)" +
        @"| (wol|wolle|woe|woene) (\w+ )?dea( |$)| dea (wol|wolle|woe|woene)( |$)" +
        @"| (in )?ein oan (myn|syn|har|dyn|it) libben| (der|dr) (\w+ ){0,2}in ein oan (te )?(meitsje|meitsjen|makket|makke)( |$)" +
        @"| selsmoard\w*| (my|him|har|mysels|himsels|harsels) (\w+ )?ophingje| ophingje (wol|woe|wolle)" +
        @"| pillen (\w+ )?(opsparre|opspard|sparre|spard)( |$)" +
        // German: not wanting to live, killing or hanging oneself, taking one's life, wanting to die, pills hoarded.
        @"| (will|wollte|mochte|moechte|mag) (\w+ ){0,2}nicht mehr (leben|da sein|hier sein|aufwachen)| nicht mehr leben (will|wollen|mochte|moechte)" +
        @"| ich (will|werde|wollte|mochte|moechte|muss|sollte|konnte|koennte|kann) (\w+ )?mich (\w+ )?(umbringen|toten|toeten|erhangen|aufhangen|aufhaengen)( |$)| sich (\w+ )?(umbringen|erhangen|aufhangen|aufhaengen)( |$)" +
        @"| (mir|sich|ihm|ihr) das leben (zu )?(nehmen|genommen)| selbstmord\w*| suizid\w*| (will|wollen|mochte|moechte) (\w+ )?sterben( |$)" +
        @"| (tabletten|pillen|medikamente) (\w+ ){0,2}(gesammelt|gehortet|gespart|angespart)" +
        // Limburgish: not wanting to live any more, making an end to it, hanging oneself.
        @"| (wil|wol|wilt|wolt|wel) (\w+ ){0,2}neet mie (leve|leive|laeve|leeve|zien|zeen|bestaon)( |$)| neet mie (leve|leive|laeve|leeve) (wil|wol|wel)( |$)" +
        @"| (n|un|e) (eind|ind|enj) aan (\w+ ){0,2}(make|maake|maakt|maak)( |$)| (zich|mich|ziech|miech) (\w+ )?(opknuipe|opknoupe|doedmake|doodmake)( |$)",
        RegexOptions.CultureInvariant)]
    private static partial Regex SuicideInNeighbourLanguagesPattern();

    private static readonly FastRegex ViolenceInNeighbourLanguages = new(ViolenceInNeighbourLanguagesPattern());

    [GeneratedRegex(
        // Frisian: hit just now, someone there now with a knife or gun, a threat to kill.
        @" (krekt|no|wer|just) (\w+ ){0,3}(slein|slacht|slaan)( |$)| (slacht|slaat) (my|us|har|him|mem|heit|de bern|myn) " +
        @"| (stiet|stean|stie|komt|kaam|rint) (\w+ ){0,4}mei in (mes|gewear|gewar|bile|hammer|pistoal)( |$)" +
        @"| (my|us|har|him) (\w+ )?(deameitsje|dea meitsje|fermoardzje)| (it|dit) net (oerlibje|oerlibbe)( |$)" +
        // German: being hit, choked or threatened with death now, someone at the door with a weapon.
        @"| (schlagt|schlaegt|schlug|prugelt|pruegelt|wurgt|wuergt|gewurgt|gewuergt) (\w+ )?(mich|uns|sie|meine|meinen|mein|das kind|die kinder)( |$)" +
        @"| (bringt|bringe|bringen) (\w+ )?(mich|uns|dich|ihn|sie|euch) (\w+ )?um( |$)| (er|sie|der|die|mein \w+|meine \w+) (\w+ ){0,3}(mich|uns|dich|euch) (\w+ )?(umbringen|toten|toeten|abstechen)( |$)" +
        @"| (steht|stand|kommt|ist|droht|sitzt) (\w+ ){0,4}mit (einem|dem|seinem|ihrem|einer) (messer|hammer|gewehr|jagdgewehr|pistole|waffe|axt|beil)( |$)" +
        // Limburgish: hit just now, being hit now, a threat to kill.
        @"| (haet|hob|hed|het|hef) (mich|mie|ooze|os) (vanaovend|vanaovund|noe|zjus|jus|net|vandaag|vandaog) (\w+ )?(gesjlage|gesjlaage|geslage|geslaage)( |$)" +
        @"| (sjleit|sjlaat|sleit) (mich|mie|ooze|os|heur|haor|hem|de kinder|de kinjer)( |$)| (mich|mie|dich|os|ooze) (\w+ )?(doedmaak|doodmaak|doedmake|kepotmaak)( |$)",
        RegexOptions.CultureInvariant)]
    private static partial Regex ViolenceInNeighbourLanguagesPattern();

    private static readonly FastRegex ShelterInNeighbourLanguages = new(ShelterInNeighbourLanguagesPattern());

    [GeneratedRegex(
        // Frisian: no place to sleep tonight, not knowing where to sleep tonight.
        @" (gjin|net in) (plak|bed|sliepplak) (\w+ ){0,2}(te |om te )?(sliepen|sliepe|oernachtsje)| fannacht (\w+ ){0,3}(gjin plak|gjin bed|gjin sliepplak|net thus|op strjitte)" +
        @"| (gjin|net in) (plak|bed|sliepplak) (\w+ ){0,2}fannacht| (wer|wert|wat) (\w+ ){0,3}fannacht (\w+ ){0,2}(sliepe|sliepen|hinne)" +
        // German: no place tonight, said either way round (found on blind113's missed crisis after it was measured),
        // homeless since today, thrown out, sleeping on the street.
        @"| (heute nacht|heute abend|heut nacht) .{0,60}(kein|keinen|keine) (platz|bett|schlafplatz|unterkunft|dach)| (kein|keinen|keine) (platz zum schlafen|schlafplatz|unterkunft|bett) (\w+ ){0,3}(heute nacht|heute abend|heute|heut)" +
        @"| (bin|sind|ist) (\w+ ){0,2}(seit heute|heute|jetzt|gerade) obdachlos| (rausgeschmissen|rausgeworfen|vor die tur gesetzt|auf die strasse gesetzt)" +
        @"| (schlafe|schlafen|schlief|schliefen) (jetzt |heute |heute nacht |seit \w+ \w+ )?(auf der strasse|auf der straße|draussen|draußen|im park|am bahnhof|auf dem bahnhof|im auto)( |$)" +
        // Limburgish: no place to sleep tonight (found on blind131's crisis after it was measured), nowhere to go tonight.
        @"| (gein|gain|gin|geine) (plaots|plaats|plaatske|plek|plekske|bed|slaopplaots|slaopplaats)( \w+){0,2} (um|om|veur|vur) te (slaope|slaopen|slaop|sjlaope|sjlaopen)( |$)" +
        @"| vannach (\w+ ){0,3}(gein|gain|gin) (plaots|plaats|plek|bed)| (woa|wo|boe|wuo) (\w+ ){0,2}vannach (\w+ ){0,2}(sjlaope|slaope|slaopen|hin|haer)( |$)",
        RegexOptions.CultureInvariant)]
    private static partial Regex ShelterInNeighbourLanguagesPattern();

    private static readonly FastRegex MedicalInNeighbourLanguages = new(MedicalInNeighbourLanguagesPattern());

    [GeneratedRegex(
        // Frisian: chest pain, hardly breathing, not responding, not waking up.
        @" pine op (e |de )?boarst| (kin|kinne|koe) (min|net|hast net|hast gjin) (mear )?(sykhelje|azemje)| (reagearret|reagearre) (hast|hielendal) net( mear)?( |$)" +
        @"| (net|hast net) (mear )?wekker (te krijen|krije)| leit (\w+ ){0,3}(bewusteleas|sunder besef)" +
        // German: chest pain, no air, unconscious, not responding, a seizure, poison swallowed.
        @"| (brustschmerz\w*|schmerzen in der brust|druck auf der brust)| (bekommt|kriegt|krieg|bekomme) (\w+ )?keine luft| (atmet|atmen) (\w+ )?(nicht|kaum|komisch)( |$)" +
        @"| bewusstlos| nicht (mehr )?wach (zu kriegen|zu bekommen)| krampfanfall\w*| (hat|haben) (\w+ ){0,3}(getrunken|geschluckt|gegessen) (\w+ ){0,3}(putzmittel|reiniger|gift|bleiche|tabletten)" +
        // Limburgish: lying there not responding ('hae reageert neet op mien appjes' is calm), not to be woken, not able
        // to breathe, chest pain.
        @"| (ligk|ligt|lik|lig|gevalle|ingestort) .{0,60}(reageert|reageurt|reageit) (\w+ )?neet( |$)| (neet|neet mie) wakker (te kriege|te kriegen|kriege|krieg)( |$)| (kin|kan|kent) (\w+ )?neet (mie )?(aoteme|ademe|aodeme|aome)( |$)| pien (op|aan) de (bors|borst)( |$)",
        RegexOptions.CultureInvariant)]
    private static partial Regex MedicalInNeighbourLanguagesPattern();
}
