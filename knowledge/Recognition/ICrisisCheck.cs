namespace Bouwmarkt.Bot.Knowledge.Recognition;

/// <summary>Checks one message for a crisis: local and cheap, so it runs on every message, never on a language model.</summary>
public interface ICrisisCheck
{
    Urgency Detect(string text);
}
