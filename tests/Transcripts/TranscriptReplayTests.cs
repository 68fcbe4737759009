using System.Net.Http.Json;
using Bouwmarkt.Bot.Commands.Chat;
using Bouwmarkt.Bot.Protocol.Schema;
using Bouwmarkt.Bot.Tests.Support;

namespace Bouwmarkt.Bot.Tests.Transcripts;

/// <summary>
/// Staff's regression suite: every <c>.transcript</c> in this folder (recorded with <c>dotnet run --project bot -- chat
/// --transcript FILE</c>, or saved from the Emulator) is replayed through <c>/api/messages</c> on a fresh host, and the
/// bot must say the same again. Ids, timestamps and conversation ids are not compared.
/// </summary>
public sealed class TranscriptReplayTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Transcripts"), "*.transcript").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Replay_Transcript_TheBotSaysTheSameAgain(string file)
    {
        var recorded = await TranscriptFile.ReadAsync(Path.Combine(AppContext.BaseDirectory, "Transcripts", file), CancellationToken.None);
        await using var host = await TestHost.StartAsync();
        var conversation = new ConversationAccount("replay-" + Guid.NewGuid().ToString("N"));

        for (var i = 0; i < recorded.Count; i++)
        {
            var sent = recorded[i];
            if (sent.From?.Role != "user")
            {
                continue;
            }

            var expected = recorded.Skip(i + 1).TakeWhile(a => a.From?.Role != "user").Where(IsShown).Select(Said).ToList();
            var replies = await SendAsync(host, sent, conversation);

            Assert.Equal(expected, replies.Where(IsShown).Select(Said).ToList());
        }
    }

    private static async Task<IList<Activity>> SendAsync(TestHost host, Activity recorded, ConversationAccount conversation)
    {
        var activity = new Activity
        {
            Type = recorded.Type,
            Id = Guid.NewGuid().ToString("N"),
            Text = recorded.Text,
            Value = recorded.Value,
            MembersAdded = recorded.MembersAdded,
            ChannelId = recorded.ChannelId,
            ServiceUrl = "http://127.0.0.1:9/",
            From = recorded.From,
            Recipient = recorded.Recipient,
            Conversation = conversation,
            Locale = recorded.Locale,
            DeliveryMode = DeliveryModes.ExpectReplies,
        };
        using var response = await host.Client.PostAsJsonAsync(new Uri("api/messages", UriKind.Relative), activity, ProtocolJsonContext.Default.Activity);
        response.EnsureSuccessStatusCode();
        var replies = await response.Content.ReadFromJsonAsync(ProtocolJsonContext.Default.ExpectedReplies);
        return replies?.Activities ?? [];
    }

    private static bool IsShown(Activity activity) => activity.Type == ActivityTypes.Message;

    private static string Said(Activity activity)
    {
        var actions = activity.SuggestedActions?.Actions.Select(a => a.Title) ?? [];
        var cards = activity.Attachments?.Select(a => a.ContentType) ?? [];
        return string.Join(" | ", [activity.Text ?? "", .. actions, .. cards]);
    }
}
