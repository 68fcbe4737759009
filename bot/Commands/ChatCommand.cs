using Bouwmarkt.Bot.BotFramework.Turns;
using Bouwmarkt.Bot.Commands.Chat;
using Bouwmarkt.Bot.Hosting;

namespace Bouwmarkt.Bot.Commands;

/// <summary><c>chat [--transcript FILE]</c>: a terminal chat on the same services as the host, without a web server.</summary>
public static class ChatCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? transcript = null;
        var hostArgs = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--transcript" && i + 1 < args.Length)
            {
                transcript = args[++i];
            }
            else
            {
                hostArgs.Add(args[i]);
            }
        }

        // The same host as `dotnet run` (storage, seeded knowledge, dialogs, pipeline). It is started so its start-up
        // work (seeding, the offer index) runs; it listens only on a free loopback port nobody uses.
        await using var app = BotHost.Build([.. hostArgs, "--urls", "http://127.0.0.1:0"]);
        await app.StartAsync().ConfigureAwait(false);
        var session = new ChatSession(app.Services.GetRequiredService<TurnRunner>(), Console.In, Console.Out, TimeProvider.System);
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        await session.RunAsync(cancel.Token).ConfigureAwait(false);
        if (transcript is not null)
        {
            await TranscriptFile.WriteAsync(transcript, session.Transcript, CancellationToken.None).ConfigureAwait(false);
            Console.WriteLine($"Transcript: {Path.GetFullPath(transcript)}");
        }

        await app.StopAsync().ConfigureAwait(false);
        return 0;
    }
}
