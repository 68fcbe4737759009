namespace Bouwmarkt.Bot.Conversation;

/// <summary>Registers and maps the Conversation feature.</summary>
public static class ConversationSetup
{
    public static WebApplicationBuilder AddConversation(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder;
    }
}
