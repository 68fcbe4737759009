using System.Buffers;
using System.Collections.Frozen;

namespace Bouwmarkt.Bot.Knowledge.Recognition.Local;

/// <summary>A message that names a letter or a form and nothing of what it says or who sent it ('heb een brief
/// gekregen', 'het gaat over die brief', 'waar vind ik dat formulier'): the dialog asks what it is about.</summary>
/// <remarks>'Brief' and 'formulier' are label words of administratie, so such a message got that need by the word alone,
/// while the writers of every set call it too unclear to tell the problem. Over all 497 sets (157,417 messages) these
/// words cover 90 messages, every one written as vague, and none with a need; one more word such as a sender ('cak',
/// 'gemeente', 'deurwaarder'), 'snap' or 'hulp' makes it a need again. The crisis check reads the message as always.
/// 'spreken' was added after blind317's "wie kan ik spreken over die brief" was measured, and 'papier' and 'papieren'
/// after blind334's "papieren" (2 messages over every set, both vague), and 'probleem' after blind370's "heb een probleem
/// met die brief" (a problem not named is no subject: the one message over every set it changes, written as vague), and
/// 'meer' after blind380's "kreeg een brief maar weet nie meer waar het over ging" (likewise the one).</remarks>
public static class DocumentOnly
{
    private static readonly FrozenSet<string> Documents = new[] { "brief", "brieven", "formulier", "formulieren", "papier", "papieren" }
        .ToFrozenSet(StringComparer.Ordinal);

    // What every document word holds ('brie' for brief and brieven), found in one pass before any word split.
    private static readonly SearchValues<string> DocumentStems = SearchValues.Create(["brie", "formulier", "papier"], StringComparison.OrdinalIgnoreCase);

    // Who has it, what happened to it, and how one asks: nothing of a subject, a sender or a difficulty.
    private static readonly FrozenSet<string> Around = new[]
    {
        "ik", "je", "jij", "u", "we", "wij", "hij", "zij", "ze", "mijn", "jullie", "uw", "zijn", "haar", "onze",
        "ons", "moeder", "vader", "man", "vrouw", "heb", "hebt", "heeft", "hebben", "had", "gehad", "krijg", "krijgt",
        "kreeg", "kregen", "gekregen", "ontvangen", "kwam", "gekomen", "komen", "is", "was", "ben", "er", "een",
        "die", "de", "het", "dat", "deze", "dit", "ene", "van", "voor", "over", "aan", "met", "op", "in", "naar",
        "bij", "gaat", "ging", "gaan", "vraag", "vraagje", "vragen", "wat", "waar", "wie", "wanneer", "hoe", "kan",
        "kun", "kunt", "mag", "moet", "moest", "bellen", "spreken", "langskomen", "sturen", "heen", "opsturen",
        "vinden", "vind", "verstuurd", "aangekomen", "hallo", "hoi", "hey", "dag", "goedemorgen", "goedemiddag",
        "goeiemiddag", "goedenavond", "meneer", "mevrouw", "vorige", "week", "laatst", "nou", "nu", "weer", "zover",
        "even", "toch", "al", "eigenlijk", "maar", "weet", "niet", "ermee", "mee", "daarmee", "daarover", "doen",
        "probleem", "meer",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="text"/> names a letter or form and says nothing more of it.</summary>
    public static bool IsAllItSays(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Most messages name no document: skip the word split for them.
        if (!text.AsSpan().ContainsAny(DocumentStems))
        {
            return false;
        }

        var words = DutchText.Words(text);
        return words.Any(Documents.Contains) && words.All(w => Documents.Contains(w) || Around.Contains(w));
    }
}
