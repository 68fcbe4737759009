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

    /// <summary>Situations said without the usual crisis words, written for this test.</summary>
    [Theory]
    [InlineData("mijn vader ademt niet meer", CrisisKind.MedicalEmergency)]
    [InlineData("my wife collapsed and is not breathing", CrisisKind.MedicalEmergency)]
    [InlineData("mijn collega is net in elkaar gezakt", CrisisKind.MedicalEmergency)]
    [InlineData("haar lippen zijn helemaal blauw", CrisisKind.MedicalEmergency)]
    [InlineData("mijn opa wordt niet meer wakker", CrisisKind.MedicalEmergency)]
    [InlineData("opa zijn mond hangt ineens scheef", CrisisKind.MedicalEmergency)]
    [InlineData("mn moeder praat opeens heel onduidelijk", CrisisKind.MedicalEmergency)]
    [InlineData("my dad's face is drooping and his speech is slurred", CrisisKind.MedicalEmergency)]
    [InlineData("ze heeft haar hele maandvoorraad tabletten in een keer ingenomen", CrisisKind.MedicalEmergency)]
    [InlineData("he took a whole bottle of pills", CrisisKind.MedicalEmergency)]
    [InlineData("mijn broer heeft coke gebruikt en ligt te schokken", CrisisKind.MedicalEmergency)]
    [InlineData("mijn peuter is van het aanrecht op zijn hoofd gevallen en is heel suf", CrisisKind.MedicalEmergency)]
    [InlineData("mijn man is suf en verward, zijn suiker is te laag", CrisisKind.MedicalEmergency)]
    [InlineData("de co-melder gaat af en iedereen is duizelig", CrisisKind.MedicalEmergency)]
    [InlineData("mijn zoon heeft een knoopcel ingeslikt", CrisisKind.MedicalEmergency)]
    [InlineData("mn zoontje van 5 is kwijt op het strand", CrisisKind.ChildInDanger)]
    [InlineData("my daughter is missing, she is 6", CrisisKind.ChildInDanger)]
    [InlineData("mijn dochter van 2 is niet meer in huis en de deur staat open", CrisisKind.ChildInDanger)]
    [InlineData("er ligt een peuter alleen bij het water", CrisisKind.ChildInDanger)]
    [InlineData("er zit een baby in een auto in de hitte, niemand in de buurt", CrisisKind.ChildInDanger)]
    [InlineData("een vreemde man probeerde mijn zoontje mee te lokken", CrisisKind.ChildInDanger)]
    [InlineData("mijn man is stomdronken en wil met de baby in de auto rijden", CrisisKind.ChildInDanger)]
    [InlineData("ik ben zo moe en boos dat ik bang ben dat ik mijn kind iets aandoe", CrisisKind.ChildInDanger)]
    [InlineData("er staat een gast met een knuppel voor de deur", CrisisKind.Violence)]
    [InlineData("hij rent achter me aan met een hamer", CrisisKind.Violence)]
    [InlineData("my ex is banging on the door and says he will kill me", CrisisKind.Violence)]
    [InlineData("hij heeft me net tegen de muur geduwd", CrisisKind.Violence)]
    [InlineData("er wordt nu bij ons ingebroken", CrisisKind.Violence)]
    [InlineData("ik hoor de buurvrouw om hulp roepen", CrisisKind.Violence)]
    [InlineData("hij dreigt mijn naaktfoto's online te zetten", CrisisKind.Violence)]
    [InlineData("ik heb alles weggegeven en een brief voor mijn ouders geschreven", CrisisKind.Suicide)]
    [InlineData("hij appte dat hij afscheid neemt", CrisisKind.Suicide)]
    [InlineData("dit is mijn laatste post ooit", CrisisKind.Suicide)]
    [InlineData("k wil gwn voorgoed verdwijnen", CrisisKind.Suicide)]
    [InlineData("ik zie de zin er niet meer van in", CrisisKind.Suicide)]
    [InlineData("i don't see the point in living", CrisisKind.Suicide)]
    [InlineData("ik heb opgezocht hoeveel pillen dodelijk zijn", CrisisKind.Suicide)]
    [InlineData("mijn zus zei dat ze zichzelf iets gaat aandoen", CrisisKind.Suicide)]
    [InlineData("hij zegt dat hij er een eind aan gaat maken", CrisisKind.Suicide)]
    [InlineData("ik kom net uit de bak en heb geen plek om te slapen", CrisisKind.NoShelterTonight)]
    [InlineData("ik ben net uit het ziekenhuis en weet niet waar ik vannacht moet slapen", CrisisKind.NoShelterTonight)]
    [InlineData("ik slaap al vier nachten buiten en het gaat sneeuwen", CrisisKind.NoShelterTonight)]
    [InlineData("er is brand geweest, we kunnen vannacht niet in ons huis", CrisisKind.NoShelterTonight)]
    [InlineData("vorige week heb ik een poging gedaan en ik denk er nog elke dag aan", CrisisKind.Suicide)]
    [InlineData("een paar weken geleden heb ik een poging gedaan, het gaat nog steeds niet goed", CrisisKind.Suicide)]
    [InlineData("een oudere man uit een chatgroep wil morgen met mijn zoon van 12 afspreken", CrisisKind.ChildInDanger)]
    [InlineData("mijn ex dreigde gisteren ons huis in brand te steken", CrisisKind.Violence)]
    [InlineData("my dad fell down the stairs and can't get up", CrisisKind.MedicalEmergency)]
    [InlineData("mijn moeder heeft ineens pijn op haar borst", CrisisKind.MedicalEmergency)]
    [InlineData("my friend is on the floor and he isn't moving", CrisisKind.MedicalEmergency)]
    [InlineData("mijn broer appte 'sorry voor alles' en neemt niet meer op", CrisisKind.Suicide)]
    [InlineData("I am sitting on the roof and there is no reason to go on", CrisisKind.Suicide)]
    [InlineData("ik heb gezegd dat ik er straks niet meer ben", CrisisKind.Suicide)]
    [InlineData("mijn zoon mag van zijn vader niet naar binnen en het wordt vannacht koud", CrisisKind.NoShelterTonight)]
    [InlineData("Ik wil niet meer. Sorry.", CrisisKind.Suicide)]
    [InlineData("mijn ex staat beneden te bonken en zegt dat hij me wat aandoet", CrisisKind.Violence)]
    [InlineData("de kleintjes van hiernaast zijn alleen thuis, ik hoor ze huilen", CrisisKind.ChildInDanger)]
    [InlineData("de oppas is zo dronken dat ze nauwelijks kan staan en heeft de baby bij zich", CrisisKind.ChildInDanger)]
    [InlineData("mijn vader heeft me net eruit gegooid en ik zit in het park, het wordt donker", CrisisKind.NoShelterTonight)]
    [InlineData("mijn dochter van 1 heeft van de vaatwastabletten gegeten", CrisisKind.MedicalEmergency)]
    [InlineData("mijn neef slaapt al twee nachten in de fietsenstalling", CrisisKind.NoShelterTonight)]
    [InlineData("hij zei vanmiddag dat hij mij dood maakt", CrisisKind.Violence)]
    [InlineData("mijn ex zegt dat hij me wat aan gaat doen", CrisisKind.Violence)]
    [InlineData("we zitten met de kinderen in de badkamer op slot", CrisisKind.Violence)]
    [InlineData("ze laat mijn zusje niet weggaan uit haar huis", CrisisKind.Violence)]
    [InlineData("waar slaap ik vannacht, de sloten zijn vervangen", CrisisKind.NoShelterTonight)]
    [InlineData("mijn vriend ligt te schokken op de grond", CrisisKind.MedicalEmergency)]
    [InlineData("ik hoorde de buurvrouw zacht om hulp roepen achter de deur", CrisisKind.MedicalEmergency)]
    [InlineData("ik wil gewoon niet meer man, alles is klote", CrisisKind.Suicide)]
    [InlineData("ik stond bij het kanaal en dacht: ik spring er gewoon in", CrisisKind.Suicide)]
    [InlineData("kunt u informatie geven over opvang vannacht, ik sta op straat met de kinderen", CrisisKind.NoShelterTonight)]
    [InlineData("ik zoek info over wat ik moet doen want mijn man slaat me", CrisisKind.Violence)]
    [InlineData("gisteravond op het dak gezeten en gedacht aan springen", CrisisKind.Suicide)]
    [InlineData("mijn pincodes liggen op een briefje klaar voor mijn broer", CrisisKind.Suicide)]
    [InlineData("mijn vader zei bedankt voor alles en nu neemt hij niet meer op", CrisisKind.Suicide)]
    [InlineData("he said we won't have to deal with him much longer", CrisisKind.Suicide)]
    [InlineData("ik weet niet zeker of ik er morgen nog ben", CrisisKind.Suicide)]
    [InlineData("een vrouw staat al tien minuten tegen de reling van de brug", CrisisKind.Suicide)]
    [InlineData("mijn vriend heeft de voordeur ingetrapt en is binnen", CrisisKind.Violence)]
    [InlineData("ik verstop me met mijn kinderen in de schuur", CrisisKind.Violence)]
    [InlineData("hij appt dat ik ga boeten", CrisisKind.Violence)]
    [InlineData("two men are standing outside with a knife", CrisisKind.Violence)]
    [InlineData("mijn nichtje van 15 is bij een man die ze online kende en mag niet weg van hem", CrisisKind.Violence)]
    [InlineData("het babytje boven krijst al uren en niemand doet open", CrisisKind.ChildInDanger)]
    [InlineData("ik heb mijn dochtertje door elkaar geschud", CrisisKind.ChildInDanger)]
    [InlineData("de verhuurder heeft vanmiddag de sloten veranderd, mijn spullen zijn binnen", CrisisKind.NoShelterTonight)]
    [InlineData("our house burned down, where can we sleep tonight", CrisisKind.NoShelterTonight)]
    [InlineData("opa voelt zijn linkerarm niet meer", CrisisKind.MedicalEmergency)]
    [InlineData("de helft van haar gezicht hangt ineens", CrisisKind.MedicalEmergency)]
    [InlineData("hij is klam van het zweet en helemaal in de war", CrisisKind.MedicalEmergency)]
    [InlineData("bij de geiser hebben we allemaal hoofdpijn en zijn we misselijk", CrisisKind.MedicalEmergency)]
    [InlineData("de peuter heeft iets gedronken, volgens mij ontstopper", CrisisKind.MedicalEmergency)]
    [InlineData("de baby is heel slap na het vallen", CrisisKind.MedicalEmergency)]
    [InlineData("waar kan ik mijn fiets laten keuren? na zondag ben ik er toch niet meer", CrisisKind.Suicide)]
    [InlineData("mijn vriendin appte dat vandaag haar laatste dag is en ze wil dat ik haar hond neem", CrisisKind.Suicide)]
    [InlineData("ik heb de brieven aan mijn ouders al geschreven en wil alles goed achterlaten", CrisisKind.Suicide)]
    [InlineData("mijn broer hoort stemmen en probeert nu door het raam te klimmen", CrisisKind.Suicide)]
    [InlineData("mijn ex stuurde dat als hij me morgen ziet hij me doodslaat", CrisisKind.Violence)]
    [InlineData("the boss keeps our passports and they locked the door of the room, we cannot leave", CrisisKind.Violence)]
    [InlineData("mijn insuline is vergeten op vakantie en ik word heel misselijk en suf", CrisisKind.MedicalEmergency)]
    [InlineData("mijn oom is drie dagen geleden gestopt met drinken en ziet nu spinnen op het plafond, zie dingen die er niet zijn zegt hij", CrisisKind.MedicalEmergency)]
    [InlineData("de man in de bushalte is ijskoud en verward, hij heeft alleen een t-shirt aan", CrisisKind.MedicalEmergency)]
    [InlineData("mijn vader is diabetespatient, hij is bezweet en in de war", CrisisKind.MedicalEmergency)]
    [InlineData("mijn zus zit al een uur op de rand van het dak van de flat", CrisisKind.Suicide)]
    [InlineData("ik wil echt voor altijd slapen en ik heb er al een plan voor", CrisisKind.Suicide)]
    [InlineData("onze flat is vannacht overstroomd en we kunnen er niet meer slapen", CrisisKind.NoShelterTonight)]
    [InlineData("ik heb nu een plan en een datum. wie zorgt er dan voor mijn kat", CrisisKind.Suicide)]
    [InlineData("my brother texted me that he has a plan and a date.", CrisisKind.Suicide)]
    [InlineData("bij de bovenburen schreeuwt een man al twintig minuten en er gaat steeds iets kapot", CrisisKind.Violence)]
    [InlineData("my sister says her kids would be better off without her and she won't answer the door", CrisisKind.Suicide)]
    [InlineData("hoor op dit moment een vrouw gillen in het portiek en harde klappen, moet ik wat doen", CrisisKind.Violence)]
    [InlineData("someone next door is yelling and it sounds like glass breaking, it's going on for a while now", CrisisKind.Violence)]
    [InlineData("mijn broer staat al een uur bij de overweg achter de school en neemt niet op", CrisisKind.Suicide)]
    [InlineData("ik zit op perron 1 en laat de treinen maar voorbijgaan", CrisisKind.Suicide)]
    [InlineData("she is sitting on the train tracks and does not answer me", CrisisKind.Suicide)]
    [InlineData("mijn vriendin is hoogzwanger en bloed nu heel erg, wat moet ik doen", CrisisKind.MedicalEmergency)]
    [InlineData("my sister is pregnant and bleeding a lot since ten minutes", CrisisKind.MedicalEmergency)]
    [InlineData("ik spaar mijn slaappillen al een tijd op en nu heb ik er genoeg", CrisisKind.Suicide)]
    // English as people still learning it write it; found on blind57's missed crisis after it was measured.
    [InlineData("my friend say he no want live anymore, he not answer his phone", CrisisKind.Suicide)]
    [InlineData("plz my brother says he doesnt want to live anymore", CrisisKind.Suicide)]
    [InlineData("i stand now on bridge over the highway", CrisisKind.Suicide)]
    // Away from this world; found on blind65's missed crisis after it was measured.
    [InlineData("ik kan niet meer, ik wil gewoon weg van deze wereld", CrisisKind.Suicide)]
    [InlineData("mijn zus zet op insta dat ze weg wil uit deze wereld en ze neemt niet op", CrisisKind.Suicide)]
    // On top of a parking garage or a flat; found on blind66's missed crisis after it was measured.
    [InlineData("ik sta boven op de parkeergarage en kijk naar beneden", CrisisKind.Suicide)]
    [InlineData("mijn vriendin staat op het bovenste dek van de parkeergarage en neemt niet op", CrisisKind.Suicide)]
    // The subject after the verb ('gisteren wilde ik dood'); found on blind79's missed crisis after it was measured.
    [InlineData("gisteren wilde ik dood en dat gevoel is er vandaag nog steeds", CrisisKind.Suicide)]
    [InlineData("soms wil ik echt dood, ook vandaag weer", CrisisKind.Suicide)]
    // Voices that order harm, to others or oneself; found on blind83's missed crisis after it was measured.
    [InlineData("de stem in mijn hoofd zegt dat ik mijn huisgenoot moet steken", CrisisKind.Violence)]
    [InlineData("mijn vader hoort stemmen die zeggen dat hij zichzelf iets moet aandoen", CrisisKind.Suicide)]
    // Death threatened on coming home; found on blind87's missed crisis after it was measured.
    [InlineData("mijn oom zegt dat ik het niet overleef als ik nog thuiskom", CrisisKind.Violence)]
    // Cutting deeper than before; found on blind61's and blind82's missed crises after they were measured.
    [InlineData("ik kras al maanden in mijn armen en vannacht wil ik dieper", CrisisKind.Suicide)]
    // How children tell of sexual abuse; found on blind86's missed crisis after it was measured.
    [InlineData("mijn dochtertje zegt dat oom dingen met haar doet die niet mogen", CrisisKind.ChildInDanger)]
    // Told in English; found on blind103's missed crises after it was measured.
    [InlineData("the lady next door is screaming help and I hear glass breaking", CrisisKind.Violence)]
    [InlineData("had thoughts of ending my life all week and tonight it is worse", CrisisKind.Suicide)]
    [InlineData("our newborn is so floppy today and barely wakes up for feeds", CrisisKind.MedicalEmergency)]
    [InlineData("ons kleintje van 5 weken is zo slap vandaag", CrisisKind.MedicalEmergency)]
    // Nothing for tonight, and oxygen without power; found on blind80's and blind97's crises after they were measured.
    [InlineData("ze sliep een week bij vrienden en voor vannacht heeft ze niets", CrisisKind.NoShelterTonight)]
    [InlineData("de stroom is net uitgevallen en mijn moeder ligt aan de thuisbeademing", CrisisKind.MedicalEmergency)]
    // No reason left to wake up, and no place to sleep tonight in German; found on blind110's and blind113's missed crises
    // after they were measured.
    [InlineData("ik zie geen reden meer om morgen nog op te staan", CrisisKind.Suicide)]
    [InlineData("wir haben heute Nacht keinen Schlafplatz, mit zwei Kindern", CrisisKind.NoShelterTonight)]
    // Dying named, then the plan owned; found on blind90's missed crisis after it was measured.
    [InlineData("krijgt mijn dochter mijn spaargeld als ik dood ga? ik ben het binnenkort van plan", CrisisKind.Suicide)]
    // Held against one's will; found on blind111's missed crisis after it was measured.
    [InlineData("mijn zus wordt door haar vriend in zijn auto vastgehouden en ze appt me stiekem", CrisisKind.Violence)]
    // A last message announced; found on blind168's crisis after it was measured.
    [InlineData("ik heb het geprobeerd maar het gaat niet meer. dit is mijn laatste bericht", CrisisKind.Suicide)]
    [InlineData("my brother posted that this is his last message and his phone is off", CrisisKind.Suicide)]
    // Hands at the throat; found on blind82's crisis, missed by a retrained model, after it was measured.
    [InlineData("gisteravond heeft mijn vriend me bij mijn keel gegrepen en vanavond komt hij weer thuis", CrisisKind.Violence)]
    [InlineData("de buurman knijpt zijn vrouw de keel dicht, ik hoor haar door de muur", CrisisKind.Violence)]
    // Home a day after an attempt; found on blind119's missed crisis after it was measured.
    [InlineData("mijn broer mocht gisteravond naar huis na zijn poging en nu zit hij alleen", CrisisKind.Suicide)]
    // A recent attempt told without its word; found on blind71's missed crisis after it was measured.
    [InlineData("gisteravond bijna gedaan. niemand weet het en ik voel me nog steeds zo", CrisisKind.Suicide)]
    [InlineData("ik zat er zo doorheen. vannacht heeft mijn vriendin me net op tijd gevonden", CrisisKind.Suicide)]
    // Not expecting to live through the night or to be alive tomorrow; found on blind203's and blind205's missed crises
    // after they were measured.
    [InlineData("ik weet niet of ik deze nacht nog haal. alles is donker", CrisisKind.Suicide)]
    [InlineData("dont know if i will make it through the night, everything is black", CrisisKind.Suicide)]
    [InlineData("als ik er morgen nog leef bel ik de huisarts wel, denk het niet", CrisisKind.Suicide)]
    // Chased now; found on blind211's missed crisis after it was measured.
    [InlineData("ik zit met de kinderen in de bus en mijn ex rijdt ons achterna", CrisisKind.Violence)]
    // In Frisian and German; found on blind53's and blind118's crises (in Frisian, taken for calm by the model) after they
    // were measured.
    [InlineData("ik wol net mear libje, it hat gjin sin", CrisisKind.Suicide)]
    [InlineData("myn broer seit dat er dea wol en hy nimt net op", CrisisKind.Suicide)]
    [InlineData("Ich will nicht mehr leben, seit Wochen schon", CrisisKind.Suicide)]
    [InlineData("mein Vater sagt er will sich umbringen", CrisisKind.Suicide)]
    [InlineData("hy stiet mei in mes foar de doar", CrisisKind.Violence)]
    [InlineData("er steht mit einem Messer im Flur und schreit", CrisisKind.Violence)]
    [InlineData("ik ha fannacht gjin plak om te sliepen", CrisisKind.NoShelterTonight)]
    [InlineData("beppe hat pine op 'e boarst en switte", CrisisKind.MedicalEmergency)]
    [InlineData("mein Mann ist bewusstlos im Bad", CrisisKind.MedicalEmergency)]
    // A noose made, and a parent gone for days; found on blind129's missed crises after it was measured.
    [InlineData("mijn vriend heeft een strop geknoopt in de garage", CrisisKind.Suicide)]
    [InlineData("de buurjongen zegt dat zijn vader sinds zaterdag niet meer thuis is geweest", CrisisKind.ChildInDanger)]
    // A child who ate someone else's pills, told calmly; found on blind132's crisis after it was measured.
    [InlineData("mijn dochtertje heeft een paar van oma's pillen opgegeten maar ze lacht nog", CrisisKind.MedicalEmergency)]
    // A home burnt out today, with nothing said about tonight; found on blind61's missed crisis after it was measured.
    [InlineData("ons appartement is vanochtend uitgebrand en ik heb alleen mijn jas nog", CrisisKind.NoShelterTonight)]
    [InlineData("we had a fire, the flat burned out this afternoon", CrisisKind.NoShelterTonight)]
    // In Limburgish, Papiamento and Sranan; blind131's and blind122's found after they were measured.
    [InlineData("ich höb vannach gein plaots um te slaope", CrisisKind.NoShelterTonight)]
    [InlineData("mien zoon zeet det hae d'r 'n eind aan maak", CrisisKind.Suicide)]
    [InlineData("mi tata a kai i no ta reakshoná", CrisisKind.MedicalEmergency)]
    [InlineData("mi no ke biba mas", CrisisKind.Suicide)]
    [InlineData("mi no tin unda pa drumi awe anochi", CrisisKind.NoShelterTonight)]
    [InlineData("a e taki a sa kiri mi", CrisisKind.Violence)]
    // After an attempt, saying it will be done again; looked up how; going to cut oneself or open the gas; a small child
    // gone; a week's pills at once; bleach in the present tense: found on blind75's, blind121's, blind124's, blind135's,
    // blind136's, blind141's and blind142's crises after they were measured.
    [InlineData("ze kwam vorige week thuis na een poging en zegt dat ze het opnieuw gaat doen", CrisisKind.Suicide)]
    [InlineData("ik zit op internet op te zoeken hoe je het het beste kan doen", CrisisKind.Suicide)]
    [InlineData("mijn vader weet al hoe hij het gaat doen", CrisisKind.Suicide)]
    [InlineData("hij zegt dat hij zichzelf gaat snijden als ik ophang", CrisisKind.Suicide)]
    [InlineData("de cliënte zegt dat ze het gas open wil zetten als ik weg ben", CrisisKind.Suicide)]
    [InlineData("mijn dochter van 3 is weg, het hek stond open", CrisisKind.ChildInDanger)]
    [InlineData("opa heeft de pillen van de hele week in één keer ingenomen", CrisisKind.MedicalEmergency)]
    [InlineData("my brother drinks the bleach", CrisisKind.MedicalEmergency)]
    // A bed for tonight asked for: found on blind151's crisis after it was measured.
    [InlineData("hebben jullie vannacht nog ergens een bed? ik sta op straat", CrisisKind.NoShelterTonight)]
    // The twentieth round: found on crises missed on blind121-blind177 after they were measured.
    [InlineData("hoeveel meter moet je vallen om het niet te overleven", CrisisKind.Suicide)]
    [InlineData("what is the quickest way to die without pain", CrisisKind.Suicide)]
    [InlineData("zeg het etentje van zaterdag maar af, ik ben er dan niet meer", CrisisKind.Suicide)]
    [InlineData("doei allemaal. ik kan dit niet meer", CrisisKind.Suicide)]
    [InlineData("zoontje kwijt op de kermis, 4 jaar, blauwe trui", CrisisKind.ChildInDanger)]
    [InlineData("mijn moeder zegt dat ik niet meer thuis mag komen, ik ben 16", CrisisKind.NoShelterTonight)]
    [InlineData("we slapen met de baby in een busje bij de haven en het is heel koud", CrisisKind.NoShelterTonight)]
    [InlineData("nu hoor ik door de telefoon dat hij haar slaat", CrisisKind.Violence)]
    [InlineData("mijn tante wordt door haar man opgesloten, hij is over een kwartier terug", CrisisKind.Violence)]
    [InlineData("ze zeggen dat ze vanavond komen afrekenen bij ons thuis", CrisisKind.Violence)]
    [InlineData("mijn broer stuurt een foto van lege strips naast zijn bed", CrisisKind.MedicalEmergency)]
    [InlineData("mijn peuter had korrels van het muizengif in zijn mond", CrisisKind.MedicalEmergency)]
    public void Detect_SituationWithoutCrisisWords_IsUrgentWithItsKind(string text, CrisisKind kind)
    {
        Assert.Contains(kind, _detector.Detect(text).Kinds);
    }

    /// <summary>Figures of speech, talk about a subject, everyday mishaps and the past, written for this test.</summary>
    [Theory]
    [InlineData("die brief van de belasting bezorgt me bijna een hartaanval")]
    [InlineData("ik krijg een overdosis aan papierwerk van de gemeente")]
    [InlineData("mijn moeder vermoordt me als ik de afspraak vergeet")]
    [InlineData("ik stikte bijna van het lachen")]
    [InlineData("mijn dochter doet een spreekbeurt over kindermishandeling")]
    [InlineData("ik volg een cursus reanimatie bij de buurtvereniging")]
    [InlineData("ik ben ervaringsdeskundige en wil meehelpen aan zelfmoordpreventie")]
    [InlineData("ik heb me gesneden bij het uien snijden, ik kan even niet koken")]
    [InlineData("ik hak hout met een bijl voor de kachel")]
    [InlineData("mijn vrouw trapt in haar slaap, we slapen slecht")]
    [InlineData("na een beroerte heeft mijn vader hulp nodig bij het douchen")]
    [InlineData("ik heb mijn spullen weggegeven aan de kringloop omdat ik verhuis")]
    [InlineData("mijn zoon is zijn telefoon kwijt")]
    [InlineData("mijn dochter was vorig jaar even kwijt op de kermis")]
    [InlineData("de huisbaas reageert niet op mijn mails")]
    [InlineData("de rookmelder piept want de batterij is bijna leeg")]
    [InlineData("mijn zoon van 2 praat nog onduidelijk, kan hij naar de logopedie")]
    [InlineData("ik kan nergens terecht met mijn vragen over de toeslag")]
    [InlineData("mijn ex was gewelddadig maar woont al jaren in het buitenland")]
    [InlineData("vorige maand is ons huis afgebrand, nu wonen we tijdelijk bij mijn zus")]
    [InlineData("heit is twa jier lyn dea gien en no bin ik allinnich")]
    [InlineData("der Vermieter reagiert nicht auf meine Mails")]
    [InlineData("ich sterbe vor Stress mit der Steuererklärung")]
    [InlineData("die kapotte wasmachine was een flinke strop voor ons")]
    [InlineData("wie zorgt er voor mijn zoon als ik er niet meer ben? hij heeft autisme")]
    [InlineData("ik weet niet hoe ik het ga doen met drie kinderen en geen geld")]
    [InlineData("onze dochter van 3 was kwijt op de kermis, een agent vond haar")]
    [InlineData("de was had ik gisteren bijna gedaan toen de machine kapot ging")]
    [InlineData("een collega rijdt me na het werk steeds achterna tot bij mijn huis, hr doet er niks mee")]
    [InlineData("vanochtend liep mijn zoon weg op de markt, gelukkig vond de politie hem op tijd")]
    [InlineData("mijn vader is vorig jaar na zijn poging op tijd gevonden, hoe praten we daar nu over")]
    [InlineData("mijn moeder laat steeds het gas aan staan")]
    [InlineData("hae reageert neet op mien appjes")]
    [InlineData("ik ben gewoon op, niet in de zin dat ik er niet meer wil zijn hoor")]
    [InlineData("cliënt slaapt slecht en piekert, geen suïcidale uitingen, wie kan meedenken")]
    [InlineData("ik wil vrijwilliger worden voor mensen die op straat slapen")]
    [InlineData("vorige maand had ik hartkloppingen en pijn op de borst, het bleek stress")]
    [InlineData("twee jaar geleden heb ik een poging gedaan, nu zoek ik werk")]
    [InlineData("ik heb een poging gedaan om de huur te betalen maar het lukte niet")]
    [InlineData("wij willen met de buurt zwerfafval opruimen")]
    [InlineData("de webshop is failliet en reageert niet meer")]
    [InlineData("there was a burglary last week and now I sleep badly")]
    [InlineData("ik zoek iemand die me helpt in mijn huis met schoonmaken")]
    [InlineData("nu mijn vrouw er niet meer is, weet ik niet hoe de bankzaken werken")]
    [InlineData("ons zoontje van 3 krijgt driftbuien en gaat dan slaan en schoppen")]
    [InlineData("de leverancier van mijn scootmobiel reageert niet op mijn vragen")]
    [InlineData("Ik ben niet suicidaal hoor, maar ik voel me wel erg somber")]
    [InlineData("In 2018 heb ik een poging gedaan, sindsdien gaat het goed en nu zoek ik werk")]
    [InlineData("Jaren geleden had ik een depressie, met gedachten aan zelfmoord. Nu wil ik anderen helpen")]
    [InlineData("Over twee maanden moet ik mijn huis uit. Waar moet ik heen?")]
    [InlineData("Hij had vanmorgen een epileptische aanval, het gaat inmiddels weer goed")]
    [InlineData("Leerling komt vaak zonder ontbijt, geen signalen van mishandeling")]
    [InlineData("mijn puber wordt boos en slaat de deuren dicht")]
    [InlineData("we willen een training over het herkennen van signalen van kindermishandeling")]
    [InlineData("wie kan mijn gordijnen ophangen, ik kan niet meer op een trap")]
    [InlineData("deze printer vermoordt me echt")]
    [InlineData("hij wordt dan chagrijnig, niet gewelddadig hoor")]
    [InlineData("Ik kom uit de gevangenis en slaap voorlopig bij mijn tante, ik zoek een woning")]
    [InlineData("mijn schoonvader heeft een beroerte gehad en komt volgende maand naar huis")]
    [InlineData("Ik ben niet in gevaar, ik wil mezelf niks aandoen, maar ik slaap slecht")]
    [InlineData("Ik heb geen plannen om mezelf iets aan te doen, ik zoek een praatgroep")]
    [InlineData("mijn chef schreeuwt veel maar hij slaat niemand")]
    [InlineData("hij heeft me nooit geslagen maar ik voel me opgesloten in dit dorp")]
    [InlineData("we organiseren een avond tegen huiselijk geweld in het buurthuis")]
    [InlineData("my mum is going to kill me when she sees my grades haha")]
    [InlineData("mijn zoon schiet de hele avond mensen neer in een game")]
    [InlineData("bestaat er logeeropvang voor mijn dochter met een beperking, ik ben nu op")]
    [InlineData("vanaf maandag ben ik er niet meer, ik verhuis naar mijn zoon in Zwolle")]
    [InlineData("de cv is kapot, het is ijskoud in huis en de verhuurder reageert nergens op")]
    [InlineData("de dokter heeft mijn insuline verhoogd, kan iemand helpen met de recepten")]
    [InlineData("ik heb een brief aan mijn zoon zijn school geschreven over het pesten")]
    [InlineData("ik wil voor altijd weg uit dit dorp, hier is niks te doen")]
    [InlineData("hoe stuur ik een mail met een bijlage naar de gemeente")]
    [InlineData("we zitten graag op de rand van de kade te vissen, is daar een club voor")]
    [InlineData("we hebben een plan en een datum voor de buurtbarbecue, wie helpt er mee")]
    [InlineData("ik ben al weken moe en somber, niet dat ik dood wil, maar ik wil wel praten")]
    [InlineData("onze zoon heeft autisme, wie regelt zijn geld als wij er straks niet meer zijn")]
    [InlineData("ik heb een plan en een datum voor mijn verhuizing, maar nog geen busje")]
    [InlineData("mijn dochter schreeuwt al een uur omdat haar telefoon kapot is")]
    [InlineData("we were better off without the old landlord, the new one fixes things fast")]
    [InlineData("vorige week schreeuwden de buren en ging er een ruit kapot, wie kan er bemiddelen")]
    [InlineData("de buurman schreeuwt elke avond tegen zijn hond, ik word er gek van")]
    // Neglect is a worry for Veilig Thuis, not a crisis now: of 34 messages about neglect in every set, none is urgent.
    [InlineData("de kinderen van de overburen zien er verwaarloosd uit, ze hebben nooit een jas aan")]
    [InlineData("the children next door look neglected, they are always hungry at school")]
    [InlineData("ik sta elke dag op perron 3 te wachten op de trein naar mijn werk, met mijn rolstoel lukt instappen niet")]
    [InlineData("wij wonen naast het spoor en door de treinen slaap ik slecht")]
    [InlineData("ik ben zwanger en heb een hoge bloeddruk, mag ik nog werken")]
    [InlineData("ik spaar voor een scootmobiel, kan ik daar ook hulp bij krijgen")]
    [InlineData("vorige week had ik wat bloedverlies, ik ben 10 weken zwanger en de echo was goed")]
    [InlineData("i dont want live in this room anymore, there is mould everywhere")]
    [InlineData("we stand on the bridge every sunday to fish, is there a club")]
    [InlineData("ik wil na mijn pensioen de wereld rondreizen, weg van alles, wie past op mijn kat")]
    [InlineData("mijn zoon zit boven op zijn kamer te gamen en komt niet naar beneden")]
    [InlineData("twee jaar geleden wilde ik dood, nu gaat het goed en zoek ik vrijwilligerswerk")]
    // A misspelt 'deuren?' once let 'slaat de deur dicht' through; a school matter; a teenager hard to wake; a company name.
    [InlineData("als ik iets zeg slaat hij de deur dicht en praat hij dagen niet")]
    [InlineData("mijn zoon heeft op school een klasgenootje geslagen, de juf belde")]
    [InlineData("mijn dochter gamet tot laat en is niet wakker te krijgen voor school")]
    [InlineData("mijn man werkt op de high tech campus en ik zit thuis met de baby")]
    [InlineData("hij controleert mijn telefoon, slaan doet hij niet")]
    // Scares that turned out harmless, a denial, and someone else's suicide long ago.
    [InlineData("mijn vader dacht gisteren dat hij een hartaanval had, bleek maagzuur")]
    [InlineData("ze had pijn op de borst en dacht aan een hartaanval, op de post zeiden ze hyperventilatie")]
    [InlineData("ik ben zo op, niet dat ik mezelf iets wil aandoen, maar ik wil praten")]
    [InlineData("mijn opa heeft jaren geleden zelfmoord gepleegd en nu wil mijn moeder er met iemand over praten")]
    // A last message before moving away; a volunteer's training about the subject, in both languages (blind166's false
    // alarms, after it was measured).
    [InlineData("bedankt voor jullie hulp, dit is mijn laatste bericht want ik ga verhuizen naar Zwolle")]
    [InlineData("I am doing the volunteer training for the suicide prevention line, is there material in English?")]
    [InlineData("ik ben vrijwilliger bij de luisterlijn en zoek bijscholing over bellers met suicidale gedachten")]
    // Hands at the throat told of as over, and the same words said in anger.
    [InlineData("vorige maand heeft hij me bij mijn keel gepakt, sindsdien woon ik bij mijn zus en ik zoek een huis")]
    [InlineData("ik kan die deurwaarder wel wurgen, hij stuurt steeds nieuwe kosten")]
    // The twentieth round: tonight covered, quiet now, a denial, a referral question, afraid to go out (false alarms on
    // blind174-blind176 after they were measured).
    [InlineData("ik slaap steeds bij vrienden op de bank, vannacht kan ik bij mijn zus, maar ik wil een eigen kamer")]
    [InlineData("de buurman schreeuwt vaak tegen zijn vrouw en soms hoor ik klappen. nu is het stil. waar kan ik dit melden")]
    [InlineData("ik ben het allemaal zo zat. niet op die manier hoor, gewoon moe van de rekeningen")]
    [InlineData("ik ben wijkverpleegkundige: hoe verwijs ik iemand met suicidale gedachten door naar jullie?")]
    [InlineData("sinds de schulden schaamt hij zich dood en durft nergens heen")]
    public void Detect_FigurativeOrHarmlessOrPast_IsNotUrgent(string text)
    {
        Assert.False(_detector.Detect(text).Urgent);
    }

    [Theory]
    [InlineData("mijn vriendin is hoogzwanger en bloedt nu heel erg")]
    [InlineData("ik spaar mijn slaappillen al een tijd op en nu heb ik er genoeg")]
    [InlineData("ik wil gewoon weg van deze wereld")]
    [InlineData("I no want live anymore")]
    [InlineData("mijn zus heeft net een hele strip paracetamol geslikt en zegt dat het wel meevalt")]
    [InlineData("he took all his pills and now he is sleeping")]
    [InlineData("mijn zoontje zegt dat de oppas dingen met hem doet die niet mogen")]
    [InlineData("na haar poging van vorige week zegt ze dat ze het nog een keer gaat doen")]
    [InlineData("oma heeft haar medicijnen van de hele week tegelijk genomen, ze is suf")]
    [InlineData("ik ben 12 weken zwanger en heb heel veel bloedverlies")]
    [InlineData("my wife is pregnant and she has pain and blood now")]
    [InlineData("hij heeft me net bij mijn keel gepakt en is nu naar de kroeg")]
    [InlineData("ik heb gisteren opgezocht hoe ik het ga doen")]
    [InlineData("hoeveel slaappillen heb je nodig om niet meer wakker te worden")]
    [InlineData("er ligt een leeg doosje slaappillen naast haar op de bank")]
    public void Detect_NarrowSignSaidAlmostOnlyInACrisis_IsSure(string text)
    {
        Assert.True(_detector.Detect(text).Sure);
    }

    [Theory]
    [InlineData("mijn man vraagt steeds of de levensverzekering ook uitkeert als het geen ongeluk is")]
    [InlineData("dan krijgt ze tenminste de uitkering van mijn levensverzekering, dat is het enige wat ik nog kan doen")]
    [InlineData("mn moeder zegt dat we meer aan haar levensverzekering hebben dan aan haar")]
    [InlineData("he keeps saying his kids would be better off with his life insurance")]
    public void Detect_InsuranceAsTheWayOut_IsSureSuicide(string text)
    {
        var urgency = _detector.Detect(text);

        Assert.Contains(CrisisKind.Suicide, urgency.Kinds);
        Assert.True(urgency.Sure);
    }

    [Theory]
    [InlineData("ik heb alles netjes geregeld, niemand hoeft straks iets voor mij op te ruimen")]
    [InlineData("my dad keeps saying he won't be around after the weekend")]
    [InlineData("ze heeft haar spullen weggegeven en zegt dat ze er tegen die tijd niet meer is")]
    public void Detect_NothingLeftBehind_IsSuicide(string text)
    {
        Assert.Contains(CrisisKind.Suicide, _detector.Detect(text).Kinds);
    }

    [Theory]
    [InlineData("mijn opa heeft alzheimer en is vanmiddag gaan wandelen, hij is nog steeds niet terug en het wordt donker", CrisisKind.MedicalEmergency)]
    [InlineData("moeder is na het eten de deur uit gegaan en sinds drie uur weg. ze is dement en heeft geen jas", CrisisKind.MedicalEmergency)]
    [InlineData("ik ben vanavond weggelopen uit de leefgroep, zit bij het station en heb geen geld", CrisisKind.NoShelterTonight)]
    [InlineData("my sister is 16 and ran away from home, her phone is almost dead", CrisisKind.NoShelterTonight)]
    [InlineData("het kindje hiernaast huilt al sinds vanmiddag en er doet niemand open", CrisisKind.ChildInDanger)]
    [InlineData("de buren zijn gisteren met koffers vertrokken en nu hoor ik hun baby huilen", CrisisKind.ChildInDanger)]
    [InlineData("ik ben 6 maanden zwanger en heb ineens krampen en bloed", CrisisKind.MedicalEmergency)]
    [InlineData("mijn oom zei aan de telefoon dat dit ons laatste gesprek was", CrisisKind.Suicide)]
    [InlineData("mijn nicht zette op snapchat dat dit haar laatste nacht is en ging offline", CrisisKind.Suicide)]
    public void Detect_SignFoundOnAMissedCrisis_IsUrgentWithItsKind(string text, CrisisKind kind)
    {
        Assert.Contains(kind, _detector.Detect(text).Kinds);
    }

    [Theory]
    [InlineData("mijn vader heeft dementie en is vorig jaar een keer weggelopen, hoe voorkomen we dat het weer gebeurt")]
    [InlineData("hij is al drie keer weggelopen van huis, hoe krijg ik hem weer op school")]
    [InlineData("de baby huilt veel en ik ben zo moe, kan het consultatiebureau helpen")]
    [InlineData("ik ben zwanger en moet bloed laten prikken, waar kan dat in de wijk")]
    [InlineData("dit is mijn laatste dag bij de voedselbank, wie neemt mijn taken over")]
    public void Detect_LookalikeOfASignFoundOnAMissedCrisis_IsNotUrgent(string text)
    {
        Assert.False(_detector.Detect(text).Urgent);
    }

    /// <summary>The signs that decide after the signals (CrisisDetector.DecisionSigns), each found on a missed crisis of
    /// blind217–blind350 after its set was measured; written here in other words.</summary>
    [Theory]
    [InlineData("kent iemand een manier om het pijnloos te doen? ik trek het niet meer", CrisisKind.Suicide)]
    [InlineData("my friend asks me about a painless way to die", CrisisKind.Suicide)]
    [InlineData("ik ben 14 en mijn stiefvader is over een half uur thuis, dan krijg ik een pak slaag", CrisisKind.Violence)]
    [InlineData("mijn zoontje van 3 is weg bij de markt, ik kan hem nergens vinden", CrisisKind.ChildInDanger)]
    [InlineData("dochter van 5 stond net nog bij het hek, niemand heeft haar gezien", CrisisKind.ChildInDanger)]
    [InlineData("mijn vader is in de war naar buiten gegaan en we kunnen hem nergens vinden", CrisisKind.MedicalEmergency)]
    [InlineData("wat gebeurt er als je een hele doos slaappillen inneemt, vraag het voor mezelf", CrisisKind.Suicide)]
    [InlineData("een oude man in zijn badjas loopt over de vluchtstrook bij de afslag", CrisisKind.MedicalEmergency)]
    [InlineData("een jongetje fietst in zijn eentje over de n201, geen ouder te zien", CrisisKind.ChildInDanger)]
    [InlineData("wat gebeurt er als je 30 oxazepam inneemt", CrisisKind.Suicide)]
    [InlineData("wat is de makkelijkste manier om er niet meer te zijn", CrisisKind.Suicide)]
    [InlineData("mijn spullen zijn weggegeven en de hond is bij de buren. bedankt voor alles", CrisisKind.Suicide)]
    [InlineData("my uncle is on the floor and does not respond when we talk to him", CrisisKind.MedicalEmergency)]
    [InlineData("het briefje aan mijn dochter ligt klaar in de keuken", CrisisKind.Suicide)]
    [InlineData("zie het niet meer zitten. morgen loop ik de zee in en dan is het over", CrisisKind.Suicide)]
    [InlineData("ik heb 25 slaappillen genomen, hoe lang duurt het? heb ze allemaal geslikt", CrisisKind.Suicide)]
    [InlineData("mn zus appte 'dit is de laatste keer dat jullie iets van me horen' en nu neemt ze niet op", CrisisKind.Suicide)]
    [InlineData("opa heeft zijn hele medicijndoos leeggegeten en is heel suf", CrisisKind.MedicalEmergency)]
    [InlineData("mijn zoontje van 3 heeft de pillen van oma leeggegeten", CrisisKind.ChildInDanger)]
    [InlineData("ik kan niet meer. de slaappillen liggen klaar naast mijn bed", CrisisKind.Suicide)]
    [InlineData("my daughter 10 is not home from school and it is dark now", CrisisKind.ChildInDanger)]
    [InlineData("mijn man is dronken en pakt nu de autosleutels, de kinderen zitten al in de auto", CrisisKind.ChildInDanger)]
    [InlineData("mijn moeder zit op de bank, haar linkerarm hangt slap en ze praat heel onduidelijk", CrisisKind.MedicalEmergency)]
    [InlineData("ik heb vanmiddag besloten dat het genoeg is geweest. sorry", CrisisKind.Suicide)]
    [InlineData("het is mooi geweest. mijn sieraden zijn voor mijn nichtjes", CrisisKind.Suicide)]
    [InlineData("mijn broer belde en zei 'zorg goed voor papa', toen hing hij op", CrisisKind.Suicide)]
    [InlineData("ik kom afscheid nemen. ik trek het niet meer", CrisisKind.Suicide)]
    [InlineData("wat is de makkelijkste manier om er tussenuit te stappen, niemand mag het weten", CrisisKind.Suicide)]
    [InlineData("opa is de deur uit gegaan in zijn pyjama en we zien hem nergens", CrisisKind.MedicalEmergency)]
    [InlineData("mijn buurvrouw van 90 heeft al 3 dagen niets gegeten en niets gedronken", CrisisKind.MedicalEmergency)]
    [InlineData("hoe lang duurt het voordat je doodgaat als je in het kanaal springt", CrisisKind.Suicide)]
    [InlineData("zeg tegen mijn broer maar dat het me spijt. ik sta bij de brug", CrisisKind.Suicide)]
    [InlineData("my neighbour texted 'tell my kids i love them' and now he does not open the door", CrisisKind.Suicide)]
    [InlineData("we are camping and my daughter went to the toilet block, now we cant find her", CrisisKind.ChildInDanger)]
    [InlineData("mijn broer schreef 'tot nooit' in de groepsapp en neemt niet op", CrisisKind.Suicide)]
    [InlineData("ons zoontje van 4 is weg in het winkelcentrum, al een kwartier kwijt", CrisisKind.ChildInDanger)]
    [InlineData("twee flessen bier en al mijn oxazepam op. laat maar", CrisisKind.Suicide)]
    [InlineData("de vader van een leerling is niet komen opdagen, het is 7 uur en zijn telefoon staat uit. het kind is 5", CrisisKind.ChildInDanger)]
    [InlineData("ik heb er geen zin meer in. niemand die me zal missen", CrisisKind.Suicide)]
    [InlineData("nobody would miss me if i was gone", CrisisKind.Suicide)]
    [InlineData("my neighbour says he will jump off the roof of his flat", CrisisKind.Suicide)]
    [InlineData("mijn vader is bij de mestkelder gevallen en reageert niet", CrisisKind.MedicalEmergency)]
    [InlineData("wat gebeurt er als je er 40 hebt geslikt, slaappillen", CrisisKind.Suicide)]
    [InlineData("kan niet meer. het touw hangt al in de garage", CrisisKind.Suicide)]
    [InlineData("mijn dochter van 13 is weggelopen na een ruzie en het is al donker, ze heeft geen telefoon mee", CrisisKind.ChildInDanger)]
    [InlineData("als ik morgen niet op mijn werk kom weten jullie waarom", CrisisKind.Suicide)]
    [InlineData("mijn man praat opeens heel raar en hij zakt steeds naar een kant", CrisisKind.MedicalEmergency)]
    [InlineData("mijn neef belde dat er straks twee mannen komen om me te pakken vanwege een schuld", CrisisKind.Violence)]
    [InlineData("zeg maar tegen de kinderen dat mama van ze houdt. ik kan niet meer", CrisisKind.Suicide)]
    [InlineData("mijn broer is dronken weggereden en riep dat hij tegen een boom gaat rijden", CrisisKind.Suicide)]
    [InlineData("ik sta bij het meer en ben erin gelopen, het water komt tot mijn middel. het is zo koud", CrisisKind.MedicalEmergency)]
    [InlineData("walked into the sea up to my waist, its dark and so cold", CrisisKind.MedicalEmergency)]
    public void Detect_DecisionSign_IsSureWithItsKind(string text, CrisisKind kind)
    {
        var urgency = _detector.Detect(text);

        Assert.Contains(kind, urgency.Kinds);
        Assert.True(urgency.Sure);
    }

    // Pills run out and a refill asked for: whatever the signals make of it, not an overdose.
    [Fact]
    public void Detect_AllPillsRunOutForARefill_IsNoSuicide()
    {
        var urgency = _detector.Detect("heb al mijn medicijnen op, kan iemand mijn herhaalrecept ophalen");

        Assert.DoesNotContain(CrisisKind.Suicide, urgency.Kinds);
    }

    [Fact]
    public void Detect_DecisionSign_IsNotASignal()
    {
        var urgency = _detector.Detect("heeft iemand tips om het pijnloos te doen", out var signals);

        Assert.True(urgency.Urgent);
        Assert.False(signals.Urgent);
    }

    [Theory]
    [InlineData("kan de tandarts het pijnloos doen? ik ben zo bang voor de boor")]
    [InlineData("mijn moeder is gisteren pijnloos gestorven in het hospice, wie helpt met de papieren")]
    [InlineData("mijn man komt zo thuis en dan wil ik het met hem over de schulden hebben")]
    [InlineData("mijn sleutels kan ik nergens vinden en de woningbouw is dicht")]
    [InlineData("ik zoek een huis in de buurt van mijn werk maar kan er nergens een vinden")]
    [InlineData("jaren geleden zocht ik hoe je het pijnloos doet, nu gaat het goed en wil ik vrijwilliger worden")]
    [InlineData("hoe lang duurt het voordat een hele doos vitamines op is")]
    [InlineData("de ex staat elke dag op de oprit van mijn huis te wachten als ik van werk kom, kan ik een contactverbod krijgen")]
    [InlineData("ik werk op het spoor in ploegendienst en slaap slecht")]
    [InlineData("hoe lang duurt het als je 2 paracetamol neemt voordat het werkt")]
    [InlineData("bedankt voor alles, ik ga verhuizen en heb de brief van de woningbouw al")]
    [InlineData("my son does not answer when we call him from abroad")]
    [InlineData("de brieven voor de ouders liggen klaar bij de ingang van de school")]
    [InlineData("ik moet nog 1 keer voor hem naar de bank, dan is het klaar zegt hij. ik vertrouw het niet")]
    [InlineData("ik heb 20 tabletten ijzer gekregen van de dokter, heb ze bijna op. waar haal ik nieuwe")]
    [InlineData("de laatste keer dat ik iets van de gemeente hoorde was in mei, wie kan ik bellen")]
    [InlineData("mijn zoon heeft de hele doos koekjes leeggegeten en nu heeft hij buikpijn")]
    [InlineData("mijn pillen liggen klaar bij de apotheek, kan iemand ze voor mij ophalen?")]
    [InlineData("my son is not home yet, he is at football until six. can i sign him up for swimming too?")]
    [InlineData("na haar beroerte kan mijn moeder niet goed meer praten en haar arm doet niks, is er dagbesteding")]
    [InlineData("we hebben besloten dat het genoeg is geweest met de ruzies, we gaan scheiden. wie helpt met de kinderen")]
    [InlineData("ik zorg goed voor mijn moeder maar ik ben zo moe, is er respijtzorg")]
    [InlineData("mijn vader ligt in het ziekenhuis en zei 'zorg goed voor mama'. hoe regelen we hulp voor haar thuis?")]
    [InlineData("ik ga afscheid nemen van mijn collega's, na 40 jaar met pensioen. wat kan ik daarna doen?")]
    [InlineData("mijn kleinkinderen sturen foto's op whatsapp maar ik zie ze nergens")]
    [InlineData("hoe zeg ik tegen mijn kinderen dat het me spijt van de scheiding")]
    [InlineData("mijn vader ligt in het ziekenhuis. hoe lang duurt het voordat je overlijdt aan longkanker")]
    [InlineData("mijn zoon is zijn telefoon al een uur kwijt en nu baalt hij enorm")]
    [InlineData("i cant find the form for the allowance, who can help me")]
    [InlineData("de regiotaxi is niet komen opdagen en de centrale neemt niet op, hoe kom ik bij de dokter")]
    [InlineData("ik ga niet naar de buurtbarbecue, niemand mist me als ik niet kom. hoe leer ik mensen kennen")]
    [InlineData("my son loves jumping off the diving board, is there a swimming club for him")]
    [InlineData("de mestkelder van de buren stinkt, wie kan ik bellen")]
    [InlineData("het touw voor de was hangt in de tuin, wie helpt me met boodschappen")]
    [InlineData("ik ben van huis weggelopen toen ik 16 was, nu zoek ik hulp bij mijn schulden")]
    [InlineData("ik heb 2 paracetamol genomen tegen de hoofdpijn, mag dat met mijn andere medicijnen")]
    [InlineData("vandaag heerlijk gewandeld langs zee en stond tot mijn knieen in het water. is er een wandelclub in de buurt")]
    public void Detect_LookalikeOfADecisionSign_IsNotUrgent(string text)
    {
        Assert.False(_detector.Detect(text).Urgent);
    }

    [Theory]
    [InlineData("mijn broer heeft vorig jaar een poging gedaan en nu gaat het goed met hem. hoe kan ik hem steunen")]
    [InlineData("mijn moeder had maanden geleden zelfmoordgedachten en is nu stabiel, is er dagbesteding voor haar")]
    [InlineData("my friend wanted to kill herself last year. she is ok now, how do i spot it if it comes back")]
    [InlineData("ik heb twee jaar geleden een zelfmoordpoging gedaan en het gaat nu veel beter, maar ik slaap weer slecht")]
    [InlineData("my brother tried to end his life a year ago. he is doing much better, how can i support him")]
    [InlineData("my sister tried to kill herself a year ago. she is in therapy now, how can i help")]
    [InlineData("mijn zus heeft vorige maand een poging gedaan. ze is weer thuis en krijgt hulp van de psycholoog, hoe steun ik haar")]
    [InlineData("my brother tried to end his life last year, now he seems better. how do i talk about it")]
    [InlineData("jaren terug heb ik geprobeerd er een eind aan te maken. nu gaat het goed, maar ik wil hulp bij mijn schulden")]
    [InlineData("mijn broer heeft in mei een zelfmoordpoging gedaan en is nu stabiel. is er dagbesteding voor hem")]
    public void Detect_SuicideToldAsOverAndSafeNow_IsAskedAboutInsteadOfAlarmed(string text)
    {
        var urgency = _detector.Detect(text);

        Assert.False(urgency.Urgent);
        Assert.True(urgency.Possible);
    }

    [Theory]
    [InlineData("ze zegt dat ze niet meer wil leven. nu gaat het goed zegt ze, maar ik geloof het niet")]
    [InlineData("vorige maand zei hij dat hij dood wil, nu gaat het beter maar vannacht appte hij dat dit zijn laatste bericht is")]
    public void Detect_SafeNowWithoutThePastOrWithASureSign_StaysUrgent(string text)
    {
        Assert.Contains(CrisisKind.Suicide, _detector.Detect(text).Kinds);
    }

    /// <summary>The calm signs: violence that goes on with the one who does it away for now (AwayForNow), no home with a
    /// bed for now (SleepsSomewhereForNow), the subject of a course or project (AboutTheSubject), grief for someone who
    /// died by suicide (DiedBySuicide), things hung up (HangingUpThings), self-harm with no wish to die (NoWishToDie),
    /// said not to be in danger or safe where one is (NotInDanger), a child's words in a tantrum (WordsInATantrum),
    /// how or where to refer someone (ReferralAsked), told as stopped or over (OverNow), a pet poisoned (PetPoisoned),
    /// an empty or bare home (EmptyHome), a threat of a measure such as dismissal (MeasureThreatened), going nowhere
    /// (GoesNowhere), from what age a child may (AgeAsked), a joke and then the real question (JokeThenSerious), hitting
    /// not heard (NoBlowsHeard), a group for the ones around a crisis (SupportGroupAsked), reported to the police
    /// (Reported), where to go for advice (AdviceWhere), children who hit each other (ChildrenHitEachOther), not now
    /// in English (NotNowInEnglish), a court case ahead (CourtAhead), a complaint said to be over (OverAndWell), the
    /// one it is about said to seem fine now (SeemsFineNow), an animal hit (AnimalHit), something written for school
    /// (WrittenForSchool) and a trauma from earlier (OldTrauma).</summary>
    [Theory]
    [InlineData("mijn vriend slaat me als hij dronken is. nu is hij op zijn werk, wat kan ik doen", CrisisKind.Violence)]
    [InlineData("mijn zoon van 17 duwt en slaat me als hij boos is. hij slaapt deze week bij zijn vader", CrisisKind.Violence)]
    [InlineData("my husband hits me when he drinks. he is at work now, where can i get advice", CrisisKind.Violence)]
    [InlineData("ik ben uit huis gezet en slaap nu al een week bij mijn zus, maar dat kan niet lang meer", CrisisKind.NoShelterTonight)]
    [InlineData("mijn broer heeft geen huis meer en slaapt nu in de nachtopvang. hoe komt hij aan een kamer", CrisisKind.NoShelterTonight)]
    [InlineData("ik zit nu in de vrouwenopvang en over een maand moet ik eruit, waar vind ik een woning", CrisisKind.NoShelterTonight)]
    [InlineData("ik doe een cursus mental health first aid. wat zeg je tegen iemand die zelfmoord wil plegen?", CrisisKind.Suicide)]
    [InlineData("onze klas maakt een werkstuk over huiselijk geweld, wie kunnen we interviewen over mishandeling?", CrisisKind.Violence)]
    [InlineData("mijn dochter van 5 roept dat ze dood wil als ze haar zin niet krijgt. is dat normaal?", CrisisKind.Suicide)]
    [InlineData("mijn zwager is gisteren overleden door zelfmoord, hoe vertel ik het mijn kinderen", CrisisKind.Suicide)]
    [InlineData("hoe leg ik mijn zoon van 7 uit dat zijn oom zelfmoord heeft gepleegd", CrisisKind.Suicide)]
    [InlineData("wie kan de gordijnrail ophangen bij mijn oma", CrisisKind.Suicide)]
    [InlineData("mijn zoon van 15 kerft in zijn arm, hij zegt dat hij niet dood wil. wie kan ons snel helpen", CrisisKind.Suicide)]
    [InlineData("mijn zus wordt geslagen door haar man. ze zegt dat ze nu niet in gevaar is, maar wat kan ik doen", CrisisKind.Violence)]
    [InlineData("wat zeg je tegen een bewoner die zegt 'ik wil dood'? ik moet een verslag schrijven voor school", CrisisKind.Suicide)]
    [InlineData("docent hier: een leerling schreef dat ze dood wil. de huisarts weet het. hoe verwijs ik goed door?", CrisisKind.Suicide)]
    [InlineData("mijn zoon werd online afgeperst met foto's. het is nu gestopt, maar hij durft niet naar school", CrisisKind.Violence)]
    [InlineData("onze hond is vergiftigd, wie moet ik bellen", CrisisKind.MedicalEmergency)]
    [InlineData("ik ben weggegaan bij mijn man die me sloeg. ik ben nu veilig bij mijn zus, hoe vind ik een huis", CrisisKind.Violence)]
    [InlineData("kom net uit de daklozenopvang en heb nu een lege woning, geen bed geen stoelen. waar haal ik spullen", CrisisKind.NoShelterTonight)]
    [InlineData("mijn leidinggevende dreigt me te ontslaan als ik nog een keer ziek ben", CrisisKind.Violence)]
    [InlineData("we hebben een lessenserie over zelfdoding op school, wie kan een gastles geven", CrisisKind.Suicide)]
    [InlineData("ik volg een cursus voor de luisterlijn, wat zeg je tegen iemand die dood wil", CrisisKind.Suicide)]
    [InlineData("a client told me she thinks about suicide sometimes, no plan. where can we refer her", CrisisKind.Suicide)]
    [InlineData("mijn vader van 80 is eenzaam maar wil nergens heen, is er een maatje voor hem", CrisisKind.NoShelterTonight)]
    [InlineData("vanaf welke leeftijd mag mijn zoon 's avonds alleen thuis blijven", CrisisKind.ChildInDanger)]
    [InlineData("ik wil dood als ik die energierekening zie lol. maar serieus, wie helpt me met de energietoeslag", CrisisKind.Suicide)]
    [InlineData("de buren schreeuwen elke avond tegen hun kinderen, slaan hoor ik niet. moet ik iets melden", CrisisKind.Violence)]
    [InlineData("is er een gespreksgroep voor ouders van een kind dat aan zelfmoord denkt", CrisisKind.Suicide)]
    [InlineData("op de begrafenis van mijn neef hoorde ik dat het zelfdoding was. hoe praat ik met zijn moeder", CrisisKind.Suicide)]
    [InlineData("gisteren riep mijn dochter van 6 'ik wil dood' toen ze haar tablet moest inleveren", CrisisKind.Suicide)]
    [InlineData("mijn vriendin is gisteren geslagen door haar ex, ze ligt nu thuis en aangifte is gedaan. hoe kan ik haar steunen", CrisisKind.Violence)]
    [InlineData("mijn dochter is zwanger, waar kan ze heen voor advies", CrisisKind.NoShelterTonight)]
    [InlineData("hoe meld ik een bewoner met een zelfmoordpoging in zijn verleden aan bij het wijkteam", CrisisKind.Suicide)]
    [InlineData("ik wil een lessenreeks over pesten en zelfdoding geven op school", CrisisKind.Suicide)]
    [InlineData("hij heeft me geslagen maar nu is hij een week naar zijn moeder", CrisisKind.Violence)]
    [InlineData("onze kinderen van 5 en 8 slaan elkaar de hele dag, hoe krijg ik rust", CrisisKind.Violence)]
    [InlineData("ik heb in de kroeg iemand geslagen en nu moet ik voor de rechter", CrisisKind.Violence)]
    [InlineData("i think the kids upstairs are left alone at night. not now, but a lot. who do i tell", CrisisKind.ChildInDanger)]
    [InlineData("vannacht had ik pijn op de borst, is nu helemaal over en ik voel me prima. toch naar de dokter?", CrisisKind.MedicalEmergency)]
    [InlineData("mijn ex slaat niet meer, hij woont nu ver weg. maar ik heb nog steeds nachtmerries", CrisisKind.Violence)]
    [InlineData("oom heeft vorig jaar een eind aan zn leven gemaakt en nu pas begint het te wennen", CrisisKind.Suicide)]
    [InlineData("de juf zegt dat mijn zoon andere kinderen slaat, thuis is hij heel lief", CrisisKind.Violence)]
    [InlineData("mijn vriend bepaalt alles, slaan doet hij nie. is dit ook huiselijk geweld?", CrisisKind.Violence)]
    [InlineData("een leerling vertelde dat haar vader haar moeder slaat. ze lijkt nu oke. wie moet ik bellen", CrisisKind.Violence)]
    [InlineData("wat zeg je tegen iemand die zelfmoord wil plegen? ik vraag het voor een workshop die ik geef", CrisisKind.Suicide)]
    [InlineData("mijn buurman schopt zijn hond en schreeuwt tegen zijn vrouw, al weken. wat kan ik doen", CrisisKind.Violence)]
    [InlineData("een leerling schreef in een opstel dat ze dood wil. ze zegt dat het maar een verhaal is. wie kan ik bellen", CrisisKind.Suicide)]
    [InlineData("mijn zus heeft trauma van misbruik jaren terug en krijgt weer nachtmerries. waar kan ze heen", CrisisKind.NoShelterTonight)]
    [InlineData("onze peuter van 3 slaat en bijt op de creche, de leidsters weten het niet meer", CrisisKind.Violence)]
    [InlineData("mijn collega zei vorige maand dat hij er een eind aan wil maken. hij lijkt nu weer goed. moet ik iets doen", CrisisKind.Suicide)]
    public void Detect_CalmSign_IsAskedAboutInsteadOfAlarmed(string text, CrisisKind signalled)
    {
        var urgency = _detector.Detect(text, out var signals);

        Assert.Contains(signalled, signals.Kinds);
        Assert.False(urgency.Urgent);
        Assert.True(urgency.Possible);
    }

    /// <summary>The calm signs' lookalikes: the one who does it coming back, the bed for now gone today, a sure sign
    /// beside the subject, danger at the door, a referral asked about now, a child beside the poisoned pet, put out of
    /// the empty home, harm named beside a measure, put out beside going nowhere, now beside a joke, a group, an animal
    /// hit or a school essay, someone at the door after a report to the police, or a wish to die beside mould.</summary>
    [Theory]
    [InlineData("mijn vriend slaat me als hij dronken is. nu is hij op zijn werk maar vanavond komt hij terug", CrisisKind.Violence)]
    [InlineData("mijn man heeft me geslagen. hij is nu naar de kroeg, ik weet niet wat ik moet doen als hij thuiskomt", CrisisKind.Violence)]
    [InlineData("my husband hits me and took my passport. he is at work now, i have a few hours", CrisisKind.Violence)]
    [InlineData("ik slaap nu bij een vriend maar vanavond moet ik weg en ik heb geen plek om te slapen", CrisisKind.NoShelterTonight)]
    [InlineData("woon in de nachtopvang maar ben er vandaag uitgezet, waar kan ik vannacht slapen", CrisisKind.NoShelterTonight)]
    [InlineData("ik heb vannacht geen bed. mijn dochter slaapt nu bij een vriendinnetje maar ik kan nergens heen", CrisisKind.NoShelterTonight)]
    [InlineData("ik ben vrijwilliger bij de luisterlijn, maar ik heb zelf mijn pillen opgespaard en vanavond neem ik ze", CrisisKind.Suicide)]
    [InlineData("mijn broer is gisteren overleden door zelfmoord en ik wil hem achterna", CrisisKind.Suicide)]
    [InlineData("ik ben niet in gevaar zegt hij, maar hij staat nu buiten voor de deur met een mes", CrisisKind.Violence)]
    [InlineData("ik wil mezelf ophangen, het touw ligt klaar, de gordijnen zijn dicht", CrisisKind.Suicide)]
    [InlineData("ik ben nu veilig op de wc maar hij staat voor de deur en dreigt me te vermoorden", CrisisKind.Violence)]
    [InlineData("hoe verwijs ik haar door? ze staat nu op het balkon en zegt dat ze wil springen", CrisisKind.Suicide)]
    [InlineData("het is gestopt met slaan maar hij komt vanavond terug en zegt dat hij me vermoordt", CrisisKind.Violence)]
    [InlineData("onze kat is vergiftigd en mijn zoontje van 2 heeft ook van het gif gegeten", CrisisKind.MedicalEmergency)]
    [InlineData("ik zit in een leeg huis, de deurwaarder heeft alles meegenomen en vannacht moet ik eruit. geen slaapplek", CrisisKind.NoShelterTonight)]
    [InlineData("mijn ex dreigt met de rechter en zegt dat hij me vanavond vermoordt", CrisisKind.Violence)]
    [InlineData("we zijn vandaag uit huis gezet en mijn moeder wil nergens heen, we moeten vannacht buiten slapen", CrisisKind.NoShelterTonight)]
    [InlineData("ik wil dood, echt. maar serieus, ik sta nu op de brug", CrisisKind.Suicide)]
    [InlineData("is er een praatgroep voor ouders? mijn zoon zegt vanavond dat hij dood wil en hij zit op het dak", CrisisKind.Suicide)]
    [InlineData("ik heb aangifte gedaan maar hij staat nu voor de deur en dreigt me te slaan", CrisisKind.Violence)]
    [InlineData("ik wil niet meer leven in dit schimmelhuis, vanavond doe ik het", CrisisKind.Suicide)]
    [InlineData("hoe meld ik me aan voor bemiddeling? op dit moment staat de buurman met een mes in mijn tuin", CrisisKind.Violence)]
    [InlineData("mijn buurman slaat zijn hond en nu ook zijn vrouw, ik hoor het nu door de muur", CrisisKind.Violence)]
    [InlineData("een leerling schreef net in haar opstel dat haar vader haar vannacht heeft geslagen en ze durft niet naar huis", CrisisKind.Violence)]
    public void Detect_CalmSignLookalike_StaysUrgent(string text, CrisisKind kind)
    {
        Assert.Contains(kind, _detector.Detect(text).Kinds);
    }

    [Theory]
    [InlineData("de buurman slaat zijn vrouw als hij gedronken heeft.", " vanavond is het rustig, waar kan ik het melden?")]
    [InlineData("mijn zoon van 16 slaat mij als hij boos is.", " hij is nu weer rustig, wie kan ons helpen")]
    public void Detect_ViolenceThatGoesOnButIsQuietToday_IsNotUrgent(string violence, string quietToday)
    {
        Assert.Contains(CrisisKind.Violence, _detector.Detect(violence).Kinds);

        Assert.DoesNotContain(CrisisKind.Violence, _detector.Detect(violence + quietToday).Kinds);
    }

    [Theory]
    [InlineData("keert mijn overlijdensrisicoverzekering uit als ik de hypotheek oversluit?")]
    [InlineData("mijn vader is overleden, hoe krijgen we het geld van zijn levensverzekering")]
    [InlineData("de verzekering wil de schade aan de auto niet betalen, wat kan ik doen")]
    public void Detect_OrdinaryInsuranceQuestion_IsNotUrgent(string text)
    {
        Assert.False(_detector.Detect(text).Urgent);
    }

    [Theory]
    [InlineData("ik wil er een eind aan maken")]
    [InlineData("ik sta boven op de parkeergarage en kijk naar beneden")]
    [InlineData("mijn man slaat me, hij staat nu voor de deur")]
    public void Detect_BroadSign_IsUrgentButNotSure(string text)
    {
        var urgency = _detector.Detect(text);

        Assert.True(urgency.Urgent);
        Assert.False(urgency.Sure);
    }

    [Fact]
    public void Detect_ThoughtsOfSuicideDeniedInTheSameMessage_AreAskedAboutInsteadOfAlarmed()
    {
        var urgency = _detector.Detect("ik ben zo klaar met alles. niet op die manier hoor, ik ben gewoon op");

        Assert.False(urgency.Urgent);
        Assert.True(urgency.Possible);
    }

    [Fact]
    public void Detect_SilenceRightAfterABlow_StaysUrgent()
    {
        var urgency = _detector.Detect("de buurman schreeuwt al een half uur en smijt met dingen, net een harde klap en nu is het stil");

        Assert.Contains(CrisisKind.Violence, urgency.Kinds);
    }

    [Fact]
    public void Detect_QuietNowAfterHandsAtTheThroatTonight_StaysUrgent()
    {
        var urgency = _detector.Detect("hij heeft me vanavond bij mijn keel gepakt. nu is het stil, hij slaapt");

        Assert.True(urgency.Urgent);
        Assert.Contains(CrisisKind.Violence, urgency.Kinds);
    }

    [Fact]
    public void Detect_NarrowSignOfAKindThePastTookBack_IsNotSure()
    {
        var urgency = _detector.Detect("twee jaar geleden had ik pillen gespaard, nu slaat mijn man me en staat hij voor de deur");

        Assert.DoesNotContain(CrisisKind.Suicide, urgency.Kinds);
        Assert.False(urgency.Sure);
    }

    [Fact]
    public void FastMatchers_AgreeWithTheGeneratedOnesOnEveryMessageOfEverySet()
    {
        var texts = RecognitionMessage.AllFiles
            .SelectMany(RecognitionMessage.Load).Select(m => m.Text);

        var disagree = texts.SelectMany(t => CrisisDetector.FastMatchersDisagreeOn(t).Select(p => $"{p}: {t}")).ToList();

        Assert.Empty(disagree);
    }

    [Theory]
    [InlineData("oma heeft gedronken en wil nu met de kleinkinderen in de auto naar huis")]
    [InlineData("de school belt: mijn dochter van 7 is opgehaald door een onbekende man")]
    public void Detect_ChildTakenAwayNowBySomeoneWhoShouldNot_IsChildInDanger(string text)
    {
        var urgency = _detector.Detect(text);

        Assert.Contains(CrisisKind.ChildInDanger, urgency.Kinds);
    }

    [Fact]
    public void Detect_SeveralSignals_ReturnsEveryKind()
    {
        var urgency = _detector.Detect("hij slaat me en ik wil niet meer leven");

        Assert.Equal([CrisisKind.Suicide, CrisisKind.Violence], urgency.Kinds);
    }
}
