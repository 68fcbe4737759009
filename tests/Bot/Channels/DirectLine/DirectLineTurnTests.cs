using System.Collections.Concurrent;
using Bouwmarkt.Bot.Protocol.Turns;
using Bouwmarkt.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Bouwmarkt.Bot.Tests.Bot.Channels.DirectLine;

public sealed class DirectLineTurnTests
{
    [Fact]
    public async Task Turns_RunThroughTheRegisteredMiddleware_WithDirectLineAddressing()
    {
        var seen = new RecordingMiddleware();
        await using var host = await DirectLineTestServer.StartAsync(configure: b => b.Services.AddSingleton<IMiddleware>(seen));
        var (conversationId, token, _) = await host.StartConversationAsync();

        await host.PostMessageAsync(conversationId, token, "via de pijplijn", "c1");

        Assert.Equal(["conversationUpdate", "message"], seen.Turns.Select(t => t.Type).ToArray());
        Assert.All(seen.Turns, t => Assert.Equal(("directline", conversationId), (t.ChannelId, t.ConversationId)));
    }

    [Fact]
    public async Task RealIntake_OverDirectLine_AnswersWithoutAnApology()
    {
        // The real host and bot: conversation state and the Direct Line log live in the same store.
        await using var host = await TestHost.StartAsync(new Dictionary<string, string?> { ["DirectLine:Secret"] = DirectLineTestServer.Secret });
        var (conversationId, token, _) = await host.StartConversationAsync();

        await host.PostMessageAsync(conversationId, token, "ik heb schulden", "c1");

        var texts = (await host.GetActivitiesAsync(conversationId, token)).GetProperty("activities").EnumerateArray()
            .Select(a => a.TryGetProperty("text", out var t) ? t.GetString() ?? "" : "").ToArray();
        Assert.Contains(texts, t => t.Contains("geld en schulden", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.StartsWith("Sorry", StringComparison.Ordinal));
    }

    private sealed class RecordingMiddleware : IMiddleware
    {
        public ConcurrentQueue<(string Type, string ChannelId, string ConversationId)> Turns { get; } = new();

        public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
        {
            var activity = turnContext.Activity;
            Turns.Enqueue((activity.Type!, activity.ChannelId!, activity.Conversation!.Id!));
            await next(cancellationToken);
        }
    }
}
