using System.Text;
using System.Text.RegularExpressions;
using Bouwmarkt.Bot.Knowledge.Recognition.Local;

namespace Bouwmarkt.Bot.Knowledge.Recognition.Crisis;

/// <summary>Spots crisis signals in a message: always local, on every message, also when a language model is used.</summary>
/// <remarks>
/// Deliberately conservative: a missed crisis costs far more than a help line shown once too often, so the patterns
/// ignore negation and match loose phrasings (also about someone else). They run on <see cref="DutchText.Plain"/> text,
/// so chat spellings and accents are already folded. Ordinary stress ('ik ga dood van de stress') has no pattern.
/// </remarks>
public sealed partial class CrisisDetector
{
    // The suicide pattern is a long alternation that the backtracking engine tries at every space: about 30 µs a
    // message, on every message of every conversation. The non-backtracking engine matches the same language (the
    // pattern has no lookarounds or backreferences) in about 1.5 µs, but takes some 150 ms to build. So it is built once
    // per process in the background after the first message, and the generated regex answers until it is ready: same
    // answers, only slower.
    private static readonly Lazy<Regex> FastSuicide = new(
        () => new Regex(Suicide().ToString(), RegexOptions.CultureInvariant | RegexOptions.NonBacktracking),
        LazyThreadSafetyMode.ExecutionAndPublication);

    // 1 once the background build is queued: the first message starts it, so start-up does not pay for it.
    private static int _fastSuicideQueued;

    /// <summary>Whether both suicide matchers give the same answer for <paramref name="text"/> (for tests; builds the fast one).</summary>
    public static bool SuicideMatchersAgree(string text)
    {
        var plain = DutchText.Plain(text);
        return FastSuicide.Value.IsMatch(plain) == Suicide().IsMatch(plain);
    }

    /// <summary>The crisis kinds in <paramref name="text"/>, in <see cref="CrisisKind"/> order.</summary>
    public Urgency Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var plain = DutchText.Plain(text);
        List<CrisisKind>? kinds = null;
        Check(SuicideMatcher().IsMatch(plain), CrisisKind.Suicide, ref kinds);
        Check(Violence().IsMatch(plain), CrisisKind.Violence, ref kinds);
        Check(ChildNear().IsMatch(plain) || ChildWords().IsMatch(plain), CrisisKind.ChildInDanger, ref kinds);
        Check(NoShelterTonight().IsMatch(plain) || NoShelterNow().IsMatch(plain), CrisisKind.NoShelterTonight, ref kinds);
        Check(Medical().IsMatch(plain), CrisisKind.MedicalEmergency, ref kinds);
        if (kinds is not null && Past().IsMatch(plain))
        {
            kinds.RemoveAll(kind => !StillAcute(text, kind));
        }

        return kinds is null || kinds.Count == 0 ? Urgency.None : new Urgency(true, kinds);
    }

    // A message that tells of the past ('vroeger sloeg hij me', 'jaren geleden deed ik een poging'): the signal still
    // counts if it shows once the clauses about the past are left out. A clause with a word of now ('nu', 'weer',
    // 'vannacht') is never left out: when in doubt, urgent.
    private static bool StillAcute(string text, CrisisKind kind)
    {
        var present = new StringBuilder();
        foreach (var clause in text.Split(ClauseEnds, StringSplitOptions.RemoveEmptyEntries))
        {
            var plain = DutchText.Plain(clause);
            if (!Past().IsMatch(plain) || Acute().IsMatch(plain))
            {
                present.Append(plain);
            }
        }

        return Matches(kind, present.ToString());
    }

    private static readonly char[] ClauseEnds = ['.', '!', '?', ';', ',', '\n'];

    private static bool Matches(CrisisKind kind, string plain) => kind switch
    {
        CrisisKind.Suicide => SuicideMatcher().IsMatch(plain),
        CrisisKind.Violence => Violence().IsMatch(plain),
        CrisisKind.ChildInDanger => ChildNear().IsMatch(plain) || ChildWords().IsMatch(plain),
        CrisisKind.NoShelterTonight => NoShelterTonight().IsMatch(plain) || NoShelterNow().IsMatch(plain),
        _ => Medical().IsMatch(plain),
    };

    private static Regex SuicideMatcher()
    {
        if (FastSuicide.IsValueCreated)
        {
            return FastSuicide.Value;
        }

        if (Interlocked.Exchange(ref _fastSuicideQueued, 1) == 0)
        {
            ThreadPool.QueueUserWorkItem(static _ => _ = FastSuicide.Value);
        }

        return Suicide();
    }

    private static void Check(bool hit, CrisisKind kind, ref List<CrisisKind>? kinds)
    {
        if (hit)
        {
            (kinds ??= []).Add(kind);
        }
    }

    [GeneratedRegex(
        @" (zelf ?moo?r[dt]\w*|zelf ?doding\w*|su[iy]?c[iy]?d\w*|suiside\w*|levensmoe\w*)" +
        @"| (wil|wilt|willen|wou|wilde|wilden)( echt| gewoon| liever| het liefst)? dood " +
        @"| dood (willen|wil|wilt|zijn wil)" +
        @"| niet meer (willen |wil )?(leven|verder leven|wakker worden|wakker word|bestaan)" +
        @"| (wil|wilt|willen|wou)( \w+){0,3} niet meer (zijn|leven|verder|bestaan)| er( \w+)? niet meer (willen |wil )?zijn" +
        @"| er niet meer (willen |wil )?zijn" +
        @"| (een )?eind(e)? (aan|maken)( aan)? (mijn|zijn|haar|het|m'n|z'n)? ?leven" +
        @"| (mijn|zijn|haar) leven (willen |wil )?(be)?eindigen" +
        @"| (mezelf|zichzelf|mijzelf|haarzelf|hemzelf) (iets |wat )?(aan ?(te )?doen|aandoet|van kant|ophangen|ophangt|pijn doen)" +
        @"| van kant( \w+)? (te )?maken| weg uit (dit|het|mijn) leven| (allemaal|alles|het leven|leven) (heeft )?geen zin meer| (me|mezelf|zichzelf)( \w+)? gesneden| ophangen| (voor|onder) de trein| van (de|een|het) (brug|flat|dak)( af)? (springen|te springen|springt)" +
        @"| (kill|killing|hurt|hurting|harm|harming) (my|him|her|them|your)sel(f|ves)| end (my|his|her|their) li(fe|ves)" +
        @"| (want|wants|wanted) to die| suicidal| geen zin meer (in|om)( het)? (te )?leven| leven (heeft )?geen zin( meer)?" +
        @"| geen uitweg meer| pillen (gespaard|sparen|verzameld)| afscheid (nemen )?van iedereen| (laatste keer|nooit meer) (dat )?(jullie|je|iemand) (van mij|van me|mij|me) (hoort|horen|ziet|zien)| (zie|ziet|zien) (het leven|het) niet meer zitten| (nooit|niet) meer wakker (worden|word)| afscheids\w*| (mezelf|zichzelf|mijzelf|zelf) (snijden|snij|beschadigen|pijn doen)| zelfbeschadiging| (ga|gaat|wil) (springen|me ophangen)| (end it all|no reason to live|do not want to live|dont want to live|don t want to live)| alles (willen )?(be)?eindigen" +
        @"| beter af (is |zijn |zou zijn |zijn zonder )?zonder (mij|hem|haar)| (een )?eind(e)? aan (te )?(maken|maak|maakt)| dood ?gaan willen| (wil|wilt|willen) dood ?gaan| (was ik maar|wou dat ik|wilde dat ik|wish i was|wish i were) dood| (mezelf|zichzelf|mijzelf|haarzelf|hemzelf) (te )?(doden|vermoorden|ombrengen)| zelfmoordpoging\w*| (kan|wil) (zo |echt |gewoon )?niet meer verder| klaar met (het leven|leven|alles)| leven .{0,20}niet (meer )?de moeite| (kill|killing|hurt|hurting) (herself|himself|themselves)| (stoppen|ophouden) met (alles|het leven|leven)| met alles (stoppen|ophouden)| op te hangen| touw .{0,30}(mezelf|zichzelf|hangen|ophangen)| (praat|praten|praatte|heeft het|begint|schrijft) .{0,20}over (doodgaan|dood gaan|dood willen|sterven|zelfmoord|er niet meer zijn|een einde)| (me|mezelf) gesneden| van het leven af| (not|do not|dont) want to be here| going to end it| (mezelf|zichzelf|mijzelf|haarzelf|hemzelf) (iets |wat )?aan (gaat |gaan |wil |ga |te )?doen| niet meer (hoeven )?leven" +
        // Said less directly: not waking up, not being there tomorrow, the means ready, standing at the edge.
        @"| (nooit|niet) meer (wakker (worden|word)|opstaan|op staan|opwaken)| (ik|ze|hij|zij|jij) er( \w+){0,2} niet meer (ben|is|bent|zal zijn|zou zijn)" +
        @"| (pillen|medicijnen|tabletten|touw|mes|scheermesjes) .{0,20}klaar ?(liggen|ligt|gelegd|staan|gezet|hangen)" +
        @"| (sta|staat|zit|ben|is) (nu |al )?(op|bij|aan) (het spoor|de rails|het dak|de rand|de reling|de brug)" +
        @"| (maak|maakt|maken|maakte) er (nu |vandaag |vannacht )?een eind(e)? aan| er een eind(e)? aan (willen |wil |te |gaan |ga )?(maken|maak)" +
        @"| (springen|springt|spring) (van|uit|voor) (de|het|een) (brug|flat|dak|balkon|raam|trein)| van (de|een|het) (balkon|raam|toren|parkeergarage)( af)? (te )?(springen|springt|spring)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Suicide();

    [GeneratedRegex(
        @" (vroeger|destijds|in het verleden|in mijn jeugd|als (kind|tiener|meisje|jongen|puber)|toen ik( \w+){0,3} (was|waren|woonde)" +
        @"|(\w+ )?(jaar|jaren|maanden) geleden|lang geleden|vorig jaar|vorige (winter|zomer)|ooit|gehad|years ago|when i was|in the past|used to) ",
        RegexOptions.CultureInvariant)]
    private static partial Regex Past();

    [GeneratedRegex(
        @" (nu|vannacht|vanavond|vandaag|vanochtend|vanmorgen|gisteren|zojuist|net|weer|opnieuw|nog steeds|nog altijd|sindsdien|steeds|elke dag|iedere dag" +
        @"|op dit moment|sinds kort|deze week|laatste tijd|tegenwoordig|tonight|today|now|again|still|right now|at the moment|lately|recently) ",
        RegexOptions.CultureInvariant)]
    private static partial Regex Acute();

    [GeneratedRegex(
        @" (slaat(?! nergens| op )|sloeg(?! op )|slaan(?! op )|(?<!eruit |de deur uit )(schopt|schopte|schoppen)|mishandelt|mishandeld|mishandeling|geslagen|geschopt|wurgt|wurgde|gewurgd|steekt|gestoken|aangerand|verkracht\w*|huiselijk geweld) " +
        @"| (bedreigt|bedreigd|dreigt|dreigde|bedreiging) .{0,40}(mes|pistool|wapen|vermoorden|dood|af ?maken|iets aan ?(te )?doen|slaan)" +
        @"| (mes|pistool|vuurwapen|wapen) .{0,30}(bedreig|dreig|zwaait|staat|gepakt)" +
        @"| (gaat|ga|wil|wilt|dreigt) (me|mij|ons|haar|hem|de kinderen|jou)( \w+)? (vermoorden|dood ?maken|af ?maken|wat aan ?doen|iets aan ?doen|slaan)" +
        @"| (breekt|trapt|bonkt) .{0,20}deur| probeert (binnen te komen|in te breken)| in gevaar " +
        @"| bang (dat|voor) (hij|ze|mijn man|mijn vriend|mijn ex|mijn partner|mijn vader).{0,30}(slaat|vermoord|iets aandoet|wat aandoet|doodmaakt|komt)" +
        @"| doodsbedreiging\w*| (vermoorden|vermoordt|doodmaken|doodschieten|neersteken|neerschieten)\b| met (een|zijn|haar) (mes|pistool|wapen|vuurwapen|knife|gun)| gewelddadig\w*| (zit|zat|zitten|zaten) aan (me|mij|haar|hem|mijn lichaam)\b| (me|mij|haar|hem|ons|jou) (kapot|af|dood) ?(maakt|maken|maak|slaat|slaan)| betast| (gooit|gooide|smijt|smeet) met| (zit|zitten|ben|zijn|sta) opgesloten| opgesloten in | (heeft|houdt|hield) (me|mij|ons|haar|hem) opgesloten| (beat|beats|beaten) (me|her|him|us)| aanranding\w*| misbruikt | vechtpartij| (doet|deed) (me|mij|haar|hem) pijn| (hurt|hurts|hurting) me| (wordt|word|werd|worden) (steeds |weer |vaak )?(geslagen|mishandeld|bedreigd|geschopt)| in elkaar (geslagen|slaan|slaat)| (duwt|duwde|trapt|trapte|gooit|gooide) .{0,25}(me|mij|naar mij|naar me) | (agressief|gewelddadig|agressie) .{0,40}(bang|nu|vannacht|binnen|deur)| (knife|gun) " +
        @"| (hits|hitting|beats|beating|hurts|hurting|attacking|attacks|chokes|choking) (me|her|him|us|my)|(threaten|threatens|threatening|threatened) (me|to)| (going|gonna) to kill| (rape|raped|abuse|abused|abusing) " +
        @"| (mes|pistool|wapen|schaar) (bij|op|tegen|aan) (mijn|haar|zijn|m'n|z'n|onze) (keel|hoofd|nek|buik|borst)" +
        @"| (me|mij|ons|haar|hem|jou|de kinderen) (gaat|gaan|wil|wilt|komt) (vermoorden|dood ?maken|af ?maken|dood ?slaan|wat aandoen|iets aandoen)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Violence();

    [GeneratedRegex(
        @" (kind|kinderen|kindje|kindjes|kinders|baby|babys|zoon|zoontje|dochter|dochtertje|kids|child|children|kid|meisje|jongetje|nichtje|neefje|kleinkind|zusje|broertje)\w* .{0,50}(klappen|klap krijgt|huilt al (uren|dagen|\w+ dagen|de hele (dag|nacht))|niemand doet open|alleen (op straat|buiten)|loopt alleen|zonder (jas|toezicht)|slaat|sloeg|slaan|geslagen|mishandel|misbruik|verwaarloos|alleen (thuis|gelaten)|vermist|weggelopen|verdwenen|blauwe plekken|schopt|geschopt|opgesloten|aan (haar|hem) zit|in gevaar|onveilig|niet veilig|beaten|abuse|abused|hit|hits|hurt|neglect|neglected|left alone|alone for days|schudt|geschud|buiten in de kou|niet naar binnen|buitengesloten)" +
        @"| (slaat|sloeg|slaan|mishandelt|misbruikt|verwaarloost|schopt|schudt|hits|beats|abuses)( \w+){0,3} (kind|kinderen|kindje|baby|zoon|zoontje|dochter|dochtertje|kids|child|children|kid|meisje|jongetje)" +
        @"| (kind|kinderen|kindje|kindjes|baby|kids|child|children)\w* .{0,40}(krijgt|krijgen) (geen|nauwelijks) (eten|te eten)" +
        @"| (komt|kwam|zit|zat) .{0,20}aan (mijn|haar|zijn|het|ons) (zusje|broertje|dochter|dochtertje|zoon|zoontje|kind|kindje|nichtje|neefje|kleinkind)",
        RegexOptions.CultureInvariant)]
    private static partial Regex ChildNear();

    [GeneratedRegex(@" (kindermishandeling|kindermisbruik|child abuse|kind in gevaar|kinderen in gevaar|kinderen niet veilig|kind niet veilig) ", RegexOptions.CultureInvariant)]
    private static partial Regex ChildWords();

    [GeneratedRegex(
        @" (vannacht|vanavond|tonight|deze nacht|straks|vandaag|nu|today|now) .{0,60}(slaapplek|slaapplaats|ergens (slapen|overnachten)|in (de|mijn|een|zijn|haar|onze) (auto|park|tent|portiek|bushokje)|onder (een|de) brug|op straat|buiten (slapen|staan|sta)|nergens|onderdak|dak boven|street|geen plek|opvang|dakloos|homeless|huis uit|eruit|geen bed|nowhere|no place)" +
        @"| (slaapplek|slaapplaats|op straat|buiten slapen|nergens|onderdak|dak boven|street|dakloos|homeless|eruit gezet|uit huis gezet|buiten gezet|gegooid|gezet|gevlucht|geen plek|geen bed|nowhere|no place) .{0,60}(vannacht|vanavond|tonight|deze nacht|vandaag|today)",
        RegexOptions.CultureInvariant)]
    private static partial Regex NoShelterTonight();

    [GeneratedRegex(
        @" (geen |nergens (een )?)(slaapplek|slaapplaats|plek om te slapen|plek om te overnachten)|(?<! mag| mocht| mogen| kan| kon) nergens (heen|naartoe|naar toe|te slapen|om te slapen|te gaan)(?! (voor|met|zonder) )" +
        @"| waar (kan|moet) (ik|we|hij|ze) (vannacht |vanavond |nu )?(slapen|overnachten|heen)| (kicked out|thrown out)| (sta|staan|staat|zit|zitten|slaap|slapen|slaapt|lig|liggen|ligt) (nu |al |sinds vandaag |vanaf vandaag )?(buiten|op straat|in (mijn|de|een|zijn|haar) auto|in het park)" +
        @"| (slaap|slapen|sta|staan|zit|zitten|lig|liggen) (nu |al |vanaf vandaag )?(buiten|op straat|in (mijn|de|een) auto|in het park)| nowhere to (sleep|go|stay)| zwerf\w*| over straat| (slaap|slapen|sliep) .{0,20}(portiek|station|tent|bushokje|fietsenstalling|trappenhuis)| sleeping (rough|outside|on the street|in my car)" +
        @"| (ben|zijn|is|werd|werden) (net |vandaag |zojuist |gisteren |vanochtend |zonet )?(op straat|uit huis|eruit|buiten|de deur uit) gezet| nergens (een )?(bed|slaapplek|dak boven)",
        RegexOptions.CultureInvariant)]
    private static partial Regex NoShelterNow();

    [GeneratedRegex(
        @" (overdosis|overdose|ingeslikt|batterij|knoopcel|aanval|(krijgt|krijg|kreeg|heeft|heb) geen (lucht|adem)|hartstilstand|reanim\w*|(ernstig|zwaar) gewond|allergische (reactie|shock)|anafylact\w*|gestikt|verstikking|vergif\w*|giftig\w*|gevallen en kan niet (meer )?opstaan|veel bloed|poison\w*|bewusteloos|buiten bewustzijn|unconscious|hartaanval|heart attack|beroerte|hersenbloeding|stroke|ademt niet|ademt nauwelijks|not breathing|stikt|choking|flauwgevallen|epileptische aanval|pijn op de borst|chest pain|niet (meer )?wakker te krijgen|bloedt (heel |erg |enorm )?(veel|erg|hard))" +
        @"| (ademt|ademhaling|breathing) .{0,15}(raar|vreemd|zwaar|moeilijk|heel snel|niet goed|slecht|weird|strange)| (krijg|krijgen|kreeg|krijgt) (hem|haar|hen|m|d r|mijn \w+) niet (meer )?wakker| te veel (pillen |medicijnen |tabletten )?(genomen|geslikt|ingenomen)" +
        @"| (ligt|lag|zit|is) .{0,30}(reageert|reageerde) (niet|nergens)| (kan|kon) (niet|nauwelijks) (meer )?ademen| (cant|can t|cannot) breathe| ambulance| stuiptrekking\w*| bloedt\b" +
        @"| (pillen|medicijnen|tabletten|slaappillen|pills) .{0,20}(ingenomen|in genomen|geslikt|opgegeten|genomen|slikken|taken|took)" +
        @"| (alle|al (mijn|zijn|haar)|een hele strip|hele doos|veel te veel|handvol) (pillen|medicijnen|tabletten|slaappillen)" +
        @"| (strip|fles|doos|potje|pot|pak) (\w+ )?(pillen|medicijnen|tabletten|paracetamol|oxazepam|ibuprofen|slaappillen|\w+pillen)( \w+)? (leeg|geslikt|ingenomen|genomen|opgegeten)" +
        @"| (\w*gif|bleek|bleekmiddel|schoonmaakmiddel|ontstopper|wasmiddel|lampolie|poison|bleach) .{0,20}(gedronken|ingeslikt|opgedronken|binnengekregen|drank|drunk|swallowed|gegeten)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Medical();
}
