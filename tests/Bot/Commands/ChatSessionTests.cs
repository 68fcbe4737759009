using Bouwmarkt.Bot.BotFramework.Turns;
using Bouwmarkt.Bot.Commands.Chat;
using Bouwmarkt.Bot.Protocol.Schema;
using Bouwmarkt.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Bouwmarkt.Bot.Tests.Bot.Commands;

public sealed class ChatSessionTests
{
    [Fact]
    public async Task Run_ScriptedInput_PrintsTheBotsAnswersAndKeepsBothSidesForTheTranscript()
    {
        await using var host = await TestHost.StartAsync();
        var output = new StringWriter();
        var session = new ChatSession(host.Services.GetRequiredService<TurnRunner>(), new StringReader("ik heb schulden\n/exit\n"), output, TimeProvider.System);

        await session.RunAsync(CancellationToken.None);

        Assert.Contains("bot: ", output.ToString(), StringComparison.Ordinal);
        Assert.Contains(session.Transcript, a => a.From?.Role == "user" && a.Text == "ik heb schulden");
        Assert.Contains(session.Transcript, a => a.From?.Role == "bot" && a.Type == ActivityTypes.Message);
    }

    [Fact]
    public async Task Transcript_WrittenAndReadBack_KeepsEveryActivity()
    {
        await using var host = await TestHost.StartAsync();
        var session = new ChatSession(host.Services.GetRequiredService<TurnRunner>(), new StringReader("hallo\n/exit\n"), TextWriter.Null, TimeProvider.System);
        await session.RunAsync(CancellationToken.None);
        var path = Path.Combine(host.DataDirectory, "chat.transcript");

        await TranscriptFile.WriteAsync(path, session.Transcript, CancellationToken.None);
        var read = await TranscriptFile.ReadAsync(path, CancellationToken.None);

        Assert.Equal(session.Transcript.Select(a => (a.Type, a.Text, a.From?.Role)), read.Select(a => (a.Type, a.Text, a.From?.Role)));
    }
}
