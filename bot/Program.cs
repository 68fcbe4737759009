using Bouwmarkt.Bot.Commands;
using Bouwmarkt.Bot.Hosting;

// One program is the host and the tools: `dotnet run --project bot` serves, `-- kb ...` and `-- chat` run commands.
if (BotCommandLine.IsCommand(args))
{
    return await BotCommandLine.RunAsync(args).ConfigureAwait(false);
}

StartupProfile.Start(AppContext.BaseDirectory);
var app = BotHost.Build(args);
app.Lifetime.ApplicationStarted.Register(StartupProfile.Save);
await app.RunAsync().ConfigureAwait(false);
return 0;
