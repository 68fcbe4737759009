using System.Collections.Frozen;

namespace Bouwmarkt.Bot.Knowledge.Recognition.Local;

/// <summary>Function words that never decide a need, and the negation words the recognizer watches for.</summary>
public static class StopWords
{
    /// <summary>Dutch and English words dropped before matching; negators are deliberately not in here.</summary>
    public static readonly FrozenSet<string> All = new[]
    {
        "ik", "je", "jij", "u", "we", "wij", "ze", "zij", "hij", "het", "de", "een", "en", "of", "mijn", "jouw", "zijn", "haar",
        "ons", "onze", "hun", "is", "ben", "bent", "was", "waren", "heb", "hebt", "heeft", "hebben", "had", "kan", "kun", "kunt", "kunnen",
        "wil", "wilt", "willen", "zou", "zouden", "moet", "moeten", "mag", "mogen", "word", "wordt", "worden", "werd", "al", "ook", "nog",
        "er", "daar", "hier", "dat", "die", "dit", "deze", "wat", "wie", "waar", "hoe", "van", "in", "op", "aan", "met", "voor", "naar",
        "bij", "om", "te", "tot", "uit", "over", "door", "als", "dan", "toen", "want", "omdat", "even", "gewoon", "echt", "heel", "erg",
        "zo", "wel", "me", "mij", "mezelf", "hem", "jullie", "iemand", "iets", "alsjeblieft", "graag", "hoi", "hallo", "hey", "hi", "hoor", "mee",
        "eigenlijk", "misschien", "inderdaad", "waarschijnlijk", "sinds", "weer", "nu", "toch", "ja", "oke", "ok", "the", "a", "an", "i",
        "am", "is", "are", "my", "me", "to", "and", "or", "of", "for", "with", "have", "has", "do", "can", "you", "your", "it", "in", "on",
        "we", "our", "be", "been", "need", "please", "help", "hulp", "vraag", "vragen",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Verbs of being able, going on and getting: a 'niet meer' or 'geen ... meer' after them is the problem, not its end.</summary>
    public static readonly FrozenSet<string> Ability = new[]
    {
        "kan", "kun", "kunt", "kunnen", "red", "redt", "redden", "trek", "hou", "houd", "houdt", "lukt", "durf", "durft",
        "ga", "gaat", "gaan", "kom", "komt", "wil", "wilt", "weet", "weten", "can", "cannot",
        // Getting: 'ik krijg geen alimentatie meer' is a loss, not a denial.
        "krijg", "krijgt", "krijgen", "kreeg", "ontvang", "ontvangt",
        // Understanding and paying: 'de brieven snap ik niet meer', 'de huur betaal ik niet meer'.
        "snap", "snapt", "begrijp", "begrijpt", "betaal", "betaalt", "betalen", "understand",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Verbs that link a state: 'ik ben niet ziek', 'voel me niet eenzaam' deny the state.</summary>
    public static readonly FrozenSet<string> Copulas = new[]
    {
        "ben", "bent", "is", "zijn", "was", "waren", "voel", "voelt", "lijk", "lijkt", "am", "are", "feel",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Stems of good states: denying them names the problem ('niet gezond', 'niet veilig').</summary>
    public static readonly FrozenSet<string> GoodStates = new[] { "gezond", "veilig", "zelfstandig", "zelfredzam", "fit", "safe", "healthy" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that deny what follows ('geen schulden meer', 'no debts').</summary>
    public static readonly FrozenSet<string> Negators = new[] { "geen", "niet", "nooit", "no", "not", "never", "zonder" }
        .ToFrozenSet(StringComparer.Ordinal);
}
