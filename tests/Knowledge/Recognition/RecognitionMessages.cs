using Bouwmarkt.Bot.Knowledge.Recognition.Quality;

namespace Bouwmarkt.Bot.Tests.Knowledge.Recognition;

/// <summary>The labelled message sets: which were tuned on, which are held out.</summary>
public static class RecognitionMessage
{
    /// <summary>The tuning part: used while shaping labels and rules.</summary>
    public const string TuningFile = "messages.nl.jsonl";

    /// <summary>The first held-out part, written by us with the tuning part: not looked at while tuning.</summary>
    public const string HeldOutFile = "messages.heldout.nl.jsonl";

    /// <summary>Written blind by a second author who saw only the needs' definitions; measured once, then used for tuning.</summary>
    public const string BlindFile = "messages.blind.nl.jsonl";

    /// <summary>Written blind: everyday situations described in residents' own words, for vocabulary.</summary>
    public const string SituationsFile = "messages.situations.nl.jsonl";

    /// <summary>Written blind: acute crises beside the same words used figuratively or about the past, and vague messages.</summary>
    public const string CrisisFile = "messages.crisis.nl.jsonl";

    /// <summary>Written blind in many voices (formal, street talk, non-native, third parties); sealed until measured once.</summary>
    public const string Blind2File = "messages.blind2.nl.jsonl";

    /// <summary>Written blind: website chat, WhatsApp and Teams messages (professionals about clients); sealed until measured once.</summary>
    public const string Blind3File = "messages.blind3.nl.jsonl";

    /// <summary>Written blind by two authors (a mid-sized town; a big-city neighbourhood); sealed until measured once.</summary>
    public const string Blind4File = "messages.blind4.nl.jsonl";

    /// <summary>Written blind by two authors; measured once on 29 Nov 2026 with the labels alone, which were never tuned on it.</summary>
    public const string Blind6File = "messages.blind6.nl.jsonl";

    /// <summary>Written blind by two authors (the first days of a new bot; evenings and weekends); sealed until measured once.</summary>
    public const string Blind5File = "messages.blind5.nl.jsonl";

    /// <summary>Written blind by two authors; measured once on 29 Nov 2026 with the labels alone, then with the first learned model.</summary>
    public const string Blind7File = "messages.blind7.nl.jsonl";

    // blind8 to blind21 (4,200 messages) were each sealed until measured once with the model of that moment (their
    // figures are in the README), and held out from learning until 30 Nov 2026. Then, learning from them as well gave
    // more on blind22 to blind25 than keeping them as floors did, so they became learning sets. blind22 to blind25 (a
    // rural north, a big city's older residents, a commuter town, a Limburg mining town) followed on 30 Nov 2026: after
    // guiding six rounds of choices they were no longer a fair measure. blind26 onwards are the held-out measure.

    /// <summary>Written blind (a Bible-belt municipality on the edge of the Veluwe); sealed until measured once with the
    /// learned model of 30 Nov 2026 that also learned from blind8 to blind21 (one hidden layer), and never learned from or
    /// tuned on.</summary>
    public const string Blind26File = "messages.blind26.nl.jsonl";

    /// <summary>Written blind (a new town in a polder); sealed until measured once with the learned model of 30 Nov 2026
    /// that also learned from blind8 to blind21, and never learned from or tuned on.</summary>
    public const string Blind27File = "messages.blind27.nl.jsonl";

    /// <summary>Written blind (a northern university city and villages with earthquake damage); sealed until measured
    /// once with the learned model of 30 Nov 2026 that also learned from blind8 to blind21, and never learned from or
    /// tuned on.</summary>
    public const string Blind28File = "messages.blind28.nl.jsonl";

    /// <summary>Written blind (mostly professionals, volunteers and family writing on someone's behalf); sealed until
    /// measured once with the learned model of 30 Nov 2026 that also learned from blind8 to blind21, and never learned
    /// from or tuned on.</summary>
    public const string Blind29File = "messages.blind29.nl.jsonl";

    /// <summary>Written blind (a city on the big rivers in Gelderland); sealed until measured once with the same learned model of 30 Nov 2026 as
    /// blind26 to blind29, and never learned from or tuned on.</summary>
    public const string Blind30File = "messages.blind30.nl.jsonl";

    /// <summary>Written blind (a fast-grown suburb in the centre of the country); sealed until measured once with the same learned model of 30 Nov 2026 as
    /// blind26 to blind29, and never learned from or tuned on.</summary>
    public const string Blind31File = "messages.blind31.nl.jsonl";

    /// <summary>Written blind (harbour districts on the south bank of a port city); sealed until measured once with the same learned model of 30 Nov 2026 as
    /// blind26 to blind29, and never learned from or tuned on.</summary>
    public const string Blind32File = "messages.blind32.nl.jsonl";

    /// <summary>Written blind (industrial towns, greenhouses and dike villages in Noord-Holland); sealed until measured once with the same learned model of 30 Nov 2026 as
    /// blind26 to blind29, and never learned from or tuned on.</summary>
    public const string Blind33File = "messages.blind33.nl.jsonl";

    /// <summary>Written blind (a city in Overijssel with a textile past and a university of technology); sealed until measured once with the final learned model of 30 Nov
    /// 2026 (two hidden layers joined), and never learned from or tuned on.</summary>
    public const string Blind34File = "messages.blind34.nl.jsonl";

    /// <summary>Written blind (a municipality on the Wadden coast with a ferry and a psychiatric institution); sealed until measured once with the final learned model of 30 Nov
    /// 2026 (two hidden layers joined), and never learned from or tuned on.</summary>
    public const string Blind35File = "messages.blind35.nl.jsonl";

    /// <summary>Written blind (a big city by the sea with ministries, embassies and old working-class districts); sealed until measured once with the final learned model of 30 Nov
    /// 2026 (two hidden layers joined), and never learned from or tuned on.</summary>
    public const string Blind36File = "messages.blind36.nl.jsonl";

    /// <summary>Written blind (the bulb-flower region of Zuid-Holland); sealed until measured once with the final learned model of 30 Nov
    /// 2026 (two hidden layers joined), and never learned from or tuned on.</summary>
    public const string Blind37File = "messages.blind37.nl.jsonl";

    /// <summary>Written blind (a commuter town in Utrecht province); sealed until measured once with the learned model of
    /// 30 Nov 2026 that also learned from twelve new themed sets (ten of them crises told only by what happens) and from
    /// blind22 to blind25 (52,671 messages), and never learned from; the crisis patterns learned the railway from the
    /// crisis it missed, after it was measured.</summary>
    public const string Blind38File = "messages.blind38.nl.jsonl";

    /// <summary>Written blind (villages of the former peat colonies in south-east Drenthe); sealed until measured once with
    /// the same learned model as blind38, and never learned from or tuned on.</summary>
    public const string Blind39File = "messages.blind39.nl.jsonl";

    /// <summary>Written blind (a big-city district in the west of Amsterdam); sealed until measured once with the same
    /// learned model as blind38, and never learned from or tuned on.</summary>
    public const string Blind40File = "messages.blind40.nl.jsonl";

    /// <summary>Written blind (the former mining towns of Parkstad in South Limburg); sealed until measured once with the
    /// same learned model as blind38, and never learned from or tuned on.</summary>
    public const string Blind41File = "messages.blind41.nl.jsonl";

    /// <summary>Written blind (the Zaanstreek, north of Amsterdam); sealed until measured once with the learned model of
    /// 30 Nov 2026 of 52,671 messages after the railway pattern, and never learned from or tuned on.</summary>
    public const string Blind42File = "messages.blind42.nl.jsonl";

    /// <summary>Written blind (an old university city on a big river in the east); sealed until measured once with the
    /// same model as blind42, and never learned from or tuned on.</summary>
    public const string Blind43File = "messages.blind43.nl.jsonl";

    /// <summary>Written blind (Veluwe villages with holiday parks lived in all year); sealed until measured once with the
    /// same model as blind42, and never learned from or tuned on.</summary>
    public const string Blind44File = "messages.blind44.nl.jsonl";

    /// <summary>Written blind (a Brabant city with a textile past, students and logistics warehouses); sealed until
    /// measured once with the same model as blind42, and never learned from or tuned on.</summary>
    public const string Blind45File = "messages.blind45.nl.jsonl";

    /// <summary>Written blind (a growing town in Flevoland and its farmland); sealed until measured once with the learned
    /// model of 30 Nov 2026 of 53,721 messages, and never learned from or tuned on.</summary>
    public const string Blind46File = "messages.blind46.nl.jsonl";

    /// <summary>Written blind (an island and coastal municipality in Zeeland); sealed until measured once with the same
    /// model as blind46, and never learned from or tuned on.</summary>
    public const string Blind47File = "messages.blind47.nl.jsonl";

    /// <summary>Written blind (a post-war district with gallery flats in a big city in Utrecht); sealed until measured once
    /// with the same model as blind46, and never learned from or tuned on.</summary>
    public const string Blind48File = "messages.blind48.nl.jsonl";

    /// <summary>Written blind (small towns and villages in the Achterhoek and Liemers); sealed until measured once with the
    /// same model as blind46, and never learned from; the crisis patterns learned pregnancy with heavy bleeding from the
    /// crisis it missed, after it was measured.</summary>
    public const string Blind49File = "messages.blind49.nl.jsonl";

    /// <summary>Written blind (a town in the Kempen with villages around it); sealed until measured once with the shipped
    /// learned model of 30 Nov 2026 (53,721 messages, after the pregnancy pattern), and never learned from or tuned
    /// on.</summary>
    public const string Blind50File = "messages.blind50.nl.jsonl";

    /// <summary>Written blind (the Westland and the edge of a big city in Zuid-Holland); sealed until measured once with
    /// the same model as blind50, and never learned from or tuned on.</summary>
    public const string Blind51File = "messages.blind51.nl.jsonl";

    /// <summary>Written blind (a city on the Maas in the north of Limburg); sealed until measured once with the same model
    /// as blind50, and never learned from or tuned on.</summary>
    public const string Blind52File = "messages.blind52.nl.jsonl";

    /// <summary>Written blind (a Frisian city and the lakes and villages around it); sealed until measured once with the
    /// same model as blind50, and never learned from or tuned on.</summary>
    public const string Blind53File = "messages.blind53.nl.jsonl";

    /// <summary>Written blind (the islands of Zeeland and Zeeuws-Vlaanderen); sealed until measured once with the shipped learned model of 30 Nov 2026 (53,721
    /// messages, after the saved-pills pattern), and never learned from or tuned on.</summary>
    public const string Blind54File = "messages.blind54.nl.jsonl";

    /// <summary>Written blind (a district in Rotterdam-Zuid); sealed until measured once with the same model as blind54, and never
    /// learned from or tuned on.</summary>
    public const string Blind55File = "messages.blind55.nl.jsonl";

    /// <summary>Written blind (a city in Twente near the German border); sealed until measured once with the same model as blind54, and never
    /// learned from or tuned on.</summary>
    public const string Blind56File = "messages.blind56.nl.jsonl";

    /// <summary>Written blind (villages and a small town on the Veluwe); sealed until measured once with the same model as blind54, and never
    /// learned from or tuned on.</summary>
    public const string Blind57File = "messages.blind57.nl.jsonl";

    /// <summary>Written blind (a new town in Flevoland); sealed until measured once with the learned model of 30 Nov 2026 of 55,121
    /// messages (after the learning sets recentthoughts, threattiming, drechtsteden and gooivecht, before the
    /// learner-English and 'deze wereld' patterns), and never learned from or tuned on.</summary>
    public const string Blind58File = "messages.blind58.nl.jsonl";

    /// <summary>Written blind (villages in the Groningen earthquake area); sealed until measured once with the same model as blind58, and never
    /// learned from or tuned on.</summary>
    public const string Blind59File = "messages.blind59.nl.jsonl";

    /// <summary>Written blind (old city neighbourhoods of The Hague and a fishing harbour); sealed until measured once with the same model as blind58, and never
    /// learned from or tuned on.</summary>
    public const string Blind60File = "messages.blind60.nl.jsonl";

    /// <summary>Written blind (the Betuwe and a city on the Waal); sealed until measured once with the same model as blind58, and never
    /// learned from or tuned on.</summary>
    public const string Blind61File = "messages.blind61.nl.jsonl";

    /// <summary>Written blind (a city in Zuid-Limburg's Westelijke Mijnstreek); sealed until measured once with the learned model of 30 Nov 2026 of 55,121
    /// messages after the learner-English pattern ('I no want live anymore', found on blind57), and never learned from or
    /// tuned on; the crisis patterns learned 'weg van deze wereld' from blind65's missed crisis, after it was measured.</summary>
    public const string Blind62File = "messages.blind62.nl.jsonl";

    /// <summary>Written blind (the Wadden islands and the Noord-Holland coast); sealed until measured once with the same model as blind62, and never
    /// learned from or tuned on.</summary>
    public const string Blind63File = "messages.blind63.nl.jsonl";

    /// <summary>Written blind (a large city in Noord-Brabant); sealed until measured once with the same model as blind62, and never
    /// learned from or tuned on.</summary>
    public const string Blind64File = "messages.blind64.nl.jsonl";

    /// <summary>Written blind (the Zaan area and Waterland); sealed until measured once with the same model as blind62, and never
    /// learned from or tuned on.</summary>
    public const string Blind65File = "messages.blind65.nl.jsonl";

    /// <summary>Written blind (the north-east of Groningen province); sealed until measured once with the shipped learned model of 30 Nov 2026
    /// (55,121 messages, after the 'deze wereld' pattern), and never learned from or tuned on.</summary>
    public const string Blind66File = "messages.blind66.nl.jsonl";

    /// <summary>Written blind (the Alkmaar region in Noord-Holland's north); sealed until measured once with the same model as blind66, and never
    /// learned from or tuned on.</summary>
    public const string Blind67File = "messages.blind67.nl.jsonl";

    /// <summary>Written blind (a university town in Zuid-Holland); sealed until measured once with the same model as blind66, and never
    /// learned from or tuned on.</summary>
    public const string Blind68File = "messages.blind68.nl.jsonl";

    /// <summary>Written blind (a town in West-Brabant near the Belgian border); sealed until measured once with the same model as blind66, and never
    /// learned from or tuned on.</summary>
    public const string Blind69File = "messages.blind69.nl.jsonl";

    /// <summary>Written blind (a city in Overijssel on the IJssel); sealed until measured once with the shipped learned model of 30 Nov 2026
    /// (56,521 messages, after the learning sets heightsnow, homelosttoday, denhelder and foodvalley and the pattern for
    /// the top of a parking garage, before sure signs), and never learned from or tuned on.</summary>
    public const string Blind70File = "messages.blind70.nl.jsonl";

    /// <summary>Written blind (a post-war district in the west of Utrecht province); sealed until measured once with the same model as blind70, and never
    /// learned from or tuned on.</summary>
    public const string Blind71File = "messages.blind71.nl.jsonl";

    /// <summary>Written blind (a rural municipality in Drenthe); sealed until measured once with the same model as blind70, and never
    /// learned from or tuned on.</summary>
    public const string Blind72File = "messages.blind72.nl.jsonl";

    /// <summary>Written blind (a district in Amsterdam-Noord); sealed until measured once with the same model as blind70, and never
    /// learned from or tuned on.</summary>
    public const string Blind73File = "messages.blind73.nl.jsonl";

    /// <summary>Written blind (the Bollenstreek); sealed until measured once with the shipped recognizer of 30 Nov 2026 (the
    /// learned model of 56,521 messages with sure signs), and never learned from or tuned on.</summary>
    public const string Blind74File = "messages.blind74.nl.jsonl";

    /// <summary>Written blind (Midden-Limburg on the Maas); sealed until measured once with the same recognizer as blind74, and never
    /// learned from or tuned on.</summary>
    public const string Blind75File = "messages.blind75.nl.jsonl";

    /// <summary>Written blind (a fast-growing suburb of Utrecht); sealed until measured once with the same recognizer as blind74, and never
    /// learned from or tuned on.</summary>
    public const string Blind76File = "messages.blind76.nl.jsonl";

    /// <summary>Written blind (the Apeldoorn region on the Veluwe's edge); sealed until measured once with the same recognizer as blind74, and never
    /// learned from or tuned on.</summary>
    public const string Blind77File = "messages.blind77.nl.jsonl";

    /// <summary>Written blind (an island municipality in Zuid-Holland); sealed until measured once with the same recognizer as blind74, and never
    /// learned from or tuned on.</summary>
    public const string Blind78File = "messages.blind78.nl.jsonl";

    /// <summary>Written blind (an old industrial town in Twente's west); sealed until measured once with the same recognizer as blind74, and never
    /// learned from or tuned on.</summary>
    public const string Blind79File = "messages.blind79.nl.jsonl";

    /// <summary>Written blind (Zeeuws-Vlaanderen and the Kanaalzone); sealed until measured once with the same recognizer as blind74, and never
    /// learned from or tuned on.</summary>
    public const string Blind80File = "messages.blind80.nl.jsonl";

    /// <summary>Written blind (Rotterdam-Noord and Overschie); sealed until measured once with the same recognizer as blind74, and never
    /// learned from or tuned on.</summary>
    public const string Blind81File = "messages.blind81.nl.jsonl";

    /// <summary>Written blind (the east of the Achterhoek); sealed until measured once with the shipped recognizer of 30 Nov 2026 (the
    /// learned model of 56,521 messages, sure signs, and 'wilde ik dood' with the subject after the verb), and never
    /// learned from or tuned on.</summary>
    public const string Blind82File = "messages.blind82.nl.jsonl";

    /// <summary>Written blind (the south-east of Amsterdam); sealed until measured once with the same recognizer as blind82, and never
    /// learned from or tuned on.</summary>
    public const string Blind83File = "messages.blind83.nl.jsonl";

    /// <summary>Written blind (the Hoeksche Waard and the Alblasserwaard); sealed until measured once with the same recognizer as blind82, and never
    /// learned from or tuned on.</summary>
    public const string Blind84File = "messages.blind84.nl.jsonl";

    /// <summary>Written blind (a city in the north of Friesland); sealed until measured once with the same recognizer as blind82, and never
    /// learned from or tuned on.</summary>
    public const string Blind85File = "messages.blind85.nl.jsonl";

    /// <summary>Written blind (a university city of technology in Zuid-Holland); sealed until measured once with the shipped recognizer of
    /// 30 Nov 2026 (the same learned model as blind82, the crisis patterns on the interpreter until their twins are
    /// built), and never learned from or tuned on.</summary>
    public const string Blind86File = "messages.blind86.nl.jsonl";

    /// <summary>Written blind (a cheese-market city in the Green Heart); sealed until measured once with the same recognizer as blind86, and
    /// never learned from or tuned on.</summary>
    public const string Blind87File = "messages.blind87.nl.jsonl";

    /// <summary>Written blind (faith and community networks in a Gelderland city); sealed until measured once with the same recognizer as
    /// blind86, and never learned from or tuned on.</summary>
    public const string Blind88File = "messages.blind88.nl.jsonl";

    /// <summary>Written blind (the dark winter months in a city in Utrecht province); sealed until measured once with the same recognizer
    /// as blind86, and never learned from or tuned on.</summary>
    public const string Blind89File = "messages.blind89.nl.jsonl";

    /// <summary>Written blind (Haarlem and the coast towns around it); sealed until measured once with the shipped recognizer of 30 Nov
    /// 2026 (the learned model of 57,921 messages), and never learned from or tuned on.</summary>
    public const string Blind90File = "messages.blind90.nl.jsonl";

    /// <summary>Written blind (a university city in the far south on the Maas); sealed until measured once with the same recognizer as
    /// blind90, and never learned from or tuned on.</summary>
    public const string Blind91File = "messages.blind91.nl.jsonl";

    /// <summary>Written blind (a new town of the seventies next to The Hague); sealed until measured once with the same recognizer as
    /// blind90, and never learned from or tuned on.</summary>
    public const string Blind92File = "messages.blind92.nl.jsonl";

    /// <summary>Written blind (people who find reading and writing hard, and their supporters, in a Brabant provincial capital);
    /// sealed until measured once with the same recognizer as blind90, and never learned from or tuned on.</summary>
    public const string Blind93File = "messages.blind93.nl.jsonl";

    /// <summary>Written blind (a polder city in Flevoland); sealed until measured once with the shipped recognizer of 30 Nov 2026 (the
    /// learned model of 57,921 messages, with the crisis pattern for drink and pills), and never learned from or tuned on.</summary>
    public const string Blind94File = "messages.blind94.nl.jsonl";

    /// <summary>Written blind (the gas-extraction earthquake area of Groningen); sealed until measured once with the same recognizer
    /// as blind94, and never learned from or tuned on.</summary>
    public const string Blind95File = "messages.blind95.nl.jsonl";

    /// <summary>Written blind (evenings, nights and weekends in a large city in Noord-Brabant); sealed until measured once with the
    /// same recognizer as blind94, and never learned from or tuned on.</summary>
    public const string Blind96File = "messages.blind96.nl.jsonl";

    /// <summary>Written blind (the Zaanstreek north of Amsterdam); sealed until measured once with the same recognizer as blind94,
    /// and never learned from or tuned on.</summary>
    public const string Blind97File = "messages.blind97.nl.jsonl";

    /// <summary>Written blind (a former textile city in Midden-Brabant); sealed until measured once with the shipped recognizer of 30
    /// Nov 2026 (the learned model of 59,321 messages), and never learned from or tuned on.</summary>
    public const string Blind98File = "messages.blind98.nl.jsonl";

    /// <summary>Written blind (Venlo and Noord-Limburg); sealed until measured once with the same recognizer as blind98, and never
    /// learned from or tuned on.</summary>
    public const string Blind99File = "messages.blind99.nl.jsonl";

    /// <summary>Written blind (a dense old district in The Hague); sealed until measured once with the same recognizer as blind98,
    /// and never learned from or tuned on.</summary>
    public const string Blind100File = "messages.blind100.nl.jsonl";

    /// <summary>Written blind (young people from 12 to 23 across the country, and adults writing about them); sealed until measured
    /// once with the same recognizer as blind98, and never learned from or tuned on.</summary>
    public const string Blind101File = "messages.blind101.nl.jsonl";

    /// <summary>Written blind (the south-east of Drenthe and the Veenkolonien); sealed until measured once with the same recognizer as
    /// blind98, and never learned from or tuned on.</summary>
    public const string Blind102File = "messages.blind102.nl.jsonl";

    /// <summary>Written blind (expats and knowledge workers around Eindhoven and Amstelveen, half of it in English); sealed until
    /// measured once with the same recognizer as blind98, and never learned from or tuned on.</summary>
    public const string Blind103File = "messages.blind103.nl.jsonl";

    /// <summary>Written blind (professionals and volunteers writing for others in an Overijssel city); sealed until measured once
    /// with the same recognizer as blind98, and never learned from or tuned on.</summary>
    public const string Blind104File = "messages.blind104.nl.jsonl";

    /// <summary>Written blind (a seaside and harbour town in Noord-Holland in summer); sealed until measured once with the same
    /// recognizer as blind98, and never learned from or tuned on.</summary>
    public const string Blind105File = "messages.blind105.nl.jsonl";

    /// <summary>Written blind (Leiden and the towns around it, a third of it in English); sealed until measured once with the
    /// shipped recognizer of 30 Nov 2026 (the learned model of 62,121 messages), and never learned from or tuned on.</summary>
    public const string Blind106File = "messages.blind106.nl.jsonl";

    /// <summary>Written blind (a market town and its villages in the Kempen and Peelland); sealed until measured once with the same
    /// recognizer as blind106, and never learned from or tuned on.</summary>
    public const string Blind107File = "messages.blind107.nl.jsonl";

    /// <summary>Written blind (the old port districts of Rotterdam-Zuid); sealed until measured once with the same recognizer as
    /// blind106, and never learned from or tuned on.</summary>
    public const string Blind108File = "messages.blind108.nl.jsonl";

    /// <summary>Written blind (a small municipality on Zeeland's islands in the off-season); sealed until measured once with the
    /// same recognizer as blind106, and never learned from or tuned on.</summary>
    public const string Blind109File = "messages.blind109.nl.jsonl";

    /// <summary>Written blind (Amsterdam's western districts, a quarter of it in English); sealed until measured once with the
    /// shipped recognizer of 30 Nov 2026 (the learned model of 63,521 messages), and never learned from or tuned on.</summary>
    public const string Blind110File = "messages.blind110.nl.jsonl";

    /// <summary>Written blind (a Gelderland city on the IJssel and the Veluwe's edge); sealed until measured once with the same
    /// recognizer as blind110, and never learned from or tuned on.</summary>
    public const string Blind111File = "messages.blind111.nl.jsonl";

    /// <summary>Written blind (the first week of January in any Dutch town); sealed until measured once with the same recognizer
    /// as blind110, and never learned from or tuned on.</summary>
    public const string Blind112File = "messages.blind112.nl.jsonl";

    /// <summary>Written blind (Parkstad in Zuid-Limburg); sealed until measured once with the same recognizer as blind110, and never
    /// learned from or tuned on.</summary>
    public const string Blind113File = "messages.blind113.nl.jsonl";

    /// <summary>Written blind (a commuter town in the Groene Hart and the Rijnstreek); sealed until measured once with the same
    /// recognizer as blind110 (with the patterns learned after it), and never learned from or tuned on.</summary>
    public const string Blind114File = "messages.blind114.nl.jsonl";

    /// <summary>Written blind (Utrecht's high-rise districts, a quarter of it in English); sealed until measured once with the
    /// same recognizer as blind114, and never learned from or tuned on.</summary>
    public const string Blind115File = "messages.blind115.nl.jsonl";

    /// <summary>Written blind (a rural municipality in the Achterhoek and Liemers); sealed until measured once with the same
    /// recognizer as blind114, and never learned from or tuned on.</summary>
    public const string Blind116File = "messages.blind116.nl.jsonl";

    /// <summary>Written blind (short messages typed in a hurry on a phone in a large city); sealed until measured once with the
    /// same recognizer as blind114, and never learned from or tuned on.</summary>
    public const string Blind117File = "messages.blind117.nl.jsonl";

    /// <summary>Written blind (Friesland's towns and villages, some of it with Frisian words); sealed until measured once with
    /// the recognizer of blind114 plus the crisis patterns learned after blind61, blind90 and blind111 and the veto only for
    /// words the model knows (learned after blind113), and never learned from or tuned on.</summary>
    public const string Blind118File = "messages.blind118.nl.jsonl";

    /// <summary>Written blind (Nijmegen's and Arnhem's post-war districts); sealed until measured once with the same
    /// recognizer as blind118, and never learned from or tuned on.</summary>
    public const string Blind119File = "messages.blind119.nl.jsonl";

    /// <summary>Written blind (West-Brabant: a garrison, distribution centres, border villages); sealed until measured once
    /// with the same recognizer as blind118, and never learned from or tuned on.</summary>
    public const string Blind120File = "messages.blind120.nl.jsonl";

    /// <summary>Written blind (the Bible-belt towns on the Veluwe and in Overijssel); sealed until measured once with the same
    /// recognizer as blind118, and never learned from or tuned on.</summary>
    public const string Blind121File = "messages.blind121.nl.jsonl";

    /// <summary>Written blind (Amsterdam-Zuidoost, some of it in English, Sranan or Papiamento); sealed until measured once
    /// with the model of 65,621 messages (with the Frisian, German and dialect learning sets) and the crisis patterns of
    /// that day, including those in Frisian and German, and never learned from or tuned on.</summary>
    public const string Blind122File = "messages.blind122.nl.jsonl";

    /// <summary>Written blind (the weeks around Sinterklaas and Christmas); sealed until measured once with the same
    /// recognizer as blind122, and never learned from or tuned on.</summary>
    public const string Blind123File = "messages.blind123.nl.jsonl";

    /// <summary>Written blind (Twente's cities and villages); sealed until measured once with the same recognizer as
    /// blind122, and never learned from or tuned on.</summary>
    public const string Blind124File = "messages.blind124.nl.jsonl";

    /// <summary>Written blind (people with a mild intellectual disability, low literacy, autism or brain injury writing
    /// themselves, and their supporters); sealed until measured once with the same recognizer as blind122, and never
    /// learned from or tuned on.</summary>
    public const string Blind125File = "messages.blind125.nl.jsonl";

    /// <summary>Written blind (Haarlem and the IJmond); sealed until measured once with the model of 67,021 messages (with
    /// the Caribbean, labour-migrant, simple-writing and festive-season learning sets), and never learned from or tuned
    /// on.</summary>
    public const string Blind126File = "messages.blind126.nl.jsonl";

    /// <summary>Written blind (residents over 65 and those who write about them); sealed until measured once with the same
    /// recognizer as blind126, and never learned from or tuned on.</summary>
    public const string Blind127File = "messages.blind127.nl.jsonl";

    /// <summary>Written blind (Den Bosch, Oss and Vught); sealed until measured once with the same recognizer as blind126,
    /// and never learned from or tuned on.</summary>
    public const string Blind128File = "messages.blind128.nl.jsonl";

    /// <summary>Written blind (the start of the school year); sealed until measured once with the same recognizer as
    /// blind126, and never learned from or tuned on.</summary>
    public const string Blind129File = "messages.blind129.nl.jsonl";

    /// <summary>Written blind (Groningen city, some of it in English); sealed until measured once with the shipped
    /// recognizer of 67,021 messages, with the patterns learned after blind129, and never learned from or tuned on.</summary>
    public const string Blind130File = "messages.blind130.nl.jsonl";

    /// <summary>Written blind (Maastricht and the Heuvelland); sealed until measured once with the same recognizer as
    /// blind130, and never learned from or tuned on.</summary>
    public const string Blind131File = "messages.blind131.nl.jsonl";

    /// <summary>Written blind (a Randstad new town); sealed until measured once with the same recognizer as blind130, and
    /// never learned from or tuned on.</summary>
    public const string Blind132File = "messages.blind132.nl.jsonl";

    /// <summary>Written blind (a river town in the week after a flood); sealed until measured once with the same recognizer
    /// as blind130, and never learned from or tuned on.</summary>
    public const string Blind133File = "messages.blind133.nl.jsonl";

    /// <summary>Written blind (Almere and Lelystad-like new towns); sealed until measured once with the shipped recognizer
    /// of 67,021 messages, with the pattern for a child who ate pills learned after blind132, and never learned from or
    /// tuned on.</summary>
    public const string Blind134File = "messages.blind134.nl.jsonl";

    /// <summary>Written blind (Dordrecht and the river area); sealed until measured once with the same recognizer as
    /// blind134, and never learned from or tuned on.</summary>
    public const string Blind135File = "messages.blind135.nl.jsonl";

    /// <summary>Written blind (parents, teachers and youth workers about children); sealed until measured once with the same
    /// recognizer as blind134, and never learned from or tuned on.</summary>
    public const string Blind136File = "messages.blind136.nl.jsonl";

    /// <summary>Written blind (Eindhoven's older districts, some of it in English); sealed until measured once with the same
    /// recognizer as blind134, and never learned from or tuned on.</summary>
    public const string Blind137File = "messages.blind137.nl.jsonl";

    /// <summary>Written blind (Zaanstad and the Zaan region); sealed until measured once with the recognizer of 67,021
    /// messages, retrained after the Limburgish, Papiamento and Sranan patterns and those learned from blind75, blind135 and
    /// blind136, and never learned from or tuned on.</summary>
    public const string Blind138File = "messages.blind138.nl.jsonl";

    /// <summary>Written blind (Tilburg and Waalwijk); sealed until measured once with the same recognizer as blind138, and
    /// never learned from or tuned on.</summary>
    public const string Blind139File = "messages.blind139.nl.jsonl";

    /// <summary>Written blind (bystanders writing about someone else); sealed until measured once with the same recognizer
    /// as blind138, and never learned from or tuned on.</summary>
    public const string Blind140File = "messages.blind140.nl.jsonl";

    /// <summary>Written blind (Zeeuws-Vlaanderen, some of it in Flemish words); sealed until measured once with the same
    /// recognizer as blind138, and never learned from or tuned on.</summary>
    public const string Blind141File = "messages.blind141.nl.jsonl";

    /// <summary>Written blind (West-Friesland); sealed until measured once with the recognizer retrained after the patterns
    /// learned from blind121, blind124, blind140 and blind141, and never learned from or tuned on.</summary>
    public const string Blind142File = "messages.blind142.nl.jsonl";

    /// <summary>Written blind (late at night, at weekends and on public holidays); sealed until measured once with the same
    /// recognizer as blind142, and never learned from or tuned on.</summary>
    public const string Blind143File = "messages.blind143.nl.jsonl";

    /// <summary>Written blind (Delft, Rijswijk and the Westland); sealed until measured once with the same recognizer as
    /// blind142, and never learned from or tuned on.</summary>
    public const string Blind144File = "messages.blind144.nl.jsonl";

    /// <summary>Written blind (Schiedam, Vlaardingen and Maassluis); sealed until measured once with the same recognizer as
    /// blind142, and never learned from or tuned on.</summary>
    public const string Blind145File = "messages.blind145.nl.jsonl";

    /// <summary>Written blind (Venlo, Venray and Noord-Limburg); sealed until measured once with the shipped recognizer:
    /// the model of 67,021 messages retrained after the bleach pattern learned from blind142, with suicide matches taken
    /// back only below 2 %; never learned from or tuned on.</summary>
    public const string Blind146File = "messages.blind146.nl.jsonl";

    /// <summary>Written blind (carers and the people they care for); sealed until measured once with the same recognizer
    /// as blind146, and never learned from or tuned on.</summary>
    public const string Blind147File = "messages.blind147.nl.jsonl";

    /// <summary>Written blind (the Noordoostpolder and Urk); sealed until measured once with the same recognizer as
    /// blind146, and never learned from or tuned on.</summary>
    public const string Blind148File = "messages.blind148.nl.jsonl";

    /// <summary>Written blind (Arnhem-Noord and Ede-Wageningen-like towns, some of it in English); sealed until measured
    /// once with the same recognizer as blind146, and never learned from or tuned on.</summary>
    public const string Blind149File = "messages.blind149.nl.jsonl";

    /// <summary>Written blind (Amersfoort and the towns around it); sealed until measured once with the same recognizer as
    /// blind146, and never learned from or tuned on.</summary>
    public const string Blind150File = "messages.blind150.nl.jsonl";

    /// <summary>Written blind (young adults living on their own for the first time); sealed until measured once with the
    /// same recognizer as blind146, and never learned from or tuned on.</summary>
    public const string Blind151File = "messages.blind151.nl.jsonl";

    /// <summary>Written blind (Hoogeveen, Meppel and south-west Drenthe); sealed until measured once with the same
    /// recognizer as blind146, and never learned from or tuned on.</summary>
    public const string Blind152File = "messages.blind152.nl.jsonl";

    /// <summary>Written blind (newcomers and status holders, and those who help them); sealed until measured once with the
    /// same recognizer as blind146, and never learned from or tuned on.</summary>
    public const string Blind153File = "messages.blind153.nl.jsonl";

    /// <summary>Written blind (Rotterdam-Noord and Rotterdam-West); sealed until measured once with the shipped recognizer:
    /// the model retrained after the patterns learned from blind146, blind147 and blind151; never learned from or tuned
    /// on.</summary>
    public const string Blind154File = "messages.blind154.nl.jsonl";

    /// <summary>Written blind (professionals and volunteers referring someone else); sealed until measured once with the
    /// same recognizer as blind154, and never learned from or tuned on.</summary>
    public const string Blind155File = "messages.blind155.nl.jsonl";

    /// <summary>Written blind (Emmen, Stadskanaal and the Veenkoloniën in winter); sealed until measured once with the same
    /// recognizer as blind154, and never learned from or tuned on.</summary>
    public const string Blind156File = "messages.blind156.nl.jsonl";

    /// <summary>Written blind (Utrecht-Zuid, Nieuwegein and the city centre, some of it in English); sealed until measured
    /// once with the same recognizer as blind154, and never learned from or tuned on.</summary>
    public const string Blind157File = "messages.blind157.nl.jsonl";

    /// <summary>Written blind (Harderwijk, Nunspeet, Elburg and the Veluwe coast); sealed until measured once with the
    /// shipped recognizer: the model retrained after the denial learned from blind155; never learned from or tuned
    /// on.</summary>
    public const string Blind158File = "messages.blind158.nl.jsonl";

    /// <summary>Written blind (men who rarely ask for help, and those worried about them); sealed until measured once with
    /// the same recognizer as blind158, and never learned from or tuned on.</summary>
    public const string Blind159File = "messages.blind159.nl.jsonl";

    /// <summary>Written blind (Alkmaar, Heerhugowaard and Noord-Holland north); sealed until measured once with the same
    /// recognizer as blind158, and never learned from or tuned on.</summary>
    public const string Blind160File = "messages.blind160.nl.jsonl";

    /// <summary>Written blind (people with a physical disability or chronic illness, and their families); sealed until
    /// measured once with the same recognizer as blind158, and never learned from or tuned on.</summary>
    public const string Blind161File = "messages.blind161.nl.jsonl";

    /// <summary>Written blind ('s-Hertogenbosch, Oss and the villages around them: a month's ordinary mix); sealed
    /// until measured once with the shipped recognizer of 30 Nov (model of 67,021 messages), and never learned from or
    /// tuned on.</summary>
    public const string Blind162File = "messages.blind162.nl.jsonl";

    /// <summary>Written blind (Twente: people over 75, their grown-up children, neighbours and home-care workers);
    /// sealed until measured once with the same recognizer as blind162, and never learned from or tuned on.</summary>
    public const string Blind163File = "messages.blind163.nl.jsonl";

    /// <summary>Written blind (Almere and Lelystad: families with young children and those around them); sealed until
    /// measured once with the same recognizer as blind162, and never learned from or tuned on.</summary>
    public const string Blind164File = "messages.blind164.nl.jsonl";

    /// <summary>Written blind (Zwolle and Kampen: people with a mild intellectual disability, their supporters and job
    /// coaches); sealed until measured once with the same recognizer as blind162, and never learned from or tuned
    /// on.</summary>
    public const string Blind165File = "messages.blind165.nl.jsonl";

    /// <summary>Written blind (Groningen city and the Ommelanden: a month's ordinary mix); sealed until measured once
    /// with the model of 68,521 messages retrained after the strangling pattern (30 Nov, eighteenth round), and never
    /// learned from or tuned on.</summary>
    public const string Blind166File = "messages.blind166.nl.jsonl";

    /// <summary>Written blind (Den Haag Escamp, Laak and Moerwijk: residents with little money, in several languages);
    /// sealed until measured once with the same recognizer as blind166, and never learned from or tuned on.</summary>
    public const string Blind167File = "messages.blind167.nl.jsonl";

    /// <summary>Written blind (Maastricht, Heerlen and Sittard: people of working age who lost work, health or a
    /// partner); sealed until measured once with the same recognizer as blind166, and never learned from or tuned
    /// on.</summary>
    public const string Blind168File = "messages.blind168.nl.jsonl";

    /// <summary>Written blind (Haarlem, Velsen and IJmuiden: teenagers and young adults, their parents, teachers and
    /// coaches); sealed until measured once with the same recognizer as blind166, and never learned from or tuned
    /// on.</summary>
    public const string Blind169File = "messages.blind169.nl.jsonl";

    /// <summary>Written blind (Eindhoven, Helmond and the Kempen: a month's ordinary mix, expats and labour migrants
    /// included); sealed until measured once with the shipped recognizer: model of 68,521 messages with the last-
    /// message pattern (30 Nov, nineteenth round), and never learned from or tuned on.</summary>
    public const string Blind170File = "messages.blind170.nl.jsonl";

    /// <summary>Written blind (Leeuwarden, Sneek and the Frisian villages, some in Frisian words); sealed until
    /// measured once with the same recognizer as blind170, and never learned from or tuned on.</summary>
    public const string Blind171File = "messages.blind171.nl.jsonl";

    /// <summary>Written blind (Nijmegen: students, single parents, older people living alone and those who worry about
    /// them); sealed until measured once with the same recognizer as blind170, and never learned from or tuned
    /// on.</summary>
    public const string Blind172File = "messages.blind172.nl.jsonl";

    /// <summary>Written blind (Rotterdam-Zuid: families with money trouble, youth on the street, professionals and
    /// volunteers); sealed until measured once with the same recognizer as blind170, and never learned from or tuned
    /// on.</summary>
    public const string Blind173File = "messages.blind173.nl.jsonl";

    /// <summary>Written blind (Utrecht Overvecht and Kanaleneiland, Nieuwegein: a month's ordinary mix, many newcomers
    /// in simple Dutch or English, and their buddies); sealed until measured once with the shipped recognizer of the
    /// nineteenth round (model of 68,521 messages, 1 Dec, twentieth round), and never learned from or tuned on.</summary>
    public const string Blind174File = "messages.blind174.nl.jsonl";

    /// <summary>Written blind (Amsterdam Nieuw-West and Zaandam: working people who still cannot make ends meet);
    /// sealed until measured once with the same recognizer as blind174, and never learned from or tuned on.</summary>
    public const string Blind175File = "messages.blind175.nl.jsonl";

    /// <summary>Written blind (Zeeland and the islands: villagers far from facilities, seasonal and harbour workers,
    /// older people); sealed until measured once with the same recognizer as blind174, and never learned from or tuned
    /// on.</summary>
    public const string Blind176File = "messages.blind176.nl.jsonl";

    /// <summary>Written blind (Arnhem, Ede and the Veluwe villages: church members and volunteers, farmers' families,
    /// young people in small villages); sealed until measured once with the same recognizer as blind174, and never
    /// learned from or tuned on.</summary>
    public const string Blind177File = "messages.blind177.nl.jsonl";

    /// <summary>Written blind (Tilburg, Breda and West-Brabant: a month's ordinary mix, students and logistics shift
    /// workers included); sealed until measured once with the shipped recognizer of the twentieth round (model of
    /// 68,521 messages, 1 Dec, twenty-first round), and never learned from or tuned on.</summary>
    public const string Blind178File = "messages.blind178.nl.jsonl";

    /// <summary>Written blind (Amersfoort, Hilversum and the Gooi: older people at home, their grown-up children,
    /// neighbours, volunteers and home-care workers); sealed until measured once with the same recognizer as blind178,
    /// and never learned from or tuned on.</summary>
    public const string Blind179File = "messages.blind179.nl.jsonl";

    /// <summary>Written blind (Dordrecht, Gorinchem and the Alblasserwaard: families with teenagers, single parents,
    /// teachers, coaches and youth workers); sealed until measured once with the same recognizer as blind178, and never
    /// learned from or tuned on.</summary>
    public const string Blind180File = "messages.blind180.nl.jsonl";

    /// <summary>Written blind (Venlo, Roermond and Noord-Limburg: cross-border and greenhouse workers, people in debt,
    /// some Limburgish or German words); sealed until measured once with the same recognizer as blind178, and never
    /// learned from or tuned on.</summary>
    public const string Blind181File = "messages.blind181.nl.jsonl";

    /// <summary>Written blind (Leiden, Katwijk and the Bollenstreek: a month's ordinary mix, bulb-field workers and
    /// students included); sealed until measured once with the shipped recognizer (model of 68,521 messages retrained
    /// after the JustNow check, 1 Dec, twenty-second round), and never learned from or tuned on.</summary>
    public const string Blind182File = "messages.blind182.nl.jsonl";

    /// <summary>Written blind (Deventer, Apeldoorn and Salland: carers of a partner or parent with dementia, and those
    /// who worry about them); sealed until measured once with the same recognizer as blind182, and never learned from
    /// or tuned on.</summary>
    public const string Blind183File = "messages.blind183.nl.jsonl";

    /// <summary>Written blind (Emmen, Assen and the Drenthe villages: early school leavers, parents on benefits, youth
    /// workers and neighbours); sealed until measured once with the same recognizer as blind182, and never learned from
    /// or tuned on.</summary>
    public const string Blind184File = "messages.blind184.nl.jsonl";

    /// <summary>Written blind (Lelystad, Dronten and the Noordoostpolder: newcomers, farm workers, people far from
    /// family); sealed until measured once with the same recognizer as blind182, and never learned from or tuned
    /// on.</summary>
    public const string Blind185File = "messages.blind185.nl.jsonl";

    /// <summary>Written blind (Den Helder, Hoorn and West-Friesland: a month's ordinary mix, navy families, market
    /// gardeners and seasonal workers included); sealed until measured once with the shipped recognizer (the same model
    /// in its mapped form, 1 Dec, twenty-third round), and never learned from or tuned on.</summary>
    public const string Blind186File = "messages.blind186.nl.jsonl";

    /// <summary>Written blind (Amsterdam Oost and Noord: people who live alone at every age, and the neighbours who
    /// notice them); sealed until measured once with the same recognizer as blind186, and never learned from or tuned
    /// on.</summary>
    public const string Blind187File = "messages.blind187.nl.jsonl";

    /// <summary>Written blind (Gouda, Alphen aan den Rijn and the Groene Hart: parents of children with autism, ADHD or a
    /// disability, and the people around them); sealed until measured once with the same recognizer as blind186, and
    /// never learned from or tuned on.</summary>
    public const string Blind188File = "messages.blind188.nl.jsonl";

    /// <summary>Written blind (Schiedam, Vlaardingen and Maassluis: people in or just out of hospital or rehab, with a
    /// chronic illness or an addiction, and those who look after them); sealed until measured once with the same
    /// recognizer as blind186, and never learned from or tuned on.</summary>
    public const string Blind189File = "messages.blind189.nl.jsonl";

    /// <summary>Written blind (Tilburg and the Brabant villages around it); sealed until measured once with the recognizer
    /// of the twenty-fourth round, and never learned from or tuned on.</summary>
    public const string Blind190File = "messages.blind190.nl.jsonl";

    /// <summary>Written blind (Westland and Zoetermeer: greenhouse workers from abroad, commuters and their neighbours);
    /// sealed until measured once with the same recognizer as blind190, and never learned from or tuned on.</summary>
    public const string Blind191File = "messages.blind191.nl.jsonl";

    /// <summary>Written blind (Zwolle and Kampen: people over 75 and their children, grandchildren and neighbours); sealed
    /// until measured once with the same recognizer as blind190, and never learned from or tuned on.</summary>
    public const string Blind192File = "messages.blind192.nl.jsonl";

    /// <summary>Written blind (Arnhem-Zuid and Nijmegen-West: young people, their parents, mentors and youth workers);
    /// sealed until measured once with the same recognizer as blind190, and never learned from or tuned on.</summary>
    public const string Blind193File = "messages.blind193.nl.jsonl";

    /// <summary>Written blind on the same brief as blind190 (Tilburg and the Brabant villages) by another author; sealed
    /// until measured once with the recognizer of the twenty-third round and three more crisis patterns (never shipped),
    /// then measured with the shipped one; never learned from or tuned on.</summary>
    public const string Blind194File = "messages.blind194.nl.jsonl";

    /// <summary>Written blind on the same brief as blind191 (Westland and Zoetermeer) by another author; measured as
    /// blind194, and never learned from or tuned on.</summary>
    public const string Blind195File = "messages.blind195.nl.jsonl";

    /// <summary>Written blind on the same brief as blind192 (over-75s in Zwolle and Kampen) by another author; measured as
    /// blind194, and never learned from or tuned on.</summary>
    public const string Blind196File = "messages.blind196.nl.jsonl";

    /// <summary>Written blind on the same brief as blind193 (young people in Arnhem-Zuid and Nijmegen-West) by another
    /// author; measured as blind194, and never learned from or tuned on.</summary>
    public const string Blind197File = "messages.blind197.nl.jsonl";

    /// <summary>Written blind for Enschede, Hengelo and Oldenzaal (Twente: shift workers, Turkish-Dutch and Syrian families,
    /// students); sealed until measured once with the recognizer of the twenty-fourth round (2 Dec), and never learned from
    /// or tuned on.</summary>
    public const string Blind198File = "messages.blind198.nl.jsonl";

    /// <summary>Written blind for Almere and Lelystad (young families, commuters, single parents); measured as blind198, and
    /// never learned from or tuned on.</summary>
    public const string Blind199File = "messages.blind199.nl.jsonl";

    /// <summary>Written blind for Amersfoort, Leusden and the Utrecht villages (parents of children with a chronic illness or
    /// a disability, carers of someone with dementia or after a stroke); measured as blind198, and never learned from or
    /// tuned on.</summary>
    public const string Blind200File = "messages.blind200.nl.jsonl";

    /// <summary>Written blind for Heerlen, Kerkrade and Sittard (residents over 70 living alone, their children far away,
    /// neighbours and home care); measured as blind198, and never learned from or tuned on.</summary>
    public const string Blind201File = "messages.blind201.nl.jsonl";

    /// <summary>Written blind for Rotterdam south of the river (Charlois, Feijenoord, IJsselmonde: households with several
    /// problems at once and the people around them); sealed until measured once with the recognizer of the twenty-fifth
    /// round (2 Dec), and never learned from or tuned on.</summary>
    public const string Blind202File = "messages.blind202.nl.jsonl";

    /// <summary>Written blind for Eemsdelta and Midden-Groningen (earthquake damage, shrinking villages, older people,
    /// farmers); measured as blind202, and never learned from or tuned on.</summary>
    public const string Blind203File = "messages.blind203.nl.jsonl";

    /// <summary>Written blind for Breda, Etten-Leur and Roosendaal (carers of a partner, parent or child, older people
    /// living alone who write about several things at once); measured as blind202, and never learned from or tuned
    /// on.</summary>
    public const string Blind204File = "messages.blind204.nl.jsonl";

    /// <summary>Written blind for Apeldoorn and Deventer (people with a mild intellectual disability or low literacy and
    /// their supporters, newcomers with a residence permit, young adults just turned 18); measured as blind202, and never
    /// learned from or tuned on.</summary>
    public const string Blind205File = "messages.blind205.nl.jsonl";

    /// <summary>Written blind for The Hague (Schilderswijk, Transvaal, Laak, Moerwijk: large families of many backgrounds,
    /// cramped rented homes, young people, debts); sealed until measured once with the recognizer of the twenty-fifth
    /// round with its first three patterns (2 Dec), and never learned from or tuned on.</summary>
    public const string Blind206File = "messages.blind206.nl.jsonl";

    /// <summary>Written blind for Zaanstad and Purmerend (single parents, shift workers, rent arrears, older people in the
    /// Zaan villages); measured as blind206, and never learned from or tuned on.</summary>
    public const string Blind207File = "messages.blind207.nl.jsonl";

    /// <summary>Written blind for Leeuwarden, Heerenveen and Drachten (older people and farmers, young people who leave,
    /// people with little money, some Frisian words); measured as blind206, and never learned from or tuned on.</summary>
    public const string Blind208File = "messages.blind208.nl.jsonl";

    /// <summary>Written blind for Utrecht (Overvecht, Kanaleneiland, the old centre: students, young families, older people
    /// alone, carers, newcomers); measured as blind206, and never learned from or tuned on.</summary>
    public const string Blind209File = "messages.blind209.nl.jsonl";

    /// <summary>Written blind for Eindhoven and Helmond (families in the older neighbourhoods, expats and labour migrants,
    /// students, single people with debts); sealed until measured once with the recognizer blind206 was measured with
    /// (2 Dec), and never learned from or tuned on.</summary>
    public const string Blind210File = "messages.blind210.nl.jsonl";

    /// <summary>Written blind for Haarlem and Haarlemmermeer (airport shift workers, young families with high rents, older
    /// people, carers of a parent); measured as blind210, and never learned from or tuned on.</summary>
    public const string Blind211File = "messages.blind211.nl.jsonl";

    /// <summary>Written blind for Maastricht and the Heuvelland villages (students, people over 70 in villages without a
    /// shop or bus, border workers, some Limburgish); measured as blind210, and never learned from or tuned on.</summary>
    public const string Blind212File = "messages.blind212.nl.jsonl";

    /// <summary>Written blind for 's-Hertogenbosch and Oss (families, food-factory workers, parents of teenagers, people
    /// with a chronic illness, church and sports volunteers); measured as blind210, and never learned from or tuned
    /// on.</summary>
    public const string Blind213File = "messages.blind213.nl.jsonl";

    /// <summary>Written blind for Amsterdam Nieuw-West (families of many backgrounds, young people, older people in gallery
    /// flats, debts, overcrowded homes); sealed until measured once with the recognizer of the twenty-fifth round and its
    /// four patterns (2 Dec), and never learned from or tuned on.</summary>
    public const string Blind214File = "messages.blind214.nl.jsonl";

    /// <summary>Written blind for Middelburg, Vlissingen and Goes (harbour and seasonal workers, older people, people with
    /// little money, young people); measured as blind214, and never learned from or tuned on.</summary>
    public const string Blind215File = "messages.blind215.nl.jsonl";

    /// <summary>Written blind for the city of Groningen (students and international students, young adults with money
    /// trouble, older people in flats, people with psychiatric problems living alone); measured as blind214, and never
    /// learned from or tuned on.</summary>
    public const string Blind216File = "messages.blind216.nl.jsonl";

    /// <summary>Written blind for Alphen aan den Rijn, Bodegraven-Reeuwijk and Woerden (commuters, young families,
    /// carers of a parent or a child with a disability, older people in the villages); measured as blind214 and never
    /// learned from; a decision sign was written on its missed crisis after it was measured.</summary>
    public const string Blind217File = "messages.blind217.nl.jsonl";

    /// <summary>Written blind for Almelo, Rijssen-Holten and Hellendoorn (church communities, large families, factory and
    /// farm workers, newcomers, older people in the villages); sealed until measured once with the recognizer of the
    /// twenty-fifth round and its four patterns (2 Dec), and never learned from or tuned on.</summary>
    public const string Blind218File = "messages.blind218.nl.jsonl";

    /// <summary>Written blind for Delft, Rijswijk and Pijnacker-Nootdorp (students, young couples, older people in flats,
    /// carers of a partner with a chronic illness, greenhouse workers); measured as blind218, and never learned from or
    /// tuned on.</summary>
    public const string Blind219File = "messages.blind219.nl.jsonl";

    /// <summary>Written blind for Roermond, Weert and Venray (seasonal workers, people with a chronic illness, parents of
    /// children with a disability, older people in villages, some Limburgish); measured as blind218, and never learned
    /// from or tuned on.</summary>
    public const string Blind220File = "messages.blind220.nl.jsonl";

    /// <summary>Written blind for Spijkenisse and Hellevoetsluis (port commuters, single parents, older people alone, young
    /// people without a diploma, worried neighbours); measured as blind218, and never learned from or tuned on.</summary>
    public const string Blind221File = "messages.blind221.nl.jsonl";

    /// <summary>Written blind for Heerlen, Kerkrade and Sittard-Geleen (former mining towns, older people on small
    /// pensions, people on benefits, drugs in Heerlen centre, workers across the German border); sealed until measured once
    /// with the shipped recognizer of the twenty-fifth round (2 Dec) and never learned from; a decision sign was written on
    /// its missed crisis after it was measured.</summary>
    public const string Blind222File = "messages.blind222.nl.jsonl";

    /// <summary>Written blind for Oldambt, Veendam and Stadskanaal (villages where shops, buses and doctors have gone,
    /// people far from work, single older men, young families on low incomes); measured as blind222, and never learned from
    /// or tuned on.</summary>
    public const string Blind223File = "messages.blind223.nl.jsonl";

    /// <summary>Written blind for Hilversum, Gooise Meren and Huizen (media and office workers, well-off residents who
    /// hide money trouble or loneliness, older people in large houses, pupils under pressure, expats); measured as
    /// blind222, and never learned from or tuned on.</summary>
    public const string Blind224File = "messages.blind224.nl.jsonl";

    /// <summary>Written blind for Ede, Barneveld and Veenendaal (orthodox church communities, large families, poultry
    /// and pig farmers, veterans and their families, young people who leave their church); measured as blind222 and never
    /// learned from; a decision sign was written on its missed crisis after it was measured.</summary>
    public const string Blind225File = "messages.blind225.nl.jsonl";

    /// <summary>Written blind for Tiel, Culemborg and Zaltbommel (fruit growers and labour migrants who pick fruit,
    /// families in Culemborg-Terweijde, older people in the river villages); measured as blind222, and never learned from
    /// or tuned on.</summary>
    public const string Blind226File = "messages.blind226.nl.jsonl";

    /// <summary>Written blind for Nieuwegein, Houten and IJsselstein (commuters, divorced parents sharing the children,
    /// teenagers in the flats, older people after a fall or a stay in hospital); measured as blind222, and never learned
    /// from or tuned on.</summary>
    public const string Blind227File = "messages.blind227.nl.jsonl";

    /// <summary>Written blind for Bergen op Zoom, Steenbergen and Woensdrecht (warehouse workers, people in sheltered
    /// housing and psychiatric care, seasonal workers, families near the Belgian border); measured as blind222, and never
    /// learned from or tuned on.</summary>
    public const string Blind228File = "messages.blind228.nl.jsonl";

    /// <summary>Written blind for Velsen, Beverwijk and Heemskerk (steelworkers worried about health and pollution,
    /// fishermen and harbour workers, bazaar traders, older people in flats, young families); measured as blind222, and
    /// never learned from or tuned on.</summary>
    public const string Blind229File = "messages.blind229.nl.jsonl";

    /// <summary>Written blind for Meppel, Steenwijkerland and Hardenberg (farmers, small towns, commuters to Zwolle,
    /// newcomers from the asylum seekers' centre, older people in the villages); sealed until measured once with the
    /// recognizer of the twenty-sixth round's first three decision signs (2 Dec), and never learned from or tuned
    /// on.</summary>
    public const string Blind230File = "messages.blind230.nl.jsonl";

    /// <summary>Written blind for Súdwest-Fryslân and De Fryske Marren (Frisian at home and sometimes in writing,
    /// seasonal work in water sports and tourism, dairy farmers, villages without a shop); measured as blind230, and never
    /// learned from or tuned on.</summary>
    public const string Blind231File = "messages.blind231.nl.jsonl";

    /// <summary>Written blind for Capelle aan den IJssel, Krimpen aan den IJssel and Ridderkerk (the flats of
    /// Schollevaar, strict Protestant families, shipyard and transport workers, young people out at night); measured as
    /// blind230 and never learned from; a decision sign was written on its missed crisis after it was measured.</summary>
    public const string Blind232File = "messages.blind232.nl.jsonl";

    /// <summary>Written blind for Zeist, De Bilt and Soest (villa neighbourhoods beside social housing, clients of care
    /// institutions living in the neighbourhood, older people alone, pupils under pressure); measured as blind230, and
    /// never learned from or tuned on.</summary>
    public const string Blind233File = "messages.blind233.nl.jsonl";

    /// <summary>Written blind for Gorinchem, Molenlanden and Vijfheerenlanden (river towns, lorry drivers, church
    /// communities, families with many children, older farmers on the dikes); measured as blind230, and never learned from
    /// or tuned on.</summary>
    public const string Blind234File = "messages.blind234.nl.jsonl";

    /// <summary>Written blind for Meierijstad, Uden and Bernheze (food factory workers, many of them labour migrants,
    /// family businesses, older people in the villages, young people in a drinking culture); measured as blind230, and
    /// never learned from or tuned on.</summary>
    public const string Blind235File = "messages.blind235.nl.jsonl";

    /// <summary>Written blind for Den Helder, Texel, Vlieland and Ameland (navy families, seasonal tourism workers,
    /// islanders who need the ferry for hospital care, older islanders alone in winter); measured as blind230, and never
    /// learned from or tuned on.</summary>
    public const string Blind236File = "messages.blind236.nl.jsonl";

    /// <summary>Written blind for Zoetermeer and Lansingerland (commuters, young families in new-build estates with
    /// high mortgages, older people in Zoetermeer's flats, many nationalities); measured as blind230, and never learned
    /// from or tuned on.</summary>
    public const string Blind237File = "messages.blind237.nl.jsonl";

    /// <summary>Written blind for Enkhuizen, Medemblik and Stede Broec (bulb and greenhouse workers, many of them
    /// labour migrants, families in old harbour towns, older people in the villages); sealed until measured once with the
    /// twenty-sixth round's first four decision signs (2 Dec), and never learned from or tuned on.</summary>
    public const string Blind238File = "messages.blind238.nl.jsonl";

    /// <summary>Written blind for Katwijk, Noordwijk and Teylingen (strict church families in old Katwijk, bulb farm
    /// workers, hotel and beach work, young commuters to Leiden, older people); measured as blind238, and never learned
    /// from or tuned on.</summary>
    public const string Blind239File = "messages.blind239.nl.jsonl";

    /// <summary>Written blind for Nijkerk, Putten and Ermelo (church communities, clients of the large care
    /// institutions living in the village, small business owners, older people who will not ask for help); measured as
    /// blind238 and never learned from; a decision sign was written on its missed crisis after it was measured.</summary>
    public const string Blind240File = "messages.blind240.nl.jsonl";

    /// <summary>Written blind for Hoogeveen and De Wolden (low incomes in Hoogeveen's older neighbourhoods, farming
    /// villages, long distances to care, early school leavers, volunteer drivers); measured as blind238, and never learned
    /// from or tuned on.</summary>
    public const string Blind241File = "messages.blind241.nl.jsonl";

    /// <summary>Written blind for Oosterhout, Dongen and Waalwijk (distribution centres and their labour migrants, old
    /// shoe and leather towns, families with debts, school dropouts, carnival and sports clubs); measured as blind238, and
    /// never learned from or tuned on.</summary>
    public const string Blind242File = "messages.blind242.nl.jsonl";

    /// <summary>Written blind for Edam-Volendam and Purmerend (the close Catholic community of Volendam, fishing and
    /// cafe families, the Volendam fire remembered, young people who drink, commuters); measured as blind238 and never
    /// learned from; a decision sign was written on its missed crisis after it was measured.</summary>
    public const string Blind243File = "messages.blind243.nl.jsonl";

    /// <summary>Written blind for Zutphen and Lochem (social housing beside villas, farmers' families, older people
    /// alone, families of prisoners, newcomers from the Randstad); measured as blind238 and never learned from; SafeNow was
    /// widened to 'last year' on one of its false alarms after it was measured.</summary>
    public const string Blind244File = "messages.blind244.nl.jsonl";

    /// <summary>Written blind for Leidschendam-Voorburg and Westland (greenhouses with labour migrants from Poland and
    /// Romania, commuters to The Hague, older people in Voorburg, families between the glasshouses); measured as blind238,
    /// and never learned from or tuned on.</summary>
    public const string Blind245File = "messages.blind245.nl.jsonl";

    /// <summary>Written blind for Schouwen-Duiveland, Tholen and Goeree-Overflakkee (farmers, mussel and oyster
    /// fishermen, strict church villages, older people far from a hospital, summer tourism); sealed until measured once
    /// with the recognizer the twenty-sixth round ships, but for blind249's main road (2 Dec), and never learned from or
    /// tuned on.</summary>
    public const string Blind246File = "messages.blind246.nl.jsonl";

    /// <summary>Written blind for Zwijndrecht, Papendrecht and Sliedrecht (dredging and shipbuilding families, people
    /// in debt, strict church communities, older people by the river, young commuters); measured as blind246, and never
    /// learned from or tuned on.</summary>
    public const string Blind247File = "messages.blind247.nl.jsonl";

    /// <summary>Written blind for Lingewaard, Overbetuwe and Wijchen (commuters, fruit farms and greenhouses, young
    /// families in new-build villages, older people, students living out of town); measured as blind246, and never learned
    /// from or tuned on.</summary>
    public const string Blind248File = "messages.blind248.nl.jsonl";

    /// <summary>Written blind for Land van Cuijk (meat and food factories with labour migrants, farmers' families, a
    /// psychiatric care institution nearby, older people, young people without transport); measured as blind246 and never
    /// learned from; a decision sign was written on its missed crisis after it was measured.</summary>
    public const string Blind249File = "messages.blind249.nl.jsonl";

    /// <summary>Written blind for Veldhoven, Valkenswaard and Geldrop-Mierlo (high-tech workers and expats, families
    /// with debts after buying a house, older people, young people under pressure); measured as blind246, and never learned
    /// from or tuned on.</summary>
    public const string Blind250File = "messages.blind250.nl.jsonl";

    /// <summary>Written blind for Oisterwijk, Goirle and Hilvarenbeek (well-off villages beside social housing, older
    /// people alone, commuters, carers of a parent with dementia, young people with little to do); measured as blind246,
    /// and never learned from or tuned on.</summary>
    public const string Blind251File = "messages.blind251.nl.jsonl";

    /// <summary>Written blind for Heemstede, Bloemendaal, Uithoorn and Aalsmeer (well-off residents who hide money
    /// trouble or loneliness, the flower auction's workers, older people in large houses, pupils under pressure); measured
    /// as blind246, and never learned from or tuned on.</summary>
    public const string Blind252File = "messages.blind252.nl.jsonl";

    /// <summary>Written blind for Waddinxveen and Gouda (families in Gouda-Oost and Korte Akkeren, school dropouts,
    /// church communities, commuters, older people in flats, neighbourhood volunteers); measured as blind246, and never
    /// learned from or tuned on.</summary>
    public const string Blind253File = "messages.blind253.nl.jsonl";

    /// <summary>Written blind for Tynaarlo and Aa en Hunze (villages between Assen and Groningen, commuters, farmers,
    /// older people who no longer drive, holiday homes lived in all year, young people leaving); sealed until measured once
    /// with the recognizer of e8f0898, the twenty-sixth round's decision signs (2 Dec), and never learned from or tuned
    /// on.</summary>
    public const string Blind254File = "messages.blind254.nl.jsonl";

    /// <summary>Written blind for Landgraaf, Brunssum and Vaals (old mining neighbourhoods, students and Germans across
    /// the border, people on benefits, older people with lung disease, drug tourism); measured as blind254 and never
    /// learned from; its missed crisis, asked about, gave no sign.</summary>
    public const string Blind255File = "messages.blind255.nl.jsonl";

    /// <summary>Written blind for Reimerswaal, Borsele and Kapelle (fruit growers, nuclear plant and port workers,
    /// strict church villages, seasonal workers, villages without a shop); measured as blind254 and never learned from; a
    /// decision sign was written on its missed crisis after it was measured.</summary>
    public const string Blind256File = "messages.blind256.nl.jsonl";

    /// <summary>Written blind for Wassenaar, Voorschoten, Lisse and Hillegom (villas and expats beside social housing,
    /// bulb farm workers, lonely older people in large houses, young people under pressure); measured as blind254, and
    /// never learned from or tuned on.</summary>
    public const string Blind257File = "messages.blind257.nl.jsonl";

    /// <summary>Written blind for Renkum, Wageningen and Rhenen (students and international researchers, older people
    /// in the Veluwe villages, a large asylum seekers' centre, church communities, care homes); measured as blind254, and
    /// never learned from or tuned on.</summary>
    public const string Blind258File = "messages.blind258.nl.jsonl";

    /// <summary>Written blind for Dinkelland, Tubbergen and Losser (close Catholic villages with noaberschap, farmers,
    /// workers across the German border, older people, young people at village parties); measured as blind254 and never
    /// learned from; a decision sign was written on its missed crisis after it was measured.</summary>
    public const string Blind259File = "messages.blind259.nl.jsonl";

    /// <summary>Written blind for Winterswijk, Berkelland and Oude IJsselstreek (shrinking villages, small factories,
    /// farmers, German neighbours, older people far from hospital, young families who came back); measured as blind254 and
    /// never learned from; a decision sign was written on its missed crisis after it was measured.</summary>
    public const string Blind260File = "messages.blind260.nl.jsonl";

    /// <summary>Written blind for Zevenaar, Duiven and Westervoort (commuters to Arnhem, logistics workers, families in
    /// new-build areas, older people in the old villages, newcomers from the Randstad); measured as blind254 and never
    /// learned from; a decision sign was written on its missed crisis after it was measured.</summary>
    public const string Blind261File = "messages.blind261.nl.jsonl";

    /// <summary>Written blind for Zwartewaterland and Staphorst (carpet and artificial-grass factories, strict church
    /// communities with large families, farmers, young people who want another life, older people who stay in the
    /// village); sealed until measured once with the recognizer of 706091e, the twenty-sixth round's review (2 Dec),
    /// and never learned from or tuned on.</summary>
    public const string Blind262File = "messages.blind262.nl.jsonl";

    /// <summary>Written blind for Noardeast-Fryslân, Dantumadiel and Achtkarspelen (Frisian at home, farming villages
    /// far from the hospital, young people who move away, older people and carers left behind); measured as blind262,
    /// and never learned from or tuned on.</summary>
    public const string Blind263File = "messages.blind263.nl.jsonl";

    /// <summary>Written blind for Hulst and Terneuzen (chemical plant and port workers, Belgians across the border and
    /// Dutch people working in Belgium, older people far from a hospital, the tunnel, Terneuzen's older
    /// neighbourhoods); measured as blind262, and never learned from or tuned on.</summary>
    public const string Blind264File = "messages.blind264.nl.jsonl";

    /// <summary>Written blind for Eijsden-Margraten, Gulpen-Wittem and Valkenburg aan de Geul (hotel, cafe and tourism
    /// workers, older people in hilly villages without a bus, Limburgish dialect, neighbours in Belgium and Germany);
    /// measured as blind262 and never learned from; a decision sign was written on its missed crisis after it was
    /// measured.</summary>
    public const string Blind265File = "messages.blind265.nl.jsonl";

    /// <summary>Written blind for Schagen and Hollands Kroon (bulb and vegetable farms with labour migrants, data
    /// centres, small villages with few shops, older people and carers, families from Amsterdam); measured as blind262,
    /// and never learned from or tuned on.</summary>
    public const string Blind266File = "messages.blind266.nl.jsonl";

    /// <summary>Written blind for Stichtse Vecht, De Ronde Venen and Wijdemeren (commuters, lake and peat villages, the
    /// flats of Maarssenbroek beside well-off houses, older people in their own home, single parents); measured as
    /// blind262, and never learned from or tuned on.</summary>
    public const string Blind267File = "messages.blind267.nl.jsonl";

    /// <summary>Written blind for Deurne, Gemert-Bakel and Asten (pig and poultry farmers worried about their future,
    /// labour migrants in meat plants, villages with strong clubs, carers, young people with few buses); measured as
    /// blind262, and never learned from or tuned on.</summary>
    public const string Blind268File = "messages.blind268.nl.jsonl";

    /// <summary>Written blind for Raalte, Ommen and Dalfsen (Catholic and Protestant villages, farmers, holiday parks
    /// lived in all year, older people alone, parents of children with a long illness or a disability); measured as
    /// blind262 and never learned from; decision signs were written on its missed crises after it was
    /// measured.</summary>
    public const string Blind269File = "messages.blind269.nl.jsonl";

    /// <summary>Written blind for Opsterland, Ooststellingwerf and Weststellingwerf (villages in woods and heath,
    /// farmers, small factories, Frisian or Stellingwerfs at home, older people far from the hospital, young people
    /// leaving); sealed until measured once with the twenty-seventh round's first decision signs (706091e with
    /// LettersReady, ThenItIsOver, OverdoseTaken and AwayForNow as first written, 2 Dec), and never learned from or
    /// tuned on.</summary>
    public const string Blind270File = "messages.blind270.nl.jsonl";

    /// <summary>Written blind for Coevorden and Borger-Odoorn (the old peat colonies with long-term poverty, villages
    /// along the canals, the German border, older people alone, families on benefits for generations); measured as
    /// blind270, and never learned from or tuned on.</summary>
    public const string Blind271File = "messages.blind271.nl.jsonl";

    /// <summary>Written blind for Heusden, Vught and Boxtel (the prison and the large psychiatric and care institutions
    /// in Vught, commuters, older people in villages along the Maas, families of prisoners); measured as blind270, and
    /// never learned from or tuned on.</summary>
    public const string Blind272File = "messages.blind272.nl.jsonl";

    /// <summary>Written blind for Halderberge, Rucphen and Zundert (strawberry, tree and plant nurseries with labour
    /// migrants, villages near the Belgian border, carnival clubs, older people alone); measured as blind270, and never
    /// learned from or tuned on.</summary>
    public const string Blind273File = "messages.blind273.nl.jsonl";

    /// <summary>Written blind for Maasgouw, Roerdalen and Leudal (villages along the Maas and the Roer flooded in 2021
    /// and still with damage and worries, older people, farmers, neighbours across the German border); measured as
    /// blind270 and never learned from; decision signs were written on its missed crises after it was
    /// measured.</summary>
    public const string Blind274File = "messages.blind274.nl.jsonl";

    /// <summary>Written blind for Wormerland, Oostzaan and Landsmeer (small villages in the peat meadows, commuters to
    /// Amsterdam, older people in their own house, young people without a home, newcomers from the city); measured as
    /// blind270, and never learned from or tuned on.</summary>
    public const string Blind275File = "messages.blind275.nl.jsonl";

    /// <summary>Written blind for Diemen (students in large student housing, international students and young workers,
    /// families in the flats of Diemen-Noord, older people in the old village, commuters); measured as blind270, and
    /// never learned from or tuned on.</summary>
    public const string Blind276File = "messages.blind276.nl.jsonl";

    /// <summary>Written blind for Het Hogeland and Eemsdelta (houses damaged by the gas-extraction earthquakes and
    /// years of claims, shrinking villages, Delfzijl's port and chemical industry, older people, low incomes); measured
    /// as blind270 and never learned from; a decision sign was written on its missed crisis after it was
    /// measured.</summary>
    public const string Blind277File = "messages.blind277.nl.jsonl";

    /// <summary>Written blind for Castricum, Heiloo and Uitgeest (dune villages and commuter towns, older people in
    /// bungalows, seasonal work at the beach and in the bulb fields, a psychiatric care park whose residents live in the
    /// village); sealed until measured once with the recognizer of 2dd0a67, the twenty-seventh round (3 Dec), and never
    /// learned from; a decision sign was written on its missed crisis after it was measured.</summary>
    public const string Blind278File = "messages.blind278.nl.jsonl";

    /// <summary>Written blind for Barendrecht and Albrandswaard (new suburbs beside old dike villages, households with
    /// two jobs and high mortgages, the Poortugaal mental-health campus, port and distribution work); measured as
    /// blind278, and never learned from or tuned on.</summary>
    public const string Blind279File = "messages.blind279.nl.jsonl";

    /// <summary>Written blind for Bunschoten-Spakenburg, Leusden and Woudenberg (strong church communities and big
    /// families, small family firms, an asylum seekers' centre nearby, people who find it hard to ask for help outside the
    /// family or the church); measured as blind278, and never learned from or tuned on.</summary>
    public const string Blind280File = "messages.blind280.nl.jsonl";

    /// <summary>Written blind for Heerde, Hattem and Oldebroek (small Hanseatic towns and farm villages on the Veluwe's
    /// edge, an army base with soldiers' families, older people in villages without shops, cut bus lines); measured as
    /// blind278 and never learned from; a decision sign was written on its missed crisis after it was measured.</summary>
    public const string Blind281File = "messages.blind281.nl.jsonl";

    /// <summary>Written blind for Altena, Drimmelen and Geertruidenberg (river villages along the Maas and the Biesbosch,
    /// labour migrants in greenhouses and distribution halls, old dike houses, young families who bought cheap);
    /// measured as blind278, and never learned from or tuned on.</summary>
    public const string Blind282File = "messages.blind282.nl.jsonl";

    /// <summary>Written blind for Moerdijk (the industrial port and chemical plants, shift and agency workers, labour
    /// migrants in bungalow parks, farmers, long distances to the hospital); measured as blind278, and never learned from
    /// or tuned on.</summary>
    public const string Blind283File = "messages.blind283.nl.jsonl";

    /// <summary>Written blind for Nederweert, Someren and Cranendonck (pig and poultry farms under nitrogen rules, a zinc
    /// factory, moorland villages, carnival and brass bands, neighbours across the Belgian border); measured as blind278,
    /// and never learned from or tuned on.</summary>
    public const string Blind284File = "messages.blind284.nl.jsonl";

    /// <summary>Written blind for Harlingen and Waadhoeke (a Wadden harbour town with ferries to the islands, Franeker,
    /// clay-land villages, Frisian at home, low incomes and old rented houses, islanders who come ashore for care);
    /// measured as blind278, and never learned from or tuned on.</summary>
    public const string Blind285File = "messages.blind285.nl.jsonl";

    /// <summary>Written blind for Zeewolde (a young polder town, large arable farms and wind farms, families from Almere
    /// and Amersfoort, holiday parks on the Veluwemeer, older people far from their family); sealed until measured once
    /// with the recognizer of 9eabd95, the twenty-eighth round (3 Dec), and never learned from or tuned on.</summary>
    public const string Blind286File = "messages.blind286.nl.jsonl";

    /// <summary>Written blind for Druten, Beuningen and Maasdriel (dike villages between the Maas and the Waal, fruit
    /// growers and tree nurseries with labour migrants, villages without a shop, floods feared every winter); measured as
    /// blind286, and never learned from or tuned on.</summary>
    public const string Blind287File = "messages.blind287.nl.jsonl";

    /// <summary>Written blind for Pekela (old peat and strawboard villages in East Groningen, households on benefits for
    /// generations, damp old houses, debts and addiction, young people who leave); measured as blind286 and never learned
    /// from; a calm decision sign was written on its false alarms after it was measured.</summary>
    public const string Blind288File = "messages.blind288.nl.jsonl";

    /// <summary>Written blind for Westerkwartier (dairy villages, commuters to Groningen, an asylum seekers' location,
    /// village schools that close, farmers without a successor, carers who do everything themselves); measured as
    /// blind286, and never learned from or tuned on.</summary>
    public const string Blind289File = "messages.blind289.nl.jsonl";

    /// <summary>Written blind for Smallingerland (Drachten's factories and 1970s neighbourhoods with cheap rentals, single
    /// parents, debts, Frisian in the villages, young people with nothing to do); measured as blind286, and never learned
    /// from or tuned on.</summary>
    public const string Blind290File = "messages.blind290.nl.jsonl";

    /// <summary>Written blind for Schouwen-Duiveland (an island of summer tourism and empty winter villages, retired
    /// newcomers, seasonal workers, mussel and oyster farming, far from the hospital in Goes); measured as blind286, and
    /// never learned from or tuned on.</summary>
    public const string Blind291File = "messages.blind291.nl.jsonl";

    /// <summary>Written blind for Doetinchem and Aalten (an Achterhoek regional town and a small border town, neighbour
    /// help, furniture and metal factories, farmers, work across the German border, dialect at home); measured as
    /// blind286, and never learned from or tuned on.</summary>
    public const string Blind292File = "messages.blind292.nl.jsonl";

    /// <summary>Written blind for Nissewaard (Spijkenisse's flats of the 1970s and 1980s, port and refinery shift
    /// workers, many older people, young families with debts, villages on the edge of the polders); measured as blind286
    /// and never learned from; a calm decision sign was written on its false alarms after it was measured.</summary>
    public const string Blind293File = "messages.blind293.nl.jsonl";

    /// <summary>Written blind for Opmeer and West-Friesland's villages (tulip and seed farms, dike villages along the
    /// IJsselmeer, older people in their own house, young couples without a home in the village, agency workers);
    /// sealed until measured once with the recognizer of db5c032, the twenty-ninth round (3 Dec), and never learned from
    /// or tuned on.</summary>
    public const string Blind294File = "messages.blind294.nl.jsonl";

    /// <summary>Written blind for Rheden and Brummen (Velp's villas beside poorer streets in Dieren, a large care
    /// institution for people with a disability, commuters to Arnhem, young people at the station); measured as
    /// blind294, and never learned from or tuned on.</summary>
    public const string Blind295File = "messages.blind295.nl.jsonl";

    /// <summary>Written blind for Borne, Wierden and Twenterand (former textile towns, family firms, strong church and
    /// village life, Turkish and Moluccan communities, villages without a shop); measured as blind294 and never learned
    /// from; a decision sign was written on its missed crisis after it was measured.</summary>
    public const string Blind296File = "messages.blind296.nl.jsonl";

    /// <summary>Written blind for Montferland and Bronckhorst (small Achterhoek towns on the German border, farms and
    /// castles, older people living far apart, work across the border, cut bus lines); measured as blind294 and never
    /// learned from; a decision sign was written on its missed crisis after it was measured.</summary>
    public const string Blind297File = "messages.blind297.nl.jsonl";

    /// <summary>Written blind for Lopik, Montfoort and Oudewater (small towns and dairy villages in the Lopikerwaard, a
    /// strong church community, family businesses, older farmers whose children left, few evening buses); measured as
    /// blind294, and never learned from or tuned on.</summary>
    public const string Blind298File = "messages.blind298.nl.jsonl";

    /// <summary>Written blind for Voorne aan Zee (beach villages and Brielle's fortress town, retired people, seasonal
    /// work at campsites, Maasvlakte port and refinery workers, far from the hospital); measured as blind294, and never
    /// learned from or tuned on.</summary>
    public const string Blind299File = "messages.blind299.nl.jsonl";

    /// <summary>Written blind for Bladel, Eersel, Reusel-De Mierden and Bergeijk (Kempen villages near the Belgian
    /// border, pig farmers under nitrogen rules, Polish labour migrants, strong clubs, commuters to Eindhoven); measured
    /// as blind294, and never learned from or tuned on.</summary>
    public const string Blind300File = "messages.blind300.nl.jsonl";

    /// <summary>Written blind for Gennep, Mook en Middelaar and Bergen (Limburg river villages along the Maas flooded in
    /// 2021, holiday parks lived in all year, older people alone, Germans across the border); measured as blind294 and
    /// never learned from; a decision sign was written on its missed crisis after it was measured.</summary>
    public const string Blind301File = "messages.blind301.nl.jsonl";

    /// <summary>Written blind for Epe, Olst-Wijhe and Voorst (villages between the IJssel and the Veluwe woods, retired
    /// newcomers, holiday parks, dairy and pig farmers, few buses); measured as blind302 and never learned from; a calm
    /// sign was written on one of its false alarms after it was measured.</summary>
    public const string Blind302File = "messages.blind302.nl.jsonl";

    /// <summary>Written blind for Neder-Betuwe, Buren and West Betuwe (fruit farms and tree nurseries, seasonal workers
    /// from Poland and Romania, a strict Reformed church community, large families); measured as blind302 and never learned
    /// from; a decision sign was written on its missed crisis after it was measured.</summary>
    public const string Blind303File = "messages.blind303.nl.jsonl";

    /// <summary>Written blind for Nieuwkoop, Kaag en Braassem and Zuidplas (lakes and peat meadows of the Groene Hart, new
    /// estates beside dike villages, greenhouse workers, commuters); measured as blind302 and never learned from; a
    /// decision sign was written on its missed crisis after it was measured.</summary>
    public const string Blind304File = "messages.blind304.nl.jsonl";

    /// <summary>Written blind for the Hoeksche Waard and Midden-Delfland (farm villages and dikes south of Rotterdam, young
    /// families who left the city, harbour and transport workers); measured as blind302, and never learned from or tuned
    /// on.</summary>
    public const string Blind305File = "messages.blind305.nl.jsonl";

    /// <summary>Written blind for Vijfheerenlanden, Heeze-Leende and Nuenen (a glass town, Brainport expats and students,
    /// older people, caravan families, old neighbourhoods); measured as blind302, and never learned from or tuned
    /// on.</summary>
    public const string Blind306File = "messages.blind306.nl.jsonl";

    /// <summary>Written blind for Oirschot, Waalre, Boekel, Maashorst and Sint-Michielsgestel (an army base, villas beside
    /// social housing, pig farms, carnival, a large care institution, Polish meat workers); measured as blind302, and never
    /// learned from or tuned on.</summary>
    public const string Blind307File = "messages.blind307.nl.jsonl";

    /// <summary>Written blind for Baarle-Nassau, Loon op Zand, Beesel, Echt-Susteren, Stein and Meerssen (a village mixed
    /// with Belgium, an amusement park's seasonal staff, former mining towns, Chemelot, border work); measured as blind302
    /// and never learned from; a calm sign was written on one of its false alarms after it was measured.</summary>
    public const string Blind308File = "messages.blind308.nl.jsonl";

    /// <summary>Written blind for Simpelveld, Voerendaal, Beekdaelen, Peel en Maas, Horst aan de Maas, Sluis, Veere and
    /// Noord-Beveland (South Limburg hill villages, asparagus and mushroom farms with labour migrants, Zeeland's coast
    /// empty in winter); measured as blind302 and never learned from; a calm sign was written on one of its false alarms
    /// after it was measured.</summary>
    public const string Blind309File = "messages.blind309.nl.jsonl";

    /// <summary>Written blind for Hof van Twente and Haaksbergen (former textile towns, farms, neighbourhood help,
    /// Twents dialect, older people in their own house, young people who leave); measured as blind310, and never
    /// learned from or tuned on.</summary>
    public const string Blind310File = "messages.blind310.nl.jsonl";

    /// <summary>Written blind for Westerveld and Midden-Drenthe (heathland, campsites and holiday homes, dairy farms,
    /// village schools, former peat villages with little money, far from the hospital); measured as blind310, and never
    /// learned from or tuned on.</summary>
    public const string Blind311File = "messages.blind311.nl.jsonl";

    /// <summary>Written blind for Eemnes and Baarn (a former royal palace, villas beside old social housing, commuters,
    /// older widows in big houses, young people who cannot afford to stay); measured as blind310 and never learned
    /// from; decision signs were written on its two missed crises, and a calm sign on a false alarm, after it was
    /// measured.</summary>
    public const string Blind312File = "messages.blind312.nl.jsonl";

    /// <summary>Written blind for the Krimpenerwaard (dairy villages in peat meadows, Schoonhoven's silver, a strict
    /// Reformed community, narrow dike roads, older farmers, commuters); measured as blind310 and never learned from; a
    /// calm sign was written on one of its false alarms after it was measured.</summary>
    public const string Blind313File = "messages.blind313.nl.jsonl";

    /// <summary>Written blind for Gilze en Rijen, Laarbeek and Son en Breugel (an air base, a former leather industry,
    /// carnival, Brainport commuters in new estates, warehouse workers); measured as blind310 and never learned from; a
    /// decision sign was written on its missed crisis, and a calm sign on a false alarm, after it was measured.</summary>
    public const string Blind314File = "messages.blind314.nl.jsonl";

    /// <summary>Written blind for Noordenveld and Westerwolde (woods and farmland, the asylum registration centre in
    /// Ter Apel, former peat colonies, the German border, young people who leave); measured as blind310, and never
    /// learned from or tuned on.</summary>
    public const string Blind315File = "messages.blind315.nl.jsonl";

    /// <summary>Written blind for Tytsjerksteradiel (Frisian-speaking villages by the lakes and the Prinses Margriet
    /// canal, farmers and young families, older people who speak Frisian first); measured as blind310 and never learned
    /// from; calm signs were written on two of its false alarms after it was measured.</summary>
    public const string Blind316File = "messages.blind316.nl.jsonl";

    /// <summary>Written blind for Terschelling and Schiermonnikoog (Wadden islands: tourism in summer and empty
    /// villages in winter, seasonal workers, the ferry, no hospital, older islanders alone); measured as blind310 and
    /// never learned from; one word was added to the rule for a bare letter after it was measured.</summary>
    public const string Blind317File = "messages.blind317.nl.jsonl";

    /// <summary>Written blind for Heumen (villages between the woods and the Maas near Nijmegen, a holiday park lived
    /// in all year, older couples, students, farmers along the river); measured as blind318, and never learned from or
    /// tuned on.</summary>
    public const string Blind318File = "messages.blind318.nl.jsonl";

    /// <summary>Written blind for Hardinxveld-Giessendam and Alblasserdam (shipyards and dredging, a strict Reformed
    /// community, large families, Kinderdijk's tourists, work on the water); measured as blind318, and never learned
    /// from or tuned on.</summary>
    public const string Blind319File = "messages.blind319.nl.jsonl";

    /// <summary>Written blind for Oegstgeest and Zoeterwoude (students and international researchers near Leiden, expat
    /// families, dairy villages, a brewery, older people in service flats); measured as blind318, and never learned
    /// from or tuned on.</summary>
    public const string Blind320File = "messages.blind320.nl.jsonl";

    /// <summary>Written blind for Bunnik and Utrechtse Heuvelrug (woods and estates, large care institutions, wealthy
    /// retirees, fruit farms, commuters); measured as blind318 and never learned from; a decision sign was written on
    /// its missed crisis after it was measured.</summary>
    public const string Blind321File = "messages.blind321.nl.jsonl";

    /// <summary>Written blind for Blaricum and Laren (villas and artists' villages in the Gooi, lonely wealthy older
    /// people, domestic staff, a small social housing estate, teenagers with money); measured as blind318 and never
    /// learned from; a calm sign was written on one of its false alarms after it was measured.</summary>
    public const string Blind322File = "messages.blind322.nl.jsonl";

    /// <summary>Written blind for Weesp and Ouder-Amstel (a fortress town next to Amsterdam, a stadium and offices in
    /// Duivendrecht, commuters, young families, Schiphol's night workers); measured as blind318, and never learned from
    /// or tuned on.</summary>
    public const string Blind323File = "messages.blind323.nl.jsonl";

    /// <summary>Written blind for Beemster, Koggenland and Drechterland (polders and cheese farms, dike villages, fruit
    /// growers with seasonal workers, older people alone in farmhouses); measured as blind318, and never learned from
    /// or tuned on.</summary>
    public const string Blind324File = "messages.blind324.nl.jsonl";

    /// <summary>Written blind for Zandvoort (a beach town with day tourists and the Formula 1 circuit, seasonal
    /// workers, older people in flats, empty streets in winter); measured as blind318 and never learned from; a
    /// decision sign was written on its missed crisis after it was measured.</summary>
    public const string Blind325File = "messages.blind325.nl.jsonl";

    /// <summary>Written blind for Woudrichem and the Land van Heusden en Altena (a fortress town on the river, dike
    /// villages, ferries, small farmers, older people far from services, young people who leave for the city); measured
    /// as blind326 and never learned from; a decision sign was written on its missed crisis and a calm sign on one of
    /// its false alarms after it was measured.</summary>
    public const string Blind326File = "messages.blind326.nl.jsonl";

    /// <summary>Written blind for Leiderdorp (a suburb of Leiden with a hospital, flats from the seventies, young
    /// families, students who commute, older people in service flats); measured as blind326 and never learned from; a
    /// calm sign was written on one of its false alarms after it was measured.</summary>
    public const string Blind327File = "messages.blind327.nl.jsonl";

    /// <summary>Written blind for Hendrik-Ido-Ambacht (a growing commuter town near Dordrecht and Rotterdam, strict
    /// church families, new housing estates, shipyard and port workers, teenagers on scooters); measured as blind326 and
    /// never learned from; calm signs were written on three of its false alarms after it was measured.</summary>
    public const string Blind328File = "messages.blind328.nl.jsonl";

    /// <summary>Written blind for Groesbeek and Berg en Dal (wooded hills near Nijmegen and the German border, war
    /// cemeteries, holiday parks with people living there permanently, care homes); measured as blind326, and never
    /// learned from or tuned on.</summary>
    public const string Blind329File = "messages.blind329.nl.jsonl";

    /// <summary>Written blind for Boxmeer and Sint Anthonis (the Land van Cuijk: a hospital town, pig and poultry farms,
    /// Polish and Romanian meat workers, villages with one shop, carers of older parents); measured as blind326 and
    /// never learned from; a decision sign was written on its missed crisis and a calm sign on one of its false alarms
    /// after it was measured.</summary>
    public const string Blind330File = "messages.blind330.nl.jsonl";

    /// <summary>Written blind for Veghel and Schijndel (Meierijstad: food factories and distribution centres, labour
    /// migrants, carnival, young families in new estates, debts from shift work); measured as blind326, and never
    /// learned from or tuned on.</summary>
    public const string Blind331File = "messages.blind331.nl.jsonl";

    /// <summary>Written blind for Lith and Ravenstein (Oss: river villages on the Maas, a small fortress town, dike
    /// farms, older couples, young people without a bus in the evening); measured as blind326, and never learned from or
    /// tuned on.</summary>
    public const string Blind332File = "messages.blind332.nl.jsonl";

    /// <summary>Written blind for Scherpenzeel and Renswoude (small villages on the edge of the Gelderse Vallei, strict
    /// church life, a big care institution for people with a disability, farmers, commuters); measured as blind326 and
    /// never learned from; a calm sign was written on one of its false alarms after it was measured.</summary>
    public const string Blind333File = "messages.blind333.nl.jsonl";

    /// <summary>Written blind for Wolvega and Noordwolde (the Stellingwerven in south-east Friesland: a wickerwork
    /// village, peat colonies, a harness-racing track, older people alone in the countryside, young people leaving,
    /// Stellingwerfs and Frisian spoken); measured as blind334 and never learned from; a rule for a bare word was
    /// widened on its vague message given a need after it was measured.</summary>
    public const string Blind334File = "messages.blind334.nl.jsonl";

    /// <summary>Written blind for Musselkanaal and Vlagtwedde (canal villages in south-east Groningen near the German
    /// border: closed strawboard and potato factories, long-term unemployment, cheap houses, newcomers from the
    /// Randstad, older people alone); measured as blind334 and never learned from; a decision sign was written on its
    /// missed crisis after it was measured.</summary>
    public const string Blind335File = "messages.blind335.nl.jsonl";

    /// <summary>Written blind for Giethoorn, Vollenhove and Genemuiden (a water village full of tourists, a small old
    /// harbour town, the carpet and artificial grass factories of Genemuiden, strict church life, boat rental and
    /// seasonal work); measured as blind334, and never learned from or tuned on.</summary>
    public const string Blind336File = "messages.blind336.nl.jsonl";

    /// <summary>Written blind for Vriezenveen and Nijverdal (north Twente: textile history, factory and warehouse
    /// workers, strong church and village life, young families, older people who worked in the mills); measured as
    /// blind334 and never learned from; a decision sign was written on its missed crisis after it was
    /// measured.</summary>
    public const string Blind337File = "messages.blind337.nl.jsonl";

    /// <summary>Written blind for Groenlo and Lichtenvoorde (the east Achterhoek: Catholic small towns, a big brewery,
    /// horse shows and a huge festival, small family businesses, farmers, young people who stay close to their parents);
    /// measured as blind334 and never learned from; a calm sign was widened on one of its false alarms after it was
    /// measured.</summary>
    public const string Blind338File = "messages.blind338.nl.jsonl";

    /// <summary>Written blind for Panningen and Helden (Peel en Maas in north Limburg: asparagus and mushroom farms,
    /// seasonal workers from Eastern Europe, carnival, villages near the logistics of Venlo, Limburgish spoken);
    /// measured as blind334 and never learned from; a decision sign was written on its missed crisis and calm signs on
    /// two of its false alarms after it was measured.</summary>
    public const string Blind339File = "messages.blind339.nl.jsonl";

    /// <summary>Written blind for Budel and Maarheeze (Cranendonck on the Belgian border: a zinc factory, heath and
    /// woods, commuters to Eindhoven, a refugee reception centre nearby, older villagers, Belgian neighbours); measured
    /// as blind334, and never learned from or tuned on.</summary>
    public const string Blind340File = "messages.blind340.nl.jsonl";

    /// <summary>Written blind for Dokkum and Kollum (north-east Friesland: an old market town, Frisian as first
    /// language, dairy farms, the fishing harbour of Lauwersoog, young people without work, older people far from the
    /// hospital); measured as blind334, and never learned from or tuned on.</summary>
    public const string Blind341File = "messages.blind341.nl.jsonl";

    /// <summary>Written blind for Zuidhorn and Grootegast (commuter villages west of the city of Groningen: a train to
    /// the city, dairy farmers, new estates with young families, older people in the small villages around, a sheltered
    /// workplace); measured as blind342 and never learned from; a calm sign was written on one of its false alarms after
    /// it was measured.</summary>
    public const string Blind342File = "messages.blind342.nl.jsonl";

    /// <summary>Written blind for Exloo and Klazienaveen (south-east Drenthe: hunebedden and campsites full of tourists,
    /// a former peat colony with low incomes and old workers' houses, factories and the zoo in nearby Emmen); measured
    /// as blind342 and never learned from; a decision sign was written on its missed crisis and a calm sign widened on
    /// one of its false alarms after it was measured.</summary>
    public const string Blind343File = "messages.blind343.nl.jsonl";

    /// <summary>Written blind for Heino and Hasselt (a Salland village with pig farms and a castle, a small old
    /// Hanseatic town on the Zwarte Water, strict church life, young farmers, older couples, commuters to Zwolle);
    /// measured as blind342, and never learned from or tuned on.</summary>
    public const string Blind344File = "messages.blind344.nl.jsonl";

    /// <summary>Written blind for Ulft and Gendringen (the Achterhoek near the German border: a closed iron foundry
    /// turned into a cultural site, factory workers, low incomes, carnival, German neighbours, older people alone);
    /// measured as blind342, and never learned from or tuned on.</summary>
    public const string Blind345File = "messages.blind345.nl.jsonl";

    /// <summary>Written blind for Bemmel and Huissen (between Arnhem and Nijmegen: greenhouses and fruit farms with
    /// labour migrants, a small old town on the Rhine, young families in new estates, commuters); measured as blind342,
    /// and never learned from or tuned on.</summary>
    public const string Blind346File = "messages.blind346.nl.jsonl";

    /// <summary>Written blind for Heesch and Nistelrode (Brabant villages near Oss: carnival, a big meat and food
    /// industry, young families, teenagers who party, mantelzorgers of older parents, small businesses); measured as
    /// blind342, and never learned from or tuned on.</summary>
    public const string Blind347File = "messages.blind347.nl.jsonl";

    /// <summary>Written blind for Joure and Bolsward (south-west Friesland: a coffee factory town, an old Hanseatic
    /// town, Frisian as first language, water sports, older people alone, young people without a car); measured as
    /// blind342, and never learned from or tuned on.</summary>
    public const string Blind348File = "messages.blind348.nl.jsonl";

    /// <summary>Written blind for Dinxperlo (a border village grown together with the German town of Suderwick: shopping
    /// across the border, small industry, older people, German neighbours and cross-border workers); measured as
    /// blind342, and never learned from or tuned on.</summary>
    public const string Blind349File = "messages.blind349.nl.jsonl";

    /// <summary>Written blind for Schoonebeek (a village in south-east Drenthe on the German border with an old oil
    /// field and nodding donkeys, farmers, older people, commuters to Emmen and Germany, a strong village association);
    /// measured as blind350 and never learned from; a decision sign was written on its missed crisis after it was
    /// measured.</summary>
    public const string Blind350File = "messages.blind350.nl.jsonl";

    /// <summary>Written blind for Zuidwolde and Havelte (Drenthe villages: a village with care farms and holiday parks,
    /// a village next to an army training area with soldiers' families, heath and forest, older couples); measured as
    /// blind350, and never learned from or tuned on.</summary>
    public const string Blind351File = "messages.blind351.nl.jsonl";

    /// <summary>Written blind for Surhuisterveen and Buitenpost (Achtkarspelen in Friesland: shopping on Sundays in one
    /// village, strict church life in the other, dairy farms, young families, Frisian and Dutch spoken); measured as
    /// blind350, and never learned from or tuned on.</summary>
    public const string Blind352File = "messages.blind352.nl.jsonl";

    /// <summary>Written blind for Marum and Peize (villages between Groningen and Drenthe: a nursing home and a
    /// sheltered workplace, commuters to the city of Groningen, farmers, older people alone, teenagers on mopeds);
    /// measured as blind350 and never learned from; a calm sign was widened on one of its false alarms after it was
    /// measured.</summary>
    public const string Blind353File = "messages.blind353.nl.jsonl";

    /// <summary>Written blind for Dedemsvaart and Balkbrug (a long canal village in Overijssel with a big care
    /// institution for people with a disability, market gardening, factory workers, strict church families, older
    /// couples); measured as blind350 and never learned from; calm signs were widened on two of its false alarms after
    /// it was measured.</summary>
    public const string Blind354File = "messages.blind354.nl.jsonl";

    /// <summary>Written blind for Borculo and Ruurlo (the Achterhoek: a small town hit by a tornado long ago, a cheese
    /// factory and farms, village life with fairs and clubs, older farmers, young people who leave for Enschede);
    /// measured as blind350, and never learned from or tuned on.</summary>
    public const string Blind355File = "messages.blind355.nl.jsonl";

    /// <summary>Written blind for Didam and Terborg (Montferland and the Achterhoek: commuters to Arnhem and Doetinchem,
    /// a closed factory site, carnival, labour migrants in old farmhouses, young families); measured as blind350, and
    /// never learned from or tuned on.</summary>
    public const string Blind356File = "messages.blind356.nl.jsonl";

    /// <summary>Written blind for Sevenum and Nieuwleusen (two villages far apart: a north Limburg village with a big
    /// amusement park and greenhouses, and an Overijssel village with strict church life and small businesses); measured
    /// as blind350 and never learned from; a calm sign was widened on one of its false alarms after it was
    /// measured.</summary>
    public const string Blind357File = "messages.blind357.nl.jsonl";

    /// <summary>Written blind for Zierikzee and Middelharnis (island towns in Zeeland and South Holland: an old harbour
    /// town with tourists in summer, farmers and seasonal workers, strict church villages, older people far from a
    /// hospital); measured as blind358 and never learned from; a decision sign came from its missed crisis and a calm sign
    /// from one of its false alarms after it was measured.</summary>
    public const string Blind358File = "messages.blind358.nl.jsonl";

    /// <summary>Written blind for Wormerveer and Krommenie (the Zaanstreek: old factory towns along the Zaan, Turkish and
    /// Moroccan families, commuters to Amsterdam, terraced houses, older people who worked in the factories); measured as
    /// blind358, and never learned from or tuned on.</summary>
    public const string Blind359File = "messages.blind359.nl.jsonl";

    /// <summary>Written blind for Winschoten and Oude Pekela (East Groningen: high unemployment, debts and poverty, old
    /// rented houses, single mothers, a lot of people on benefits, a strong sense of community); measured as blind358 and
    /// never learned from; calm signs were added or widened on two of its false alarms after it was measured.</summary>
    public const string Blind360File = "messages.blind360.nl.jsonl";

    /// <summary>Written blind for Loppersum and Middelstum (the Groningen earthquake area: damaged houses, years of
    /// reinforcement and claims, stress and distrust, farmers, older people, families in temporary homes); measured as
    /// blind358 and never learned from; a calm sign was widened on its false alarm after it was measured.</summary>
    public const string Blind361File = "messages.blind361.nl.jsonl";

    /// <summary>Written blind for Denekamp and Ootmarsum (north-east Twente on the German border: Catholic villages,
    /// tourists and artists, a textile past, farmers, older people, Easter fires and village clubs); measured as blind358
    /// and never learned from; calm signs were added or widened on three of its false alarms after it was
    /// measured.</summary>
    public const string Blind362File = "messages.blind362.nl.jsonl";

    /// <summary>Written blind for Vianen and Leerdam (a town by the motorway and the river Lek with a new housing estate,
    /// and a town with a glass factory: young families, commuters, factory workers, older people in the centre); measured
    /// as blind358 and never learned from; a calm sign came from its false alarm after it was measured.</summary>
    public const string Blind363File = "messages.blind363.nl.jsonl";

    /// <summary>Written blind for Bussum (a well-off town in het Gooi: media people, widows in big houses, hidden
    /// loneliness, burn-out, teenagers under pressure at school, au pairs and cleaners from abroad); measured as blind358
    /// and never learned from; a calm sign came from one of its false alarms after it was measured.</summary>
    public const string Blind364File = "messages.blind364.nl.jsonl";

    /// <summary>Written blind for Emmeloord (the Noordoostpolder: a planned town in the middle of the polder, farm workers,
    /// Polish, Romanian and Bulgarian labour migrants, fishermen's families from Urk nearby, young families); measured as
    /// blind358 and never learned from; a calm sign came from one of its false alarms after it was measured.</summary>
    public const string Blind365File = "messages.blind365.nl.jsonl";

    /// <summary>Written blind for Hoogezand and Slochteren (Midden-Groningen: shipyards and an old strawboard industry, a
    /// lot of social housing, earthquake damage, young families on low incomes, older people); measured as blind366, and
    /// never learned from or tuned on.</summary>
    public const string Blind366File = "messages.blind366.nl.jsonl";

    /// <summary>Written blind for Marken and Monnickendam (Waterland: a former island village with day tourists and strict
    /// traditions, fishermen's families, commuters to Amsterdam, older people alone); measured as blind366, and never
    /// learned from or tuned on.</summary>
    public const string Blind367File = "messages.blind367.nl.jsonl";

    /// <summary>Written blind for Oostburg and Breskens (Zeeuws-Vlaanderen: far from the rest of the Netherlands, Belgian
    /// neighbours across the border, a ferry port, tourists in summer, farmers, older people, young people who leave);
    /// measured as blind366 and never learned from; a calm sign came from one of its false alarms after it was
    /// measured.</summary>
    public const string Blind368File = "messages.blind368.nl.jsonl";

    /// <summary>Written blind for Oosterbeek (a green village by Arnhem with war memories, many care homes and older
    /// people, students, families, a big mental health care campus nearby); measured as blind366, and never learned from or
    /// tuned on.</summary>
    public const string Blind369File = "messages.blind369.nl.jsonl";

    /// <summary>Written blind for Appingedam and Uithuizen (north Groningen: an old market town with earthquake repairs, a
    /// sea harbour and a power station, farmers, an ageing population, few jobs); measured as blind366 and never learned
    /// from; a decision sign came from its missed crisis, calm signs were widened on two of its false alarms and the rule
    /// for a bare letter on its vague message after it was measured.</summary>
    public const string Blind370File = "messages.blind370.nl.jsonl";

    /// <summary>Written blind for Sint-Oedenrode (Meierijstad in Brabant: Catholic village life, pig farmers, young
    /// families, carnival, labour migrants in bungalow parks); measured as blind366 and never learned from; a decision sign
    /// came from its missed crisis after it was measured.</summary>
    public const string Blind371File = "messages.blind371.nl.jsonl";

    /// <summary>Written blind for Mijdrecht and Abcoude (commuter villages between Utrecht and Amsterdam: peat meadows, a
    /// business park, young families, expats, older people alone); measured as blind366, and never learned from or tuned
    /// on.</summary>
    public const string Blind372File = "messages.blind372.nl.jsonl";

    /// <summary>Written blind for Makkum and Workum (Frisian harbour towns by the IJsselmeer: water sports and tourists,
    /// pottery, fishermen, seasonal jobs, older people, Frisian spoken); measured as blind366 and never learned from; a
    /// decision sign was widened on its missed crisis and calm signs were added or widened on three of its false alarms
    /// after it was measured.</summary>
    public const string Blind373File = "messages.blind373.nl.jsonl";

    /// <summary>Written blind for Zuidlaren and Eelde (Drenthe villages by the city of Groningen: a small airport, a big
    /// horse market, well-off commuters, older people, students, the old grounds of a psychiatric institution); measured as
    /// blind374 and never learned from; a calm sign was widened on one of its false alarms after it was measured.</summary>
    public const string Blind374File = "messages.blind374.nl.jsonl";

    /// <summary>Written blind for Reuver and Roggel (middle Limburg: Catholic village clubs, asparagus farms, labour
    /// migrants, older people, Limburgish spoken, young families in new estates); measured as blind374 and never learned
    /// from; a calm sign came from one of its false alarms after it was measured.</summary>
    public const string Blind375File = "messages.blind375.nl.jsonl";

    /// <summary>Written blind for Rijnsburg (a flower-auction village in South Holland with strict church life, big
    /// families, greenhouse workers from Poland, young couples in small houses); measured as blind374 and never learned
    /// from; a calm sign came from one of its false alarms after it was measured.</summary>
    public const string Blind376File = "messages.blind376.nl.jsonl";

    /// <summary>Written blind for Vaassen and Twello (villages on the Veluwe and by the IJssel: a castle and forest, small
    /// factories, bungalow parks where people live all year, older people, young families); measured as blind374, and never
    /// learned from or tuned on.</summary>
    public const string Blind377File = "messages.blind377.nl.jsonl";

    /// <summary>Written blind for Yerseke and Arnemuiden (Zeeland: a mussel and oyster village with fishermen's families
    /// and strict church life, and a village by the railway, seasonal workers, older people); measured as blind374 and
    /// never learned from; a calm sign came from one of its false alarms after it was measured.</summary>
    public const string Blind378File = "messages.blind378.nl.jsonl";

    /// <summary>Written blind for Oosterwolde and Appelscha (south-east Friesland: forests and campsites, high
    /// unemployment, young people who leave, older people, Frisian and Stellingwerfs spoken); measured as blind374 and
    /// never learned from; a calm sign came from one of its false alarms after it was measured.</summary>
    public const string Blind379File = "messages.blind379.nl.jsonl";

    /// <summary>Written blind for Wijk bij Duurstede and Driebergen (Utrecht: a small old town by the river with young
    /// families and commuters, and a well-off forest village with villas and care homes); measured as blind374 and never
    /// learned from; calm signs were added or widened on three of its false alarms and the rule for a bare letter on its
    /// vague message after it was measured.</summary>
    public const string Blind380File = "messages.blind380.nl.jsonl";

    /// <summary>Written blind for Oude-Tonge (Goeree-Overflakkee: a village with many newcomers and labour migrants from
    /// Eastern Europe, strict church life, farmers, older people, far from a hospital); measured as blind374 and never
    /// learned from; a calm sign came from one of its false alarms after it was measured.</summary>
    public const string Blind381File = "messages.blind381.nl.jsonl";

    /// <summary>Written blind for Roden (a big village in north Drenthe: a skating rink and a mental health care clinic,
    /// commuters to Groningen, older people, families with debts, teenagers with little to do); measured as blind382 and
    /// never learned from; a decision sign came from its missed crisis after it was measured.</summary>
    public const string Blind382File = "messages.blind382.nl.jsonl";

    /// <summary>Written blind for Beilen and Westerbork (middle Drenthe: a war camp memorial, dairy farms, an asylum
    /// seekers' centre nearby, older people, young families, strict church villages); measured as blind382 and never
    /// learned from; calm signs were widened on two of its false alarms after it was measured.</summary>
    public const string Blind383File = "messages.blind383.nl.jsonl";

    /// <summary>Written blind for Eibergen and Varsseveld (the Achterhoek: a textile past, Catholic and Protestant
    /// villages, a big care farm, young people who leave, older couples, small firms); measured as blind382 and never
    /// learned from; calm signs were added or widened on three of its false alarms after it was measured.</summary>
    public const string Blind384File = "messages.blind384.nl.jsonl";

    /// <summary>Written blind for Zetten and Kesteren (the Betuwe: fruit farms and seasonal workers, a youth care
    /// institution, commuters, strict church families, a railway village); measured as blind382, and never learned from or
    /// tuned on.</summary>
    public const string Blind385File = "messages.blind385.nl.jsonl";

    /// <summary>Written blind for Gorredijk (a canal village in south-east Friesland: small businesses, farmers, older
    /// people, Frisian spoken, teenagers with little to do, a food bank); measured as blind382 and never learned from; a
    /// decision sign was widened on its missed crisis and calm signs on two of its false alarms after it was
    /// measured.</summary>
    public const string Blind386File = "messages.blind386.nl.jsonl";

    /// <summary>Written blind for Andijk and Wervershoof (West-Friesland: greenhouses and bulb fields, Polish workers, a
    /// long dike village by the IJsselmeer, older people, church families); measured as blind382, and never learned from or
    /// tuned on.</summary>
    public const string Blind387File = "messages.blind387.nl.jsonl";

    /// <summary>Written blind for Breukelen and Loenen (the Vecht: well-off old villages by a motorway, commuters, older
    /// people in large houses, young people who cannot find a home); measured as blind382, and never learned from or tuned
    /// on.</summary>
    public const string Blind388File = "messages.blind388.nl.jsonl";

    /// <summary>Written blind for Schinveld (Zuid-Limburg by the German border and an airbase: plane noise, miners'
    /// families, older people, Limburgish spoken, people who work in Germany); measured as blind382 and never learned from;
    /// decision signs came from its two missed crises after it was measured.</summary>
    public const string Blind389File = "messages.blind389.nl.jsonl";

    /// <summary>Written blind for Nieuw-Amsterdam and Gramsbergen (south-east Drenthe and the Vechtdal: peat colony
    /// villages with old workers' houses along a canal, low incomes, older people, young families, a painter's museum);
    /// measured as blind390, and never learned from or tuned on.</summary>
    public const string Blind390File = "messages.blind390.nl.jsonl";

    /// <summary>Written blind for Gieten and Gasselte (Drenthe heath villages: campsites and holiday parks, farmers, older
    /// people, commuters to Assen and Groningen, a village doctor who is retiring); measured as blind390, and never learned
    /// from or tuned on.</summary>
    public const string Blind391File = "messages.blind391.nl.jsonl";

    /// <summary>Written blind for Gendt (a village on the Waal: brickworks and a small harbour, Catholic village life,
    /// older people, commuters to Nijmegen, young families); measured as blind390 and never learned from; a decision sign
    /// came from its missed crisis after it was measured.</summary>
    public const string Blind392File = "messages.blind392.nl.jsonl";

    /// <summary>Written blind for Geldermalsen (the Betuwe: a railway junction town with new estates, fruit growers, young
    /// families, an old army site, strict church families); measured as blind390 and never learned from; a decision sign
    /// was widened on its missed crisis after it was measured.</summary>
    public const string Blind393File = "messages.blind393.nl.jsonl";

    /// <summary>Written blind for Thorn (the white town in middle Limburg near the Belgian border: tourists, a small ageing
    /// population, Limburgish spoken, farmers, people who work in Belgium); measured as blind390 and never learned from; a
    /// calm sign was widened on one of its false alarms after it was measured.</summary>
    public const string Blind394File = "messages.blind394.nl.jsonl";

    /// <summary>Written blind for Winsum and Zoutkamp (north Groningen: a fishing harbour and a village by the Reitdiep,
    /// farmers, older people, earthquake damage, young people who leave for the city); measured as blind390, and never
    /// learned from or tuned on.</summary>
    public const string Blind395File = "messages.blind395.nl.jsonl";

    /// <summary>Written blind for Lunteren (a Veluwe village with strict church life, big families, a furniture industry,
    /// young couples looking for a house, older people); measured as blind390 and never learned from; a decision sign came
    /// from its missed crisis after it was measured.</summary>
    public const string Blind396File = "messages.blind396.nl.jsonl";

    /// <summary>Written blind for Domburg and Westkapelle (Walcheren seaside villages: tourists and holiday homes,
    /// fishermen, older people alone in winter, seasonal work, a dike and a lighthouse); measured as blind390, and never
    /// learned from or tuned on.</summary>
    public const string Blind397File = "messages.blind397.nl.jsonl";

    /// <summary>Written blind for Egmond aan Zee and Egmond-Binnen (North Holland coast: a fishing village turned
    /// seaside resort, an old abbey, holiday homes, seasonal work in beach pavilions, older people alone in winter,
    /// young people who cannot find a house); measured as blind398, and never learned from or tuned on.</summary>
    public const string Blind398File = "messages.blind398.nl.jsonl";

    /// <summary>Written blind for Meerkerk and Ameide (Vijfheerenlanden: dike villages on the Lek, farmers, strict
    /// church families, a small industrial estate, commuters to Gorinchem and Utrecht, older people); measured as
    /// blind398, and never learned from or tuned on.</summary>
    public const string Blind399File = "messages.blind399.nl.jsonl";

    /// <summary>Written blind for Ouderkerk aan de Amstel (a village just south of Amsterdam: old families and rich
    /// newcomers, a Jewish cemetery, cyclists and day tourists, young people priced out, care homes); measured as
    /// blind398, and never learned from or tuned on.</summary>
    public const string Blind400File = "messages.blind400.nl.jsonl";

    /// <summary>Written blind for Sint-Maartensdijk (the island Tholen in Zeeland: oyster and mussel farming, strict
    /// church life, farmers, Polish and Romanian workers, older people, a ferry-less island reached by a dam); measured
    /// as blind398, and never learned from or tuned on.</summary>
    public const string Blind401File = "messages.blind401.nl.jsonl";

    /// <summary>Written blind for Nieuw-Vennep (Haarlemmermeer: a fast-grown town near Schiphol, airport and logistics
    /// workers with night shifts, new estates, many young families, migrants, flower bulb farms); measured as blind398,
    /// and never learned from or tuned on.</summary>
    public const string Blind402File = "messages.blind402.nl.jsonl";

    /// <summary>Written blind for Bergschenhoek (Lansingerland near Rotterdam: greenhouses, commuters, new estates with
    /// big mortgages, young families, labour migrants in greenhouse work, a lake for recreation); measured as blind398,
    /// and never learned from or tuned on.</summary>
    public const string Blind403File = "messages.blind403.nl.jsonl";

    /// <summary>Written blind for Akkrum (a Frisian village on the water: Frisian spoken, boat builders and water
    /// sports, a small care home, farmers, older people, a few refugees housed in the village); measured as blind398,
    /// and never learned from or tuned on.</summary>
    public const string Blind404File = "messages.blind404.nl.jsonl";

    /// <summary>Written blind for Markelo and Goor (Twente: a village under a hill with farms and a textile town with
    /// an old factory site, Twents dialect, older people, a young family or two, an asylum centre nearby); measured as
    /// blind398, and never learned from or tuned on.</summary>
    public const string Blind405File = "messages.blind405.nl.jsonl";

    /// <summary>The parts used while shaping labels, rules and patterns.</summary>
    public static readonly string[] TuningFiles = [TuningFile, BlindFile, SituationsFile, CrisisFile, Blind2File, Blind3File, Blind4File, Blind5File];

    /// <summary>Never learned from: ours, and the blind sets sealed until measured once with a learned model.</summary>
    public static readonly string[] HeldOutFiles =
    [
        HeldOutFile, Blind26File, Blind27File, Blind28File, Blind29File, Blind30File, Blind31File, Blind32File, Blind33File,
        Blind34File, Blind35File, Blind36File, Blind37File, Blind38File, Blind39File, Blind40File, Blind41File, Blind42File,
        Blind43File, Blind44File, Blind45File, Blind46File, Blind47File, Blind48File, Blind49File,
        Blind50File, Blind51File, Blind52File, Blind53File, Blind54File, Blind55File, Blind56File, Blind57File,
        Blind58File, Blind59File, Blind60File, Blind61File, Blind62File, Blind63File, Blind64File, Blind65File,
        Blind66File, Blind67File, Blind68File, Blind69File, Blind70File, Blind71File, Blind72File, Blind73File,
        Blind74File, Blind75File, Blind76File, Blind77File, Blind78File, Blind79File, Blind80File, Blind81File,
        Blind82File, Blind83File, Blind84File, Blind85File, Blind86File, Blind87File, Blind88File, Blind89File,
        Blind90File, Blind91File, Blind92File, Blind93File, Blind94File, Blind95File, Blind96File, Blind97File,
        Blind98File, Blind99File, Blind100File, Blind101File, Blind102File, Blind103File, Blind104File, Blind105File,
        Blind106File, Blind107File, Blind108File, Blind109File,
        Blind110File, Blind111File, Blind112File, Blind113File,
        Blind114File, Blind115File, Blind116File, Blind117File,
        Blind118File, Blind119File, Blind120File, Blind121File,
        Blind122File, Blind123File, Blind124File, Blind125File,
        Blind126File, Blind127File, Blind128File, Blind129File,
        Blind130File, Blind131File, Blind132File, Blind133File,
        Blind134File, Blind135File, Blind136File, Blind137File, Blind138File, Blind139File, Blind140File, Blind141File,
        Blind142File, Blind143File, Blind144File, Blind145File, Blind146File, Blind147File, Blind148File, Blind149File,
        Blind150File, Blind151File, Blind152File, Blind153File, Blind154File, Blind155File, Blind156File, Blind157File,
        Blind158File, Blind159File, Blind160File, Blind161File,
        Blind162File, Blind163File, Blind164File, Blind165File,
        Blind166File, Blind167File, Blind168File, Blind169File,
        Blind170File, Blind171File, Blind172File, Blind173File,
        Blind174File, Blind175File, Blind176File, Blind177File,
        Blind178File, Blind179File, Blind180File, Blind181File,
        Blind182File, Blind183File, Blind184File, Blind185File,
        Blind186File, Blind187File, Blind188File, Blind189File, Blind190File, Blind191File, Blind192File, Blind193File,
        Blind194File, Blind195File, Blind196File, Blind197File, Blind198File, Blind199File, Blind200File, Blind201File,
        Blind202File, Blind203File, Blind204File, Blind205File, Blind206File, Blind207File, Blind208File, Blind209File,
        Blind210File, Blind211File, Blind212File, Blind213File, Blind214File, Blind215File, Blind216File, Blind217File,
        Blind218File, Blind219File, Blind220File, Blind221File, Blind222File, Blind223File, Blind224File, Blind225File,
        Blind226File, Blind227File, Blind228File, Blind229File, Blind230File, Blind231File, Blind232File, Blind233File,
        Blind234File, Blind235File, Blind236File, Blind237File, Blind238File, Blind239File, Blind240File, Blind241File,
        Blind242File, Blind243File, Blind244File, Blind245File, Blind246File, Blind247File, Blind248File, Blind249File,
        Blind250File, Blind251File, Blind252File, Blind253File, Blind254File, Blind255File, Blind256File, Blind257File,
        Blind258File, Blind259File, Blind260File, Blind261File, Blind262File, Blind263File, Blind264File, Blind265File,
        Blind266File, Blind267File, Blind268File, Blind269File, Blind270File, Blind271File, Blind272File, Blind273File,
        Blind274File, Blind275File, Blind276File, Blind277File, Blind278File, Blind279File, Blind280File, Blind281File,
        Blind282File, Blind283File, Blind284File, Blind285File, Blind286File, Blind287File, Blind288File, Blind289File,
        Blind290File, Blind291File, Blind292File, Blind293File, Blind294File, Blind295File, Blind296File, Blind297File,
        Blind298File, Blind299File, Blind300File, Blind301File, Blind302File, Blind303File, Blind304File, Blind305File,
        Blind306File, Blind307File, Blind308File, Blind309File, Blind310File, Blind311File, Blind312File, Blind313File,
        Blind314File, Blind315File, Blind316File, Blind317File, Blind318File, Blind319File, Blind320File, Blind321File,
        Blind322File, Blind323File, Blind324File, Blind325File, Blind326File, Blind327File, Blind328File, Blind329File,
        Blind330File, Blind331File, Blind332File, Blind333File, Blind334File, Blind335File, Blind336File, Blind337File,
        Blind338File, Blind339File, Blind340File, Blind341File, Blind342File, Blind343File, Blind344File, Blind345File,
        Blind346File, Blind347File, Blind348File, Blind349File, Blind350File, Blind351File, Blind352File, Blind353File,
        Blind354File, Blind355File, Blind356File, Blind357File, Blind358File, Blind359File, Blind360File, Blind361File,
        Blind362File, Blind363File, Blind364File, Blind365File, Blind366File, Blind367File, Blind368File, Blind369File,
        Blind370File, Blind371File, Blind372File, Blind373File, Blind374File, Blind375File, Blind376File, Blind377File,
        Blind378File, Blind379File, Blind380File, Blind381File, Blind382File, Blind383File, Blind384File, Blind385File,
        Blind386File, Blind387File, Blind388File, Blind389File, Blind390File, Blind391File, Blind392File, Blind393File,
        Blind394File, Blind395File, Blind396File, Blind397File, Blind398File, Blind399File, Blind400File, Blind401File,
        Blind402File, Blind403File, Blind404File, Blind405File,
    ];

    /// <summary>Every set in the folder. Besides the named ones, the themed sets written blind for the learned model,
    /// each by its own author (never used to shape labels or patterns).</summary>
    public static readonly string[] AllFiles = [.. Directory.EnumerateFiles(Folder, "*.jsonl").Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    /// <summary>What the shipped model learns from: every set but the held-out ones.</summary>
    public static readonly string[] LearningFiles = [.. AllFiles.Except(HeldOutFiles, StringComparer.Ordinal)];

    public static IReadOnlyList<LabelledMessage> Load(string fileName) => LabelledMessage.ReadFile(Path.Combine(Folder, fileName));

    // The sets stay in the repository (knowledge/Recognition/Messages), not beside the binaries.
    private static string Folder
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Bouwmarkt.Bot.sln")))
            {
                directory = directory.Parent;
            }

            return Path.Combine(directory?.FullName ?? throw new DirectoryNotFoundException("repository root"), "knowledge", "Recognition", "Messages");
        }
    }
}
