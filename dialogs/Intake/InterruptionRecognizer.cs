using System.Collections.Frozen;
using Bouwmarkt.Bot.Dialogs.Prompts;

namespace Bouwmarkt.Bot.Dialogs.Intake;

/// <summary>Recognizes the plain-Dutch words that interrupt any question.</summary>
/// <remarks>Whole-message matches only, so an answer that merely contains 'hulp' or 'stop' is not taken as a command.</remarks>
public static class InterruptionRecognizer
{
    private static readonly FrozenDictionary<string, Interruption> Phrases = Build();

    /// <summary>The interruption <paramref name="text"/> asks for, or <see cref="Interruption.None"/>.</summary>
    public static Interruption Recognize(string? text)
    {
        var n = DutchInput.Normalize(text);
        if (n.Length == 0 && text?.Trim() == "?")
        {
            return Interruption.Help;
        }

        return Phrases.TryGetValue(n, out var kind) ? kind : Interruption.None;
    }

    private static FrozenDictionary<string, Interruption> Build()
    {
        var map = new Dictionary<string, Interruption>(StringComparer.Ordinal);
        void Add(Interruption kind, params string[] phrases)
        {
            foreach (var p in phrases)
            {
                map[p] = kind;
            }
        }

        Add(Interruption.Help, "help", "hulp", "?", "help ?", "hulp ?", "wat kan ik doen", "wat kan ik doen ?", "wat kan ik hier doen",
            "hoe werkt dit", "wat moet ik doen", "ik snap het niet", "ik begrijp het niet", "uitleg", "helpen ?");
        Add(Interruption.Stop, "stop", "stoppen", "ik wil stoppen", "ophouden", "ik wil ophouden", "klaar", "ik ben klaar",
            "einde", "afsluiten", "annuleren", "cancel", "quit", "exit", "laat maar", "stop maar");
        Add(Interruption.Restart, "begin opnieuw", "opnieuw beginnen", "opnieuw", "ik wil opnieuw beginnen", "start opnieuw",
            "herstart", "reset", "overnieuw", "helemaal opnieuw", "nog een keer beginnen");
        Add(Interruption.Back, "terug", "ga terug", "vorige", "vorige vraag", "een vraag terug", "ik wil terug", "stap terug", "back");
        Add(Interruption.Human, "ik wil een mens spreken", "mens", "een mens", "mens spreken", "ik wil een mens", "medewerker",
            "ik wil een medewerker spreken", "ik wil iemand spreken", "echt persoon", "een echt persoon", "ik wil met iemand praten",
            "ik wil met een mens praten", "persoon spreken", "ik wil een persoon spreken");
        Add(Interruption.Forget, "vergeet mij", "vergeet me", "vergeet mijn gegevens", "verwijder mijn gegevens", "wis mijn gegevens",
            "wis alles", "verwijder alles", "vergeet alles", "vergeet mij alsjeblieft");
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
