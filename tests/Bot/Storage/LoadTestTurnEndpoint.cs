using System.Text.Json;
using System.Text.Json.Serialization;
using Bouwmarkt.Bot.Protocol.Schema;
using Bouwmarkt.Bot.Protocol.State;
using Bouwmarkt.Bot.Protocol.Turns;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Bouwmarkt.Bot.Tests.Bot.Storage;

/// <summary>
/// A stand-in <c>POST /api/messages</c> (expectReplies only) for the load test, until the host's endpoint lands on main:
/// the real TurnPipeline, a small bot that counts turns in ConversationState, and the host's LiteDB storage.
/// </summary>
internal sealed class LoadTestTurnEndpoint : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        var state = app.ApplicationServices.GetRequiredService<ConversationState>();
        var pipeline = new TurnPipeline([], new CountingBot(state));
        app.Use(async (context, nextMiddleware) =>
        {
            if (!HttpMethods.IsPost(context.Request.Method) || context.Request.Path != "/api/messages")
            {
                await nextMiddleware(context).ConfigureAwait(false);
                return;
            }

            Activity? activity;
            try
            {
                activity = await JsonSerializer.DeserializeAsync(context.Request.Body, ProtocolJsonContext.Default.Activity, context.RequestAborted).ConfigureAwait(false);
            }
            catch (JsonException)
            {
                activity = null;
            }

            if (activity is null)
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }

            var sink = new BufferSink();
            await pipeline.RunAsync(activity, sink, context.RequestAborted).ConfigureAwait(false);
            await context.Response.WriteAsJsonAsync(new ExpectedReplies(sink.Replies), ProtocolJsonContext.Default.ExpectedReplies, cancellationToken: context.RequestAborted).ConfigureAwait(false);
        });
        next(app);
    };

    private sealed class CountingBot(ConversationState state) : IBot
    {
        private readonly IStatePropertyAccessor<int> _turns = state.CreateProperty("turns", LoadTestJson.Default.Int32);

        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            var turns = await _turns.GetAsync(turnContext, () => 0, cancellationToken).ConfigureAwait(false) + 1;
            await _turns.SetAsync(turnContext, turns, cancellationToken).ConfigureAwait(false);
            await turnContext.SendActivityAsync($"Beurt {turns}", cancellationToken).ConfigureAwait(false);
            await state.SaveChangesAsync(turnContext, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    private sealed class BufferSink : IReplySink
    {
        public List<Activity> Replies { get; } = [];

        public Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
        {
            Replies.AddRange(activities);
            return Task.FromResult(activities.Select(_ => new ResourceResponse(null)).ToArray());
        }

        public Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task DeleteActivityAsync(ITurnContext turnContext, string activityId, CancellationToken cancellationToken) =>
            throw new NotSupportedException();
    }
}

[JsonSerializable(typeof(int))]
internal sealed partial class LoadTestJson : JsonSerializerContext;
