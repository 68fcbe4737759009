using Bouwmarkt.Bot.BotFramework;
using Bouwmarkt.Bot.Channels;
using Bouwmarkt.Bot.Conversation;
using Bouwmarkt.Bot.Intake;
using Bouwmarkt.Bot.Learning;
using Bouwmarkt.Bot.Storage;

namespace Bouwmarkt.Bot.Hosting;

/// <summary>Builds the web host: one place that reads like the table of contents of the bot.</summary>
public static class BotHost
{
    /// <summary>Builds the host; tests pass <paramref name="configure"/> to override settings and services.</summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // appsettings.json ships beside the binaries, so the host finds it from any working directory.
            ContentRootPath = AppContext.BaseDirectory,
        });

        builder.AddBotStorage();        // Storage/: IStorage in LiteDB, conversation and user state
        builder.AddKnowledgeBase();     // Intake/: taxonomy, offers, recognizer, matcher
        builder.AddLearning();          // Learning/: messages residents give with consent, exported for staff
        builder.AddConversation();      // Conversation/: the bot handler and its dialogs
        builder.AddBotFramework();      // BotFramework/: /api/messages, auth, Connector replies, pipeline
        builder.AddChannels();          // Channels/: Direct Line and the web page, WhatsApp, Teams
        configure?.Invoke(builder);

        var app = builder.Build();
        app.BeginStartUpWork();         // Hosting/: recognizer, match index, message endpoint, built while the rest is mapped
        app.MapBotFramework();
        app.MapIntakeApi();
        app.MapLearning();
        app.MapChannels();
        return app;
    }
}
