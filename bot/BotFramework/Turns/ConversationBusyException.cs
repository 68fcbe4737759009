namespace Bouwmarkt.Bot.BotFramework.Turns;

/// <summary>Too many turns of one conversation are already waiting; the caller should answer 429.</summary>
public sealed class ConversationBusyException : Exception
{
    public ConversationBusyException() : base("Too many turns are waiting for this conversation.") { }

    public ConversationBusyException(string message) : base(message) { }

    public ConversationBusyException(string message, Exception inner) : base(message, inner) { }
}
